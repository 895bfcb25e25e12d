/// A title with its predicted score, as returned by top-N scoring.
public struct ScoredItem: Sendable, Equatable {
  /// The title's index.
  public let item: Int
  /// The score `x_uᵀ y_i`.
  public let score: Float

  /// Creates a scored title.
  public init(item: Int, score: Float) {
    self.item = item
    self.score = score
  }
}
