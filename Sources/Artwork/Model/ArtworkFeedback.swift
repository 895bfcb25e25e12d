/// What happened after one impression: the title, the variant shown, the
/// context it was shown in, and the reward (1 for a play that followed
/// the impression, or the minutes played; see
/// ``ArtworkRewardKind``), which an artwork policy learns from.
public struct ArtworkFeedback: Sendable {
  /// The title's catalog index.
  public let title: Int
  /// The variant's position among the title's variants.
  public let variant: Int
  /// What the platform knew when it chose.
  public let context: ArtworkContext
  /// The reward: 0 or 1 for plays, minutes for minutes played.
  public let reward: Double

  /// Creates feedback.
  public init(title: Int, variant: Int, context: ArtworkContext, reward: Double) {
    self.title = title
    self.variant = variant
    self.context = context
    self.reward = reward.isFinite ? reward : 0
  }
}
