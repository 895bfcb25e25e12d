import Catalog

/// What the platform knows about one profile when it builds their
/// homepage: model scores, popularity (global and in the profile's
/// region), the title behind "Because you watched", unfinished titles, what
/// to leave out, the inferred top genres and the maturity limit.
public struct HomepageRequest: Sendable {
  /// The profile's factor score per title (`x_uᵀ y_i`), or `nil` before
  /// the model knows the profile.
  public var scores: [Float]?
  /// Recent popularity per title (plays, decayed); all zero before any.
  public var popularity: [Float]
  /// Recent popularity per title in the profile's region, and the region.
  public var regional: (region: String, popularity: [Float])?
  /// The title behind "Because you watched" and every title's cosine
  /// similarity to it in factor space.
  public var becauseYouWatched: (title: Int, similarity: [Float])?
  /// Unfinished titles, most recent first.
  public var continueWatching: [Int]
  /// Titles never to show outside "Continue watching" (already watched).
  public var excluded: Set<Int>
  /// Genres ranked by the profile's inferred affinity, best first (empty
  /// when nothing is known yet).
  public var topGenres: [Genre]
  /// The most mature rating the profile may see, or `nil` for any (kids'
  /// profiles: `.pg`).
  public var maximumMaturity: MaturityRating?
  /// Breaks ties between equal scores differently per profile, so cold
  /// profiles do not all see the same titles.
  public var tieBreakSeed: UInt64

  /// Creates a request.
  public init(
    scores: [Float]?, popularity: [Float], regional: (region: String, popularity: [Float])? = nil,
    becauseYouWatched: (title: Int, similarity: [Float])? = nil, continueWatching: [Int] = [],
    excluded: Set<Int> = [], topGenres: [Genre] = [], maximumMaturity: MaturityRating? = nil,
    tieBreakSeed: UInt64 = 0
  ) {
    self.scores = scores
    self.popularity = popularity
    self.regional = regional
    self.becauseYouWatched = becauseYouWatched
    self.continueWatching = continueWatching
    self.excluded = excluded
    self.topGenres = topGenres
    self.maximumMaturity = maximumMaturity
    self.tieBreakSeed = tieBreakSeed
  }
}
