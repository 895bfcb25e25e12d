/// One profile of an account and the members who really watch on it.
public struct HouseholdProfile: Sendable, Identifiable {
  /// The profile id as the platform knows it.
  public var id: String
  /// The name shown on the profile picker.
  public var name: String
  /// Whether it is a kids' profile.
  public var isKids: Bool
  /// The members watching on it (indices into ``Population/members``); more
  /// than one is a shared profile, which the platform has to discover.
  public var viewers: [Int]

  /// Whether more than one person watches on it.
  public var isShared: Bool { viewers.count > 1 }
}
