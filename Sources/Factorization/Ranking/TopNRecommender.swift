import COpenBLAS
import LinearAlgebra
import Synchronization

/// Picks the N highest-scoring titles for many users at once.
///
/// Users are taken in blocks; each block's scores against every title are
/// one BLAS `sgemm` (block × k by k × titles), then each user's row is
/// scanned once with a small sorted buffer of the best N (a partial sort),
/// skipping titles the user has already seen. Blocks run in parallel over
/// ``threads`` workers with single-threaded BLAS, so results do not depend
/// on the thread count. Ties are broken by the lower title index.
public struct TopNRecommender: Sendable {
  /// Users scored per `sgemm` call.
  public var blockSize: Int
  /// Worker threads.
  public var threads: Int

  /// Creates a recommender.
  public init(blockSize: Int = 256, threads: Int = ParallelLoop.allCores.threads) {
    self.blockSize = blockSize
    self.threads = threads
  }

  /// The top `count` titles for each of `users` (all users when `nil`).
  ///
  /// - Parameters:
  ///   - userFactors: one taste vector per user.
  ///   - itemFactors: one factor vector per title.
  ///   - count: N; fewer are returned when fewer unseen titles exist.
  ///   - excluding: a users × titles matrix whose stored entries are never
  ///     returned (titles already seen); its rows follow `userFactors`.
  /// - Returns: one list per requested user, best first.
  /// - Complexity: O(users × titles × k) for scoring plus
  ///   O(users × titles × log N) at worst for selection.
  public func recommend(
    users: [Int]? = nil, userFactors: DenseMatrix, itemFactors: DenseMatrix, count: Int,
    excluding: SparseMatrix? = nil
  ) -> [[ScoredItem]] {
    precondition(userFactors.columns == itemFactors.columns, "factor widths differ")
    if let excluding {
      precondition(excluding.rows == userFactors.rows && excluding.columns == itemFactors.rows,
                   "exclusion matrix shape does not match the factors")
    }
    let selected = users ?? Array(0..<userFactors.rows)
    let k = userFactors.columns, titles = itemFactors.rows
    let n = min(max(0, count), titles)
    guard n > 0, !selected.isEmpty, k > 0 else { return selected.map { _ in [] } }
    BLAS.useSingleThread()
    let block = max(1, blockSize)
    let results = ResultSlots(count: selected.count)
    let loop = ParallelLoop(threads: threads)
    userFactors.storage.withUnsafeBufferPointer { xs in
      itemFactors.storage.withUnsafeBufferPointer { ys in
        let inputs = ScoringInputs(users: xs.baseAddress!, items: ys.baseAddress!)
        loop.forEachChunk(
          count: selected.count, chunkSize: block,
          makeState: { ScoringWorkspace(rows: block, titles: titles, factors: k, n: n) }
        ) { ws, range in
          // Gather the block's taste vectors, then one sgemm.
          for (row, position) in range.enumerated() {
            (ws.block + row * k).update(from: inputs.users + selected[position] * k, count: k)
          }
          cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(range.count), Int32(titles), Int32(k),
            1, ws.block, Int32(k), inputs.items, Int32(k), 0, ws.scores, Int32(titles))
          for (row, position) in range.enumerated() {
            let scores = ws.scores + row * titles
            if let excluding {
              let user = selected[position]
              for p in excluding.range(ofRow: user) {
                scores[Int(excluding.columnIndices[p])] = -.infinity
              }
            }
            results.store(Self.select(scores, titles: titles, n: n, ws: ws), at: position)
          }
        }
      }
    }
    return results.values
  }

  /// The best `n` of one score row: a sorted buffer of size n, replacing
  /// its worst entry whenever a better score appears.
  @inline(__always)
  static func select(_ scores: UnsafeMutablePointer<Float>, titles: Int, n: Int, ws: ScoringWorkspace) -> [ScoredItem] {
    let bestScore = ws.bestScore, bestItem = ws.bestItem
    var filled = 0
    var threshold = -Float.infinity
    for i in 0..<titles {
      let s = scores[i]
      // Excluded titles are −∞; NaN never passes the comparison.
      guard s > threshold || (filled < n && s > -.infinity) else { continue }
      var slot = filled < n ? filled : n - 1
      if filled < n { filled += 1 }
      while slot > 0 && bestScore[slot - 1] < s {
        bestScore[slot] = bestScore[slot - 1]
        bestItem[slot] = bestItem[slot - 1]
        slot -= 1
      }
      bestScore[slot] = s
      bestItem[slot] = Int32(i)
      if filled == n { threshold = bestScore[n - 1] }
    }
    return (0..<filled).map { ScoredItem(item: Int(bestItem[$0]), score: bestScore[$0]) }
  }
}

/// Scratch memory of one scoring worker. `@unchecked Sendable`: used by the
/// one worker thread that created it.
final class ScoringWorkspace: @unchecked Sendable {
  let block: UnsafeMutablePointer<Float>
  let scores: UnsafeMutablePointer<Float>
  let bestScore: UnsafeMutablePointer<Float>
  let bestItem: UnsafeMutablePointer<Int32>

  init(rows: Int, titles: Int, factors: Int, n: Int) {
    block = .allocate(capacity: rows * factors)
    scores = .allocate(capacity: rows * titles)
    bestScore = .allocate(capacity: n)
    bestItem = .allocate(capacity: n)
  }

  deinit {
    block.deallocate()
    scores.deallocate()
    bestScore.deallocate()
    bestItem.deallocate()
  }
}

/// Read-only factor buffers for the scoring loop. `@unchecked Sendable`:
/// only read, and borrowed around the whole loop.
private struct ScoringInputs: @unchecked Sendable {
  let users: UnsafePointer<Float>
  let items: UnsafePointer<Float>
}

/// One result slot per requested user, each written by exactly one task.
private final class ResultSlots: Sendable {
  private let slots: Mutex<[[ScoredItem]]>

  init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

  func store(_ value: [ScoredItem], at index: Int) {
    slots.withLock { $0[index] = value }
  }

  var values: [[ScoredItem]] { slots.withLock { $0 } }
}
