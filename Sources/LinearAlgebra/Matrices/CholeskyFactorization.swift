/// The Cholesky factorization `A + ρI = L Lᵀ` of a small symmetric
/// positive-definite matrix in `Double` (row-major, lower triangle of `L`
/// stored), for code that solves with one matrix many times: score
/// explanations, ridge-regression bandits. Large or `Float` systems use
/// ``SymmetricMatrix/solvePositiveDefinite(_:_:order:)`` (LAPACK).
public struct CholeskyFactorization: Sendable {
  /// The matrix order n.
  public let order: Int
  /// `L`, row-major n × n, zero above the diagonal.
  public let lower: [Double]
  /// The ridge ρ added to the diagonal to make the factorization succeed.
  public let ridge: Double

  /// Factors `A + ρI`; `nil` when that is not positive definite (or not finite).
  ///
  /// - Complexity: O(n³ / 3).
  public init?(_ matrix: [Double], order n: Int, ridge: Double = 0) {
    precondition(matrix.count == n * n, "matrix has \(matrix.count) values, order \(n) needs \(n * n)")
    var l = [Double](repeating: 0, count: n * n)
    for j in 0..<n {
      var diagonal = matrix[j * n + j] + ridge
      for p in 0..<j { diagonal -= l[j * n + p] * l[j * n + p] }
      guard diagonal > 0, diagonal.isFinite else { return nil }
      let root = diagonal.squareRoot()
      l[j * n + j] = root
      for i in (j + 1)..<n {
        var sum = matrix[i * n + j]
        for p in 0..<j { sum -= l[i * n + p] * l[j * n + p] }
        l[i * n + j] = sum / root
      }
    }
    order = n
    lower = l
    self.ridge = ridge
  }

  /// Factors `A` itself when it is positive definite, else `A + ρI` with the
  /// smallest ρ of `1e-9·scale, 1e-8·scale, …` that works (`attempts` tries
  /// in all): a singular matrix gets the minimum ridge that makes it solvable.
  public static func withGrowingRidge(
    _ matrix: [Double], order: Int, scale: Double, attempts: Int = 20
  ) -> CholeskyFactorization? {
    var ridge = 0.0
    for _ in 0..<max(1, attempts) {
      if let factorization = CholeskyFactorization(matrix, order: order, ridge: ridge) { return factorization }
      ridge = ridge == 0 ? 1e-9 * scale : ridge * 10
    }
    return nil
  }

  /// Solves `(A + ρI) x = b` by forward and back substitution.
  ///
  /// - Complexity: O(n²).
  public func solve(_ b: [Double]) -> [Double] {
    let n = order
    precondition(b.count == n, "right-hand side has \(b.count) values, order is \(n)")
    var y = b
    for i in 0..<n {
      for p in 0..<i { y[i] -= lower[i * n + p] * y[p] }
      y[i] /= lower[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for p in (i + 1)..<n { y[i] -= lower[p * n + i] * y[p] }
      y[i] /= lower[i * n + i]
    }
    return y
  }

  /// `(A + ρI)⁻¹`, row-major, column by column.
  ///
  /// - Complexity: O(n³).
  public func inverse() -> [Double] {
    let n = order
    var result = [Double](repeating: 0, count: n * n)
    for column in 0..<n {
      var unit = [Double](repeating: 0, count: n)
      unit[column] = 1
      let x = solve(unit)
      for i in 0..<n { result[i * n + column] = x[i] }
    }
    return result
  }
}
