/// One group of an audience aggregate — a region, an age band, both, or an
/// advertising segment — with how many profiles it holds, their plays, and
/// the titles and genres that win in it.
public struct AudienceCell: Sendable, Codable, Equatable {
  /// What the group is cut by.
  public let dimension: AudienceAnalytics.Dimension
  /// The group (`London, GB`, `25-34`, `London, GB × 25-34`,
  /// `Interest > Movies > Horror`).
  public let group: String
  /// Distinct profiles in the group.
  public let profiles: Int
  /// Plays started by them.
  public let plays: Int
  /// The most played titles, each played by at least the minimum group
  /// size of profiles.
  public let topTitles: [AudienceCount]
  /// The most played genres, likewise.
  public let topGenres: [AudienceCount]
}
