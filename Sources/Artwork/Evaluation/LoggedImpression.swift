/// One impression from the log, as off-policy evaluation reads it: the
/// context the logging policy saw, the variant it showed with its logged
/// propensity, and the reward that followed (a play, or minutes played).
public struct LoggedImpression: Sendable {
  /// The title's catalog index.
  public let title: Int
  /// The variant shown.
  public let variant: Int
  /// The probability the logging policy gave that variant, in (0, 1].
  public let propensity: Double
  /// What the platform knew when it chose.
  public let context: ArtworkContext
  /// The reward that followed.
  public let reward: Double

  /// Creates a logged impression.
  public init(title: Int, variant: Int, propensity: Double, context: ArtworkContext, reward: Double) {
    self.title = title
    self.variant = variant
    self.propensity = propensity
    self.context = context
    self.reward = reward.isFinite ? reward : 0
  }

  /// The impression as feedback for a policy to learn from.
  public var feedback: ArtworkFeedback {
    ArtworkFeedback(title: title, variant: variant, context: context, reward: reward)
  }
}
