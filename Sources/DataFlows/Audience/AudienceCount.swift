/// A named count in an aggregate: a title or genre, its plays and how many
/// distinct profiles those plays came from.
public struct AudienceCount: Sendable, Codable, Equatable {
  /// The title or genre.
  public let name: String
  /// Plays started.
  public let plays: Int
  /// Distinct profiles behind the plays (never below the minimum group
  /// size in emitted aggregates).
  public let profiles: Int
}
