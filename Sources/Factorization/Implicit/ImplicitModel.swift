import LinearAlgebra

/// A trained implicit-feedback model: a taste vector per user and a factor
/// vector per title, and the configuration that produced them.
public struct ImplicitModel: Sendable {
  /// One row per user (the users' taste vectors).
  public let userFactors: DenseMatrix
  /// One row per title.
  public let itemFactors: DenseMatrix
  /// The training configuration (confidence rule, λ, solver).
  public let configuration: ImplicitALS
  /// `YᵀY + λI` of the title factors (`YᵀY` under weighted-λ), cached for
  /// fold-in.
  let itemGram: DenseMatrix

  /// Wraps trained factors.
  public init(userFactors: DenseMatrix, itemFactors: DenseMatrix, configuration: ImplicitALS) {
    precondition(userFactors.columns == itemFactors.columns, "user and title factors differ in width")
    self.userFactors = userFactors
    self.itemFactors = itemFactors
    self.configuration = configuration
    self.itemGram = configuration.regularizedGram(of: itemFactors)
  }

  /// The number of factors.
  public var factors: Int { itemFactors.columns }

  /// The predicted preference `x_uᵀ y_i` of a user for a title.
  public func score(user: Int, item: Int) -> Float {
    let k = factors
    var sum: Float = 0
    for f in 0..<k { sum += userFactors.storage[user * k + f] * itemFactors.storage[item * k + f] }
    return sum
  }

  /// Computes the taste vector of a new or changed user from their
  /// interactions against the fixed title factors, without retraining.
  ///
  /// This runs the training's own row solve (same confidence rule, λ and
  /// solver), so folding in a training user's interactions with the
  /// Cholesky solver reproduces that user's trained factors. With conjugate
  /// gradient, pass the user's previous factors as `warmStart` (the
  /// simulator does after each day); without one CG starts from zero.
  ///
  /// - Parameters:
  ///   - interactions: (title index, observed value) pairs; repeated titles
  ///     are summed, as when the interaction matrix is built.
  ///   - warmStart: the starting point for conjugate gradient.
  /// - Complexity: O(n·k² + k³) for Cholesky with n interactions.
  public func foldIn(_ interactions: [(item: Int, value: Float)], warmStart: [Float]? = nil) -> [Float] {
    let k = factors
    var merged: [Int: Float] = [:]
    for entry in interactions {
      precondition(entry.item >= 0 && entry.item < itemFactors.rows, "title index \(entry.item) out of range")
      merged[entry.item, default: 0] += entry.value
    }
    let items = merged.keys.sorted()
    let columns = items.map { Int32($0) }
    let weights = items.map { configuration.confidence.solveWeights(merged[$0]!) }
    let gramWeights = weights.map(\.gram)
    let targetWeights = weights.map(\.target)
    var x = warmStart ?? [Float](repeating: 0, count: k)
    precondition(x.count == k, "warm start has \(x.count) values, model has \(k) factors")
    guard !items.isEmpty else { return [Float](repeating: 0, count: k) }
    BLAS.useSingleThread()
    let workspace = RowSolveWorkspace(factors: k, capacity: items.count)
    itemFactors.storage.withUnsafeBufferPointer { fixed in
      itemGram.storage.withUnsafeBufferPointer { gram in
        x.withUnsafeMutableBufferPointer { out in
          ImplicitRowSolver.solve(
            columns: columns, gramWeights: gramWeights, targetWeights: targetWeights,
            count: items.count, fixed: fixed.baseAddress!, gram: gram.baseAddress!,
            ridge: configuration.rowRidge(positives: items.reduce(0) { $0 + (merged[$1]! > 0 ? 1 : 0) }),
            x: out.baseAddress!, solver: configuration.solver, workspace: workspace)
        }
      }
    }
    return x
  }
}
