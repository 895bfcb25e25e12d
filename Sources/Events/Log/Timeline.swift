/// The events of one profile (or the account-level events of one account),
/// in time order.
public struct Timeline: Sendable {
  /// Whose events these are: an account and, for profile events, a profile.
  public struct Key: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The account.
    public let account: String
    /// The profile; `nil` for the account's account-level events.
    public let profile: String?

    /// Creates a key.
    public init(account: String, profile: String?) {
      self.account = account
      self.profile = profile
    }

    /// By account, then account-level before profiles, then by profile.
    public static func < (a: Key, b: Key) -> Bool {
      if a.account != b.account { return a.account < b.account }
      switch (a.profile, b.profile) {
      case (nil, nil): return false
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?): return x < y
      }
    }

    /// `account/profile`, or `account` alone.
    public var description: String { profile.map { "\(account)/\($0)" } ?? account }
  }

  /// Whose events these are.
  public let key: Key
  /// The events, earliest first; events at the same instant stay in file order.
  public let events: [Event]
}
