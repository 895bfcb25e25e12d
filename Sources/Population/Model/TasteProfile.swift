import Catalog

/// A member's true tastes, on a log scale: how much more (positive) or less
/// (negative) likely than average they are to choose a title for each of
/// its genres, its cast, and their position in the latent taste space; and
/// how each artwork tone and a face on the artwork draws them.
///
/// Hidden truth: only the simulation reads it.
public struct TasteProfile: Sendable, Equatable {
  /// Per genre slot of ``TitleTruth/genres``, the log-odds lift.
  public var genreLifts: [Double]
  /// Per cast member, the log-odds lift of a title featuring them.
  public var castLifts: [String: Double]
  /// Per artwork tone (in `ArtworkTone.allCases` order), the appeal of an
  /// image with that tone.
  public var toneLifts: [Double]
  /// The extra appeal of an image showing a face.
  public var faceLift: Double
  /// The member's position in the latent taste space.
  public var latent: [Double]
  /// The member's ``AudiencePosition`` (scaled for personas, whose stated
  /// tastes dominate); empty for none.
  public var audience: [Double]
  /// Whether the genre lifts come from stated or generated tastes: false for
  /// a persona whose file gives no genre tastes, whose lifts are only its
  /// demographic's average (it has no true top genre).
  public var hasGenreTastes: Bool

  /// Creates a taste profile.
  public init(
    genreLifts: [Double], castLifts: [String: Double], toneLifts: [Double], faceLift: Double,
    latent: [Double], audience: [Double] = [], hasGenreTastes: Bool = true
  ) {
    self.genreLifts = genreLifts
    self.castLifts = castLifts
    self.toneLifts = toneLifts
    self.faceLift = faceLift
    self.latent = latent
    self.audience = audience
    self.hasGenreTastes = hasGenreTastes
  }
}
