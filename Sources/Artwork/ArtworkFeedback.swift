/// What happened after one impression: the title, the variant shown, and
/// whether the member clicked it (the reward an artwork policy learns from).
public struct ArtworkFeedback: Hashable, Sendable {
  /// The title's catalog index.
  public let title: Int
  /// The variant's position among the title's variants.
  public let variant: Int
  /// Whether the impression was clicked.
  public let clicked: Bool

  /// Creates feedback.
  public init(title: Int, variant: Int, clicked: Bool) {
    self.title = title
    self.variant = variant
    self.clicked = clicked
  }
}
