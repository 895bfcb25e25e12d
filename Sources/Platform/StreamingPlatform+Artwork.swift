import Artwork
import Catalog
import Events
import LinearAlgebra

/// Serving artwork: the context a variant is chosen in, the choice, and why.
extension StreamingPlatform {
  /// The artwork variant to show for a title in a context (see
  /// ``artworkContext(profile:time:device:)``), with its propensity.
  public func chooseArtwork(
    title: Int, context: ArtworkContext, random: inout SeededGenerator
  ) -> (variant: ArtworkVariant, choice: ArtworkChoice) {
    personalization.choose(title: title, context: context, random: &random)
  }

  /// What the platform knows when it picks artwork for a profile at a time
  /// on a device: the profile's tone, genre and cast shares of positive
  /// feedback, its taste vector's alignment with each tone, the day part
  /// in the time's own UTC offset, the device, and the profile's number
  /// (so LinUCB can learn the profile's own responses). An unknown profile
  /// gets zeros and no number.
  ///
  /// - Complexity: O(genres + tones · k + featured cast of the profile).
  public func artworkContext(profile: String, time: Timestamp, device: DeviceType) -> ArtworkContext {
    artworkContext(profile: profile, dayPart: ArtworkPersonalization.dayPart(of: time), device: device)
  }

  /// The artwork context of a profile in a day part on a device (see
  /// ``artworkContext(profile:time:device:)``).
  public func artworkContext(profile: String, dayPart: DayPart, device: DeviceType) -> ArtworkContext {
    personalization.context(
      profile: profileIndex(profile), tastes: learnedTastes, dayPart: dayPart, device: device)
  }

  /// Why the policy shows a variant of a title to a profile, and which of
  /// the profile's past titles stand behind each context feature; `nil`
  /// unless the platform runs LinUCB.
  public func explainArtwork(
    title: Int, profile: String, time: Timestamp, device: DeviceType
  ) -> ArtworkEvidence? {
    personalization.explain(
      title: title, context: artworkContext(profile: profile, time: time, device: device),
      feedback: profileIndex(profile).map { learnedTastes.feedback[$0] } ?? [])
  }
}
