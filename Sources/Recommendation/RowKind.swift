import Catalog

/// The kinds of homepage row this slice builds.
public enum RowKind: Hashable, Sendable, CustomStringConvertible {
  /// Titles the profile started and did not finish, most recent first.
  case continueWatching
  /// The highest factor scores (`x_uᵀ y_i`); popularity before a model
  /// exists.
  case topPicks
  /// The most played titles recently.
  case trending
  /// The best titles of one of the profile's top genres.
  case genre(Genre)

  /// The row's id as written in impression events (`row` field):
  /// `continue-watching`, `top-picks`, `trending`, `genre:<Genre>`.
  public var description: String {
    switch self {
    case .continueWatching: return "continue-watching"
    case .topPicks: return "top-picks"
    case .trending: return "trending"
    case .genre(let genre): return "genre:" + genre.name
    }
  }
}
