import LinearAlgebra

/// An implicit-ALS training run in progress: the interactions weighted once
/// in both orientations, and the current factors, advanced one iteration at
/// a time. ``ImplicitALS/train(_:onIteration:)`` is a loop over
/// ``iterate()``; the simulator and the benchmarks drive it directly.
public struct ImplicitALSRun: Sendable {
  /// The configuration being trained.
  public let configuration: ImplicitALS
  private let byUser: WeightedInteractions
  private let byItem: WeightedInteractions
  private var users: DenseMatrix
  private var items: DenseMatrix
  private var completed = 0

  /// Prepares a run from seeded random factors, or from given ones (a warm
  /// start).
  ///
  /// - Complexity: O(nonzeros) to weight and transpose the interactions.
  public init(configuration: ImplicitALS, interactions: SparseMatrix,
              users: DenseMatrix? = nil, items: DenseMatrix? = nil) {
    precondition(configuration.factors > 0, "factors must be positive")
    let (x, y): (DenseMatrix, DenseMatrix)
    if let users, let items {
      (x, y) = (users, items)
    } else {
      (x, y) = configuration.initialFactors(users: interactions.rows, items: interactions.columns)
    }
    precondition(x.rows == interactions.rows && y.rows == interactions.columns,
                 "factor matrices do not match the interaction matrix")
    precondition(x.columns == configuration.factors && y.columns == configuration.factors,
                 "factor width differs from `factors`")
    self.configuration = configuration
    self.byUser = WeightedInteractions(interactions, confidence: configuration.confidence)
    self.byItem = WeightedInteractions(interactions.transposed(), confidence: configuration.confidence)
    self.users = x
    self.items = y
  }

  /// Runs one iteration: all titles against fixed users, then all users
  /// against the new titles.
  @discardableResult
  public mutating func iterate() -> ImplicitALS.Iteration {
    BLAS.useSingleThread()
    let start = MonotonicClock.now()
    configuration.halfSweep(byItem, fixed: users, solving: &items)
    configuration.halfSweep(byUser, fixed: items, solving: &users)
    let seconds = MonotonicClock.seconds(since: start)
    completed += 1
    let loss = configuration.computesLoss
      ? ImplicitLoss(byUser, users: users, items: items, configuration: configuration) : nil
    return ImplicitALS.Iteration(number: completed, seconds: seconds, loss: loss)
  }

  /// The model at the current factors.
  public var model: ImplicitModel {
    ImplicitModel(userFactors: users, itemFactors: items, configuration: configuration)
  }

  /// The training loss at the current factors.
  public var loss: ImplicitLoss {
    ImplicitLoss(byUser, users: users, items: items, configuration: configuration)
  }
}
