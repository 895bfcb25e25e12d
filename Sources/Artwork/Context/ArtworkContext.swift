import Events

/// What the platform knows when it picks a title's artwork for a profile:
/// the profile's tastes as its own models see them, and the situation
/// (day part, device). Built by the platform from events only.
///
/// The taste vector enters as its cosine with each tone's prototype (the
/// mean title-factor vector of the titles whose genres cue that tone), so
/// the context stays small whatever the number of factors.
public struct ArtworkContext: Sendable, Equatable {
  /// Per tone (`ArtworkTone.allCases` order), the share of the profile's
  /// positive feedback on titles of genres that cue it.
  public var toneShares: [Double]
  /// Per tone, the cosine of the profile's taste vector with the tone's
  /// prototype in title-factor space (0 before the model knows the
  /// profile).
  public var toneAlignment: [Double]
  /// Per genre (``ArtworkIndex/genres`` order), the share of the
  /// profile's positive feedback on it.
  public var genreShares: [Double]
  /// Per featured cast member (``ArtworkIndex/featuredCast`` position),
  /// the share of the profile's positive feedback on titles with them;
  /// absent means 0.
  public var castShares: [Int: Double]
  /// The part of the day, local time.
  public var dayPart: DayPart
  /// The device the session runs on.
  public var device: DeviceType
  /// The platform's number for the profile (its position among the
  /// profiles the platform has seen), so a policy can learn the profile's
  /// own responses beside what its tastes predict; `nil` for a profile the
  /// platform does not know.
  public var profile: Int?

  /// Creates a context.
  public init(
    toneShares: [Double], toneAlignment: [Double], genreShares: [Double],
    castShares: [Int: Double], dayPart: DayPart, device: DeviceType, profile: Int? = nil
  ) {
    self.profile = profile
    self.toneShares = toneShares
    self.toneAlignment = toneAlignment
    self.genreShares = genreShares
    self.castShares = castShares
    self.dayPart = dayPart
    self.device = device
  }

  /// A context that knows nothing about the profile (a new profile).
  public static func unknown(
    genres: Int, dayPart: DayPart = .evening, device: DeviceType = .tv
  ) -> ArtworkContext {
    let tones = ArtworkFeatures.toneCount
    return ArtworkContext(
      toneShares: Array(repeating: 0, count: tones), toneAlignment: Array(repeating: 0, count: tones),
      genreShares: Array(repeating: 0, count: genres), castShares: [:], dayPart: dayPart,
      device: device)
  }
}
