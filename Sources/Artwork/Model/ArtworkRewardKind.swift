/// What counts as the reward of an impression.
///
/// Netflix ("Artwork Personalization at Netflix", 2017) rewards an
/// impression that leads to a play; minutes played rewards artwork that
/// brings people to titles they keep watching rather than clickbait.
public enum ArtworkRewardKind: String, Sendable, CaseIterable {
  /// 1 when the same profile clicked the shown variant within the hour and
  /// then started playing the title, else 0.
  case play
  /// The minutes of that playback (0 without a play).
  case minutesPlayed = "minutes"
}
