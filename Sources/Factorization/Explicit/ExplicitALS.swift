import COpenBLAS
import LinearAlgebra

/// Matrix factorization for explicit ratings (stars, thumbs as numbers):
/// the biased model `r̂_ui = μ + b_u + b_i + x_uᵀ y_i` (Koren, Bell and
/// Volinsky, "Matrix Factorization Techniques for Recommender Systems",
/// 2009), fitted only on the observed ratings by alternating least squares.
///
/// Each half-sweep solves, for every user, the `k + 1` unknowns
/// `[x_u, b_u]` against the fixed `[y_i, 1]` and residual targets
/// `r_ui − μ − b_i` (then the same for titles), with ridge penalty
/// `λ · n_u` when ``weightedRegularization`` is set (ALS-WR, Zhou et al.
/// 2008) or `λ` otherwise. Training RMSE is reported after every iteration.
public struct ExplicitALS: Sendable {
  /// The number of latent factors k.
  public var factors: Int
  /// The ridge penalty λ.
  public var regularization: Float
  /// Whether λ is multiplied by each row's number of ratings (ALS-WR).
  public var weightedRegularization: Bool
  /// The number of iterations.
  public var iterations: Int
  /// The seed of the random initial factors.
  public var seed: UInt64
  /// The number of worker threads.
  public var threads: Int

  /// Creates a configuration.
  public init(
    factors: Int = 32, regularization: Float = 0.05, weightedRegularization: Bool = true,
    iterations: Int = 15, seed: UInt64 = 1, threads: Int = ParallelLoop.allCores.threads
  ) {
    self.factors = factors
    self.regularization = regularization
    self.weightedRegularization = weightedRegularization
    self.iterations = iterations
    self.seed = seed
    self.threads = threads
  }

  /// What one iteration did.
  public struct Iteration: Sendable {
    /// The iteration number, from 1.
    public let number: Int
    /// Root mean squared error on the training ratings after the iteration.
    public let trainingRMSE: Double
    /// RMSE on the validation ratings, when some were given.
    public let validationRMSE: Double?
    /// Wall-clock seconds of the iteration (RMSE excluded).
    public let seconds: Double
  }

  /// Trains on a users × titles matrix of ratings.
  ///
  /// - Parameters:
  ///   - ratings: the observed ratings; a stored 0 is a rating of 0.
  ///   - validation: held-out ratings of the same shape, for validation RMSE.
  ///   - onIteration: called after each iteration.
  public func train(
    _ ratings: SparseMatrix, validation: SparseMatrix? = nil, onIteration: ((Iteration) -> Void)? = nil
  ) -> ExplicitModel {
    precondition(factors > 0, "factors must be positive")
    BLAS.useSingleThread()
    let mean = ratings.nonZeroCount == 0
      ? 0 : Float(ratings.values.reduce(0.0) { $0 + Double($1) } / Double(ratings.nonZeroCount))
    var random = SeededGenerator(seed: seed)
    let width = factors + 1
    // Augmented factor rows: [factors…, bias].
    var users = DenseMatrix(rows: ratings.rows, columns: width)
    var items = DenseMatrix(rows: ratings.columns, columns: width)
    for r in 0..<users.rows { for f in 0..<factors { users[r, f] = Float(random.nextGaussian()) * 0.1 } }
    for r in 0..<items.rows { for f in 0..<factors { items[r, f] = Float(random.nextGaussian()) * 0.1 } }
    let byItem = ratings.transposed()
    var model = ExplicitModel(mean: mean, users: users, items: items)
    for number in 1...max(1, iterations) where iterations > 0 {
      let start = MonotonicClock.now()
      halfSweep(byItem, fixed: users, solving: &items, mean: mean)
      halfSweep(ratings, fixed: items, solving: &users, mean: mean)
      let seconds = MonotonicClock.seconds(since: start)
      model = ExplicitModel(mean: mean, users: users, items: items)
      onIteration?(Iteration(
        number: number, trainingRMSE: model.rmse(on: ratings),
        validationRMSE: validation.map { model.rmse(on: $0) }, seconds: seconds))
    }
    return model
  }

  /// Solves `[x, b]` of every row of one side. The fixed side's rows are
  /// used as `[y, 1]` with target `r − μ − b_fixed`.
  private func halfSweep(_ side: SparseMatrix, fixed: DenseMatrix, solving target: inout DenseMatrix, mean: Float) {
    guard side.rows > 0 else { return }
    let k = factors, width = k + 1
    let capacity = side.maximumRowCount
    let lambda = regularization, weighted = weightedRegularization
    let loop = ParallelLoop(threads: threads)
    target.storage.withUnsafeMutableBufferPointer { out in
      let rows = UnsafeRows(out.baseAddress!, width: width)
      let fixedStorage = fixed.storage
      loop.forEachChunk(
        count: side.rows, chunkSize: 32,
        makeState: { RowSolveWorkspace(factors: width, capacity: capacity) }
      ) { ws, range in
        for row in range {
          let span = side.range(ofRow: row)
          let x = rows.row(row)
          guard !span.isEmpty else {
            x.update(repeating: 0, count: width)
            continue
          }
          // Gather [y_i, 1] rows and residual targets.
          fixedStorage.withUnsafeBufferPointer { y in
            var m = 0
            for p in span {
              let i = Int(side.columnIndices[p])
              let dst = ws.gathered + m * width
              dst.update(from: y.baseAddress! + i * width, count: k)
              dst[k] = 1
              ws.perEntry[m] = side.values[p] - mean - y[i * width + k]
              m += 1
            }
          }
          let n = span.count
          ws.normal.update(repeating: 0, count: width * width)
          cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(width), Int32(n),
                      1, ws.gathered, Int32(width), 0, ws.normal, Int32(width))
          let penalty = weighted ? lambda * Float(n) : lambda
          for d in 0..<width { ws.normal[d * width + d] += penalty }
          cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(width), 1, ws.gathered, Int32(width),
                      ws.perEntry, 1, 0, x, 1)
          SymmetricMatrix.solveRobust(ws.normal, x, order: width, scratch: ws.scratch, rhsScratch: ws.vectors)
        }
      }
    }
  }
}
