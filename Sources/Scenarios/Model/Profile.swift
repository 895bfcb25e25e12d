/// A profile within an account: what the platform sees as one viewer,
/// though several personas may share it.
public struct Profile: Hashable, Sendable, Identifiable {
  /// The profile's identifier, unique in the scenario.
  public var id: String
  /// The name shown on the profile picker (defaults to the id).
  public var name: String
  /// The personas who watch on this profile.
  public var viewers: [String]
  /// Whether it is a kids' profile (limited to `G` and `PG` titles).
  public var isKids: Bool

  /// Creates a profile.
  public init(id: String, name: String, viewers: [String], isKids: Bool = false) {
    self.id = id
    self.name = name
    self.viewers = viewers
    self.isKids = isKids
  }
}
