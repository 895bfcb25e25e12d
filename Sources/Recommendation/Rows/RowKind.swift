import Catalog

/// The kinds of homepage row, each with its own candidates and its own
/// reason for showing a title.
public enum RowKind: Hashable, Sendable, CustomStringConvertible {
  /// Titles the profile started and did not finish, most recent first.
  case continueWatching
  /// "Top picks for you": the highest factor scores (`x_uᵀ y_i`);
  /// popularity before the model knows the profile.
  case topPicks
  /// "Because you watched X": the titles nearest X by the cosine of their
  /// factor vectors; X is the profile's strongest recent signal.
  case becauseYouWatched(Int)
  /// "Trending in your region": the most played titles recently among
  /// profiles seen in the same geo-IP region.
  case trendingInRegion(String)
  /// The most played titles recently, everywhere.
  case trending
  /// The best titles, by factor score, of one of the profile's top genres.
  case genre(Genre)
  /// The popularity baseline: the same list for everyone.
  case popular

  /// The row's id as written in impression events (`row` field):
  /// `continue-watching`, `top-picks`, `because-you-watched:<title index>`,
  /// `trending-in-region:<region>`, `trending`, `genre:<Genre>`, `popular`.
  public var description: String {
    switch self {
    case .continueWatching: return "continue-watching"
    case .topPicks: return "top-picks"
    case .becauseYouWatched(let title): return "because-you-watched:\(title)"
    case .trendingInRegion(let region): return "trending-in-region:" + region
    case .trending: return "trending"
    case .genre(let genre): return "genre:" + genre.name
    case .popular: return "popular"
    }
  }

  /// Whether the row ranks by factor scores, so that each title's place
  /// is explained by the profile's past titles (``ImplicitModel``'s
  /// explanation) rather than by the row's own reason.
  public var ranksByFactors: Bool {
    switch self {
    case .topPicks, .genre: return true
    default: return false
    }
  }
}
