import LinearAlgebra

/// A trained explicit-rating model: `r̂_ui = μ + b_u + b_i + x_uᵀ y_i`.
public struct ExplicitModel: Sendable {
  /// The global mean rating μ.
  public let mean: Float
  /// Users' factors with the bias as the last column.
  let users: DenseMatrix
  /// Titles' factors with the bias as the last column.
  let items: DenseMatrix

  init(mean: Float, users: DenseMatrix, items: DenseMatrix) {
    self.mean = mean
    self.users = users
    self.items = items
  }

  /// The number of latent factors.
  public var factors: Int { users.columns - 1 }

  /// Each user's bias b_u.
  public var userBiases: [Float] { (0..<users.rows).map { users[$0, factors] } }

  /// Each title's bias b_i.
  public var itemBiases: [Float] { (0..<items.rows).map { items[$0, factors] } }

  /// The users' factor vectors (without the bias column).
  public var userFactors: DenseMatrix { dropBias(users) }

  /// The titles' factor vectors (without the bias column).
  public var itemFactors: DenseMatrix { dropBias(items) }

  /// The predicted rating of a user for a title.
  public func predict(user: Int, item: Int) -> Float {
    let k = factors
    var sum = mean + users[user, k] + items[item, k]
    for f in 0..<k { sum += users[user, f] * items[item, f] }
    return sum
  }

  /// Root mean squared error over the stored ratings of a matrix (0 when empty).
  public func rmse(on ratings: SparseMatrix) -> Double {
    guard ratings.nonZeroCount > 0 else { return 0 }
    var sum = 0.0
    for u in 0..<ratings.rows {
      for p in ratings.range(ofRow: u) {
        let error = Double(ratings.values[p] - predict(user: u, item: Int(ratings.columnIndices[p])))
        sum += error * error
      }
    }
    return (sum / Double(ratings.nonZeroCount)).squareRoot()
  }

  private func dropBias(_ m: DenseMatrix) -> DenseMatrix {
    var out = DenseMatrix(rows: m.rows, columns: factors)
    for r in 0..<m.rows { for f in 0..<factors { out[r, f] = m[r, f] } }
    return out
  }
}
