/// One recommended title and the profile's past titles behind its score.
public struct Recommendation: Sendable, Codable, Equatable {
  /// A past title's part in the score.
  public struct Reason: Sendable, Codable, Equatable {
    /// The past title's id.
    public let title: String
    /// Its name.
    public let name: String
    /// Its share of the positive contributions, 0…1.
    public let share: Double
  }

  /// The title's id.
  public let title: String
  /// Its name.
  public let name: String
  /// Its genres, as the catalog lists them.
  public let genres: [String]
  /// The factor score (taste · title factors).
  public let score: Double
  /// The past titles that raise the score most, largest first: the exact
  /// decomposition of Hu, Koren and Volinsky 2008, section 5.
  public let because: [Reason]

  /// "because you watched A (41%), B (22%)", or "" with no reasons.
  public var becauseText: String {
    guard !because.isEmpty else { return "" }
    return "because you watched "
      + because.map { "\($0.name) (\(Int(($0.share * 100).rounded()))%)" }.joined(separator: ", ")
  }
}
