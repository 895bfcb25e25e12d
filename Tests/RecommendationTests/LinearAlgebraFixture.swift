import LinearAlgebra

/// Small matrices for the recommendation tests.
enum LinearAlgebraFixture {
  /// Three titles with two factors.
  static let items = DenseMatrix([[1, 0], [0, 1], [1, 1]])
}
