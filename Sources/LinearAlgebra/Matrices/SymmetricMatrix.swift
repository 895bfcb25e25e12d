import COpenBLAS

/// Operations on square symmetric matrices stored as full row-major `Float`
/// buffers, chiefly the positive-definite solve at the heart of ALS.
public enum SymmetricMatrix {
  /// Copies the upper triangle of a row-major square matrix into its lower
  /// triangle.
  public static func mirrorUpperToLower(_ matrix: UnsafeMutablePointer<Float>, order: Int) {
    for r in 0..<order {
      for c in (r + 1)..<order {
        matrix[c * order + r] = matrix[r * order + c]
      }
    }
  }

  /// Solves `A x = b` in place for a symmetric positive-definite `A` whose
  /// upper triangle (row-major) is filled, with LAPACK `sposv` (Cholesky).
  ///
  /// `matrix` is overwritten by its Cholesky factor and `rhs` by the solution.
  /// - Returns: `true` on success; `false` when `A` is not positive definite
  ///   (LAPACK `info > 0`), in which case both buffers hold partial results.
  /// - Complexity: O(order³ / 3).
  @discardableResult
  public static func solvePositiveDefinite(
    _ matrix: UnsafeMutablePointer<Float>, _ rhs: UnsafeMutablePointer<Float>, order: Int
  ) -> Bool {
    guard order > 0 else { return true }
    // Row-major upper equals column-major lower, the layout LAPACK reads.
    var uplo = CChar(UInt8(ascii: "L"))
    var n = Int32(order)
    var nrhs: Int32 = 1
    var lda = Int32(order)
    var ldb = Int32(order)
    var info: Int32 = 0
    sposv_(&uplo, &n, &nrhs, matrix, &lda, rhs, &ldb, &info, 1)
    return info == 0
  }

  /// Solves `A x = b` for a symmetric matrix that may be singular: Cholesky
  /// first, and when that fails, Cholesky again with a growing ridge added to
  /// the diagonal (a tiny Tikhonov term), so the result is always finite.
  ///
  /// This is what keeps ALS finite on degenerate input such as zero
  /// regularization with more factors than the data's rank: the ridge picks
  /// the minimum-norm-like solution instead of dividing by zero.
  ///
  /// - Parameters:
  ///   - matrix: the full symmetric matrix (upper triangle read), preserved.
  ///   - rhs: the right-hand side, overwritten by the solution.
  ///   - scratch: `order × order` floats of working memory.
  public static func solveRobust(
    _ matrix: UnsafePointer<Float>, _ rhs: UnsafeMutablePointer<Float>, order: Int,
    scratch: UnsafeMutablePointer<Float>, rhsScratch: UnsafeMutablePointer<Float>
  ) {
    guard order > 0 else { return }
    let count = order * order
    rhsScratch.update(from: rhs, count: order)
    scratch.update(from: matrix, count: count)
    if solvePositiveDefinite(scratch, rhs, order: order), allFinite(rhs, order) { return }
    var scale: Float = 0
    for d in 0..<order { scale = max(scale, abs(matrix[d * order + d])) }
    var ridge = max(scale, 1) * 1e-6
    for _ in 0..<12 {
      scratch.update(from: matrix, count: count)
      for d in 0..<order { scratch[d * order + d] += ridge }
      rhs.update(from: rhsScratch, count: order)
      if solvePositiveDefinite(scratch, rhs, order: order), allFinite(rhs, order) { return }
      ridge *= 10
    }
    rhs.update(repeating: 0, count: order)
  }

  private static func allFinite(_ values: UnsafePointer<Float>, _ count: Int) -> Bool {
    for i in 0..<count where !values[i].isFinite { return false }
    return true
  }
}
