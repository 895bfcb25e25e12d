import LinearAlgebra

/// Implicit-feedback alternating least squares (Hu, Koren and Volinsky,
/// "Collaborative Filtering for Implicit Feedback Datasets", ICDM 2008): the
/// model that turns what people watched into a taste vector per profile and
/// a factor vector per title.
///
/// It minimizes `Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²)` over
/// every user–title pair, observed or not, by alternately solving for all
/// titles with users fixed and for all users with titles fixed. Each
/// iteration solves titles first and users second, so the returned user
/// factors are exactly the solve against the returned title factors (what
/// ``ImplicitModel/foldIn(_:warmStart:)`` reproduces).
///
/// Work is spread over ``threads`` workers, with single-threaded BLAS inside
/// each row's solve; the result does not depend on the thread count.
public struct ImplicitALS: Sendable {
  /// The number of latent factors k.
  public var factors: Int
  /// The ridge penalty λ on every factor vector.
  public var regularization: Float
  /// Whether λ is the same for every row or scaled by each row's number of
  /// positive observations (Spark MLlib's ALS-WR weighting).
  public var regularizationScaling: RegularizationScaling
  /// How observed values become confidences.
  public var confidence: Confidence
  /// How each row's least-squares problem is solved.
  public var solver: LeastSquaresSolver
  /// The number of iterations (each one title half-sweep and one user half-sweep).
  public var iterations: Int
  /// The seed of the random initial factors.
  public var seed: UInt64
  /// The number of worker threads.
  public var threads: Int
  /// Whether to compute the training loss after every iteration (one extra
  /// pass over the data).
  public var computesLoss: Bool

  /// Creates a configuration; the defaults match the `implicit` library's.
  public init(
    factors: Int = 64, regularization: Float = 0.01, confidence: Confidence = Confidence(),
    solver: LeastSquaresSolver = .conjugateGradient(steps: 3), iterations: Int = 15,
    seed: UInt64 = 1, threads: Int = ParallelLoop.allCores.threads, computesLoss: Bool = false,
    regularizationScaling: RegularizationScaling = .uniform
  ) {
    self.factors = factors
    self.regularization = regularization
    self.regularizationScaling = regularizationScaling
    self.confidence = confidence
    self.solver = solver
    self.iterations = iterations
    self.seed = seed
    self.threads = threads
    self.computesLoss = computesLoss
  }

  /// What one iteration of training did.
  public struct Iteration: Sendable {
    /// The iteration number, from 1.
    public let number: Int
    /// Wall-clock seconds the iteration's two half-sweeps took (loss excluded).
    public let seconds: Double
    /// The training loss after the iteration, when ``computesLoss`` is set.
    public let loss: ImplicitLoss?
  }

  /// Trains on a users × titles matrix of observed values.
  ///
  /// - Parameters:
  ///   - interactions: observed values (minutes, counts, signal strengths);
  ///     a negative value is a negative preference with confidence from its
  ///     magnitude.
  ///   - onIteration: called after each iteration, on the calling thread.
  public func train(
    _ interactions: SparseMatrix, onIteration: ((Iteration) -> Void)? = nil
  ) -> ImplicitModel {
    var run = ImplicitALSRun(configuration: self, interactions: interactions)
    for _ in 0..<max(0, iterations) {
      let iteration = run.iterate()
      onIteration?(iteration)
    }
    return run.model
  }

  /// Runs more iterations starting from existing factors (a warm retrain, as
  /// the simulator does when new events arrive).
  public func continueTraining(
    _ interactions: SparseMatrix, users: DenseMatrix, items: DenseMatrix, iterations: Int,
    onIteration: ((Iteration) -> Void)? = nil
  ) -> ImplicitModel {
    var run = ImplicitALSRun(configuration: self, interactions: interactions, users: users, items: items)
    for _ in 0..<max(0, iterations) {
      let iteration = run.iterate()
      onIteration?(iteration)
    }
    return run.model
  }

  /// Seeded initial factors: uniform in [0, 0.01), users then titles (the
  /// `implicit` library's initialisation).
  func initialFactors(users: Int, items: Int) -> (DenseMatrix, DenseMatrix) {
    var random = SeededGenerator(seed: seed)
    var x = DenseMatrix(rows: users, columns: factors)
    var y = DenseMatrix(rows: items, columns: factors)
    for i in x.storage.indices { x.storage[i] = random.nextUnitFloat() * 0.01 }
    for i in y.storage.indices { y.storage[i] = random.nextUnitFloat() * 0.01 }
    return (x, y)
  }

  /// Solves every row of one side against the other side's fixed factors.
  func halfSweep(_ side: WeightedInteractions, fixed: DenseMatrix, solving target: inout DenseMatrix) {
    guard side.rows > 0 else { return }
    let k = factors
    let gram = regularizedGram(of: fixed)
    let capacity = side.pattern.maximumRowCount
    let solver = self.solver
    let loop = ParallelLoop(threads: threads)
    let starts = side.pattern.rowStarts
    let positives = side.positiveCounts
    target.storage.withUnsafeMutableBufferPointer { targetBuffer in
      let rows = UnsafeRows(targetBuffer.baseAddress!, width: k)
      SolveInputs.with(side, fixed: fixed, gram: gram) { inputs in
        loop.forEachChunk(
          count: side.rows, chunkSize: 32,
          makeState: { RowSolveWorkspace(factors: k, capacity: capacity) }
        ) { workspace, range in
          for row in range {
            let offset = starts[row]
            let count = starts[row + 1] - offset
            guard count > 0, let columns = inputs.columns, let gw = inputs.gw, let tw = inputs.tw,
                  let fixed = inputs.fixed else {
              rows.row(row).update(repeating: 0, count: k)
              continue
            }
            ImplicitRowSolver.solve(
              columns: columns + offset, gramWeights: gw + offset, targetWeights: tw + offset,
              count: count, fixed: fixed, gram: inputs.gram, ridge: rowRidge(positives: positives[row]),
              x: rows.row(row), solver: solver, workspace: workspace)
          }
        }
      }
    }
  }

  /// `YᵀY + λI` for the fixed side Y under uniform regularization; `YᵀY`
  /// alone under ``RegularizationScaling/perPositiveObservation``, whose
  /// ridge each row adds itself (``rowRidge(positives:)``).
  func regularizedGram(of fixed: DenseMatrix) -> DenseMatrix {
    var gram = fixed.gram()
    guard regularizationScaling == .uniform else { return gram }
    for d in 0..<factors { gram[d, d] += regularization }
    return gram
  }

  /// The ridge a row adds to the diagonal of its normal matrix beyond
  /// ``regularizedGram(of:)``: 0 under uniform regularization, `λ·n⁺`
  /// under ``RegularizationScaling/perPositiveObservation``.
  func rowRidge(positives: Int) -> Float {
    regularizationScaling == .uniform ? 0 : regularization * Float(positives)
  }
}

/// Raw pointers handed to the parallel solve loop; `nil` where a buffer is
/// empty.
///
/// `@unchecked Sendable`: the buffers are only read inside the loop and
/// outlive it (``with(_:fixed:gram:_:)`` borrows them around the whole loop).
struct SolveInputs: @unchecked Sendable {
  let columns: UnsafePointer<Int32>?
  let gw: UnsafePointer<Float>?
  let tw: UnsafePointer<Float>?
  let fixed: UnsafePointer<Float>?
  let gram: UnsafePointer<Float>

  /// Borrows the buffers of one half-sweep for the duration of `body`.
  static func with<R>(
    _ side: WeightedInteractions, fixed: DenseMatrix, gram: DenseMatrix, _ body: (SolveInputs) -> R
  ) -> R {
    side.pattern.columnIndices.withUnsafeBufferPointer { columns in
      side.gramWeights.withUnsafeBufferPointer { gw in
        side.targetWeights.withUnsafeBufferPointer { tw in
          fixed.storage.withUnsafeBufferPointer { fixedBuffer in
            gram.storage.withUnsafeBufferPointer { gramBuffer in
              body(SolveInputs(
                columns: columns.baseAddress, gw: gw.baseAddress, tw: tw.baseAddress,
                fixed: fixedBuffer.baseAddress, gram: gramBuffer.baseAddress!))
            }
          }
        }
      }
    }
  }
}
