/// Real people's ratings replayed through the platform instead of (or
/// beside) simulated personas: each user of a MovieLens ratings file becomes
/// an account with one profile (`ml-<user id>`), and each rating the events
/// of watching and rating the title (Docs/ScenarioFormat.md, `replay`).
public struct RatingsReplaySource: Hashable, Sendable {
  /// The ratings file (`ratings.csv`, `u.data` or `ratings.dat`), resolved;
  /// `nil` when it uses a parameter that was not given (validation only).
  public var path: String?
  /// The path as written.
  public var written: String
  /// Replay only the users with the smallest ids, this many; `nil` for all.
  public var users: Int?
  /// Where the `replay` mapping is written.
  public var location: SourceLocation

  /// Creates a replay source.
  public init(path: String?, written: String, users: Int?, location: SourceLocation) {
    self.path = path
    self.written = written
    self.users = users
    self.location = location
  }

  /// Whether an id is a replayed user's profile: `ml-` and the user id.
  public static func isProfileID(_ id: String) -> Bool {
    id.hasPrefix("ml-") && id.count > 3 && id.dropFirst(3).allSatisfy(\.isNumber)
  }
}
