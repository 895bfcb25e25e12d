/// An account and the people who use it: its profiles and who watches on
/// each. Several members can share one profile, and one member can watch on
/// several profiles (a child on the family profile and on a kids' profile).
public struct Household: Sendable, Identifiable {
  /// The account id as the platform knows it.
  public var id: String
  /// The account's profiles.
  public var profiles: [HouseholdProfile]
  /// The members of the household (indices into ``Population/members``).
  public var members: [Int]
}
