/// What a member told a service about themselves, as the MovieLens users
/// files record it: an age, a gender, an occupation and a postal code.
///
/// The platform holds such labels only for some members (those who gave a
/// date of birth, or whose data came from a data broker); the inference layer
/// trains on them to guess the rest.
public struct MemberDemographics: Sendable, Hashable {
  /// The member (the MovieLens user id).
  public var user: Label
  /// The age as the file gives it: years in 100K `u.user`; in 1M `users.dat`
  /// the lower end of the file's age code (1, 18, 25, 35, 45, 50 or 56).
  public var age: Int
  /// The age band in the scenario vocabulary (see ``AgeBand``).
  public var ageBand: AgeBand
  /// The gender as recorded.
  public var gender: Gender
  /// The occupation: a word in 100K, a numeric code (0–20) in 1M.
  public var occupation: String
  /// The postal code as written (may be partial or foreign).
  public var postalCode: String

  /// Creates a record.
  public init(
    user: Label, age: Int, ageBand: AgeBand, gender: Gender, occupation: String = "",
    postalCode: String = ""
  ) {
    self.user = user
    self.age = age
    self.ageBand = ageBand
    self.gender = gender
    self.occupation = occupation
    self.postalCode = postalCode
  }
}
