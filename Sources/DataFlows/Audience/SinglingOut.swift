/// A group of one: an aggregate cell that describes a single profile, so
/// anyone who knows that person's region and age band (or segment) reads
/// their viewing from the "aggregate".
public struct SinglingOut: Sendable, Codable, Equatable {
  /// What the group is cut by.
  public let dimension: AudienceAnalytics.Dimension
  /// The group.
  public let group: String
  /// The one profile in it (the platform's id; not part of the aggregate).
  public let profile: String
  /// The persona behind the profile, when it is a scenario persona.
  public let persona: String?
  /// The titles the cell shows, which are that person's viewing.
  public let revealedTitles: [String]
}
