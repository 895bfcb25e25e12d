/// A paying account holding one or more profiles.
public struct Account: Hashable, Sendable, Identifiable {
  /// The account's identifier, unique in the scenario.
  public var id: String
  /// Its profiles.
  public var profiles: [Profile]

  /// Creates an account.
  public init(id: String, profiles: [Profile]) {
    self.id = id
    self.profiles = profiles
  }
}
