/// How the platform solves each least-squares problem of ALS.
public enum SolverName: String, Sendable, CaseIterable {
  /// A few conjugate-gradient steps (Takács, Pilászy and Tikk 2011).
  case cg
  /// The exact Cholesky solve.
  case cholesky
}
