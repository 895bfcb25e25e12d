/// Reference linear algebra in `Double`, written element by element with no
/// BLAS, for checking the optimized code against.
public enum NaiveLinearAlgebra {
  /// Solves `A x = b` by Gaussian elimination with partial pivoting.
  ///
  /// - Precondition: `A` is square and non-singular.
  public static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
    let n = b.count
    var m = a
    var rhs = b
    for column in 0..<n {
      var pivot = column
      for row in column..<n where abs(m[row][column]) > abs(m[pivot][column]) { pivot = row }
      m.swapAt(column, pivot)
      rhs.swapAt(column, pivot)
      for row in (column + 1)..<n {
        let factor = m[row][column] / m[column][column]
        for c in column..<n { m[row][c] -= factor * m[column][c] }
        rhs[row] -= factor * rhs[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = rhs[row]
      for c in (row + 1)..<n { sum -= m[row][c] * x[c] }
      x[row] = sum / m[row][row]
    }
    return x
  }

  /// The largest absolute difference between two vectors.
  public static func maxDifference(_ a: [Float], _ b: [Double]) -> Double {
    zip(a, b).map { abs(Double($0) - $1) }.max() ?? 0
  }
}
