/// How each user's (or title's) least-squares problem is solved in ALS.
public enum LeastSquaresSolver: Sendable, Equatable {
  /// The exact solution: the normal matrix is assembled with BLAS `ssyrk`
  /// and factored with LAPACK `sposv` (Cholesky).
  ///
  /// - Complexity: O(n·k² + k³) per row with n interactions and k factors.
  case cholesky
  /// A few steps of conjugate gradient warm-started from the previous
  /// factors, never forming the normal matrix (Takács, Pilászy and Tikk,
  /// "Applications of the conjugate gradient method for implicit feedback
  /// collaborative filtering", RecSys 2011).
  ///
  /// - Complexity: O(steps · (n·k + k²)) per row.
  case conjugateGradient(steps: Int)

  /// A short name for reports: `cholesky` or `cg3`.
  public var name: String {
    switch self {
    case .cholesky: return "cholesky"
    case .conjugateGradient(let steps): return "cg\(steps)"
    }
  }
}
