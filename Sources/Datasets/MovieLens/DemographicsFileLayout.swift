/// The MovieLens layouts of users files that carry demographics.
public enum DemographicsFileLayout: String, Sendable, CaseIterable {
  /// `u.user` (MovieLens 100K): `user id | age | gender | occupation | zip code`,
  /// age in years, no header.
  case pipeSeparated = "u.user"
  /// `users.dat` (MovieLens 1M): `UserID::Gender::Age::Occupation::Zip-code`,
  /// age as a code (1, 18, 25, 35, 45, 50, 56), occupation as a code.
  case doubleColon = "users.dat"

  /// Recognises the layout from a file's first line.
  public static func detect(firstLine: String) -> DemographicsFileLayout? {
    if firstLine.contains("::") { return .doubleColon }
    if firstLine.contains("|") { return .pipeSeparated }
    return nil
  }

  /// The field separator.
  var separator: String {
    switch self {
    case .pipeSeparated: return "|"
    case .doubleColon: return "::"
    }
  }

  /// Field names in file order.
  var fieldNames: [String] {
    switch self {
    case .pipeSeparated: return ["user id", "age", "gender", "occupation", "zip code"]
    case .doubleColon: return ["UserID", "Gender", "Age", "Occupation", "Zip-code"]
    }
  }
}
