import LinearAlgebra

extension HomepageBuilder {
  /// Builds the pages of many profiles at once: their factor scores, and
  /// the similarities behind "Because you watched", are computed in blocks
  /// of profiles with one BLAS `sgemm` each (profiles × k by k × titles),
  /// blocks in parallel with single-threaded BLAS, so the pages do not
  /// depend on the thread count.
  ///
  /// - Parameters:
  ///   - requests: one per profile; their `scores` and the similarity of
  ///     `becauseYouWatched` are replaced by the batch's own (a request
  ///     whose profile has no taste vector keeps `scores == nil`).
  ///   - tastes: one taste vector per request, or `nil` for a profile the
  ///     model does not know.
  ///   - itemFactors: one factor row per title.
  /// - Complexity: O(profiles · titles · k) in `sgemm` plus the rows.
  public func build(
    requests: [HomepageRequest], tastes: [[Float]?], itemFactors: DenseMatrix, threads: Int = 1,
    blockSize: Int = 256
  ) -> [Homepage] {
    precondition(requests.count == tastes.count, "one taste vector (or nil) per request")
    let k = itemFactors.columns
    let titles = itemFactors.rows
    precondition(titles == index.count, "item factors have \(titles) rows, the catalog \(index.count) titles")
    BLAS.useSingleThread()
    let transposed = itemFactors.transposed()
    let unit = Self.unitRows(itemFactors)
    let unitTransposed = unit.transposed()
    return ParallelLoop(threads: threads).mapChunks(count: requests.count, chunkSize: max(1, blockSize)) {
      range in
      var block = [Float](repeating: 0, count: range.count * k)
      var anchors = [Float](repeating: 0, count: range.count * k)
      for (row, i) in range.enumerated() {
        if let taste = tastes[i], taste.count == k {
          block.replaceSubrange((row * k)..<((row + 1) * k), with: taste)
        }
        if let x = requests[i].becauseYouWatched?.title, x >= 0, x < titles {
          anchors.replaceSubrange((row * k)..<((row + 1) * k), with: unit.storage[(x * k)..<((x + 1) * k)])
        }
      }
      let scores = DenseMatrix(rows: range.count, columns: k, storage: block).multiplied(by: transposed)
      let similarity = DenseMatrix(rows: range.count, columns: k, storage: anchors).multiplied(by: unitTransposed)
      // One mask per worker, reset per profile, and views into the score
      // matrices instead of copies ("homepages for 10,000 profiles").
      var mask = TitleMask(count: titles)
      return scores.storage.withUnsafeBufferPointer { scores in
        similarity.storage.withUnsafeBufferPointer { similarity in
          range.enumerated().map { row, i in
            let rowRange = (row * titles)..<((row + 1) * titles)
            return build(
              requests[i], scores: tastes[i] == nil ? nil : UnsafeBufferPointer(rebasing: scores[rowRange]),
              similarity: requests[i].becauseYouWatched == nil
                ? nil : UnsafeBufferPointer(rebasing: similarity[rowRange]),
              mask: &mask)
          }
        }
      }
    }.flatMap { $0 }
  }

  /// The rows of a matrix scaled to unit length (zero rows stay zero).
  static func unitRows(_ matrix: DenseMatrix) -> DenseMatrix {
    let k = matrix.columns
    var storage = matrix.storage
    for r in 0..<matrix.rows {
      var norm: Float = 0
      for f in 0..<k { norm += storage[r * k + f] * storage[r * k + f] }
      let length = norm.squareRoot()
      guard length > 0, length.isFinite else { continue }
      for f in 0..<k { storage[r * k + f] /= length }
    }
    return DenseMatrix(rows: matrix.rows, columns: k, storage: storage)
  }

  /// The cosine similarity of every title to one title in factor space.
  ///
  /// - Complexity: O(titles · k).
  public static func similarity(to title: Int, itemFactors: DenseMatrix) -> [Float] {
    let k = itemFactors.columns
    let y = itemFactors.storage
    var anchorNorm: Float = 0
    for f in 0..<k { anchorNorm += y[title * k + f] * y[title * k + f] }
    return (0..<itemFactors.rows).map { t in
      var dot: Float = 0
      var norm: Float = 0
      for f in 0..<k {
        dot += y[t * k + f] * y[title * k + f]
        norm += y[t * k + f] * y[t * k + f]
      }
      let denominator = (norm * anchorNorm).squareRoot()
      return denominator > 0 && denominator.isFinite ? dot / denominator : 0
    }
  }
}
