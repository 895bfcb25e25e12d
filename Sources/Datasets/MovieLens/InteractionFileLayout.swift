/// The MovieLens layouts of interaction files that Glasshouse reads, and
/// what each allows: four fields a line (user, item, rating, timestamp),
/// ratings on the layout's scale and timestamps in whole seconds since 1970.
public enum InteractionFileLayout: String, Sendable, CaseIterable {
  /// `u.data` (MovieLens 100K): `user<TAB>item<TAB>rating<TAB>timestamp`,
  /// no header, ratings 1–5 in whole stars; also the benchmark matrix
  /// written by `make_matrix.py`.
  case tabSeparated = "u.data"
  /// `ratings.csv` (MovieLens latest, 25M): the header
  /// `userId,movieId,rating,timestamp`, then ratings 0.5–5.0 in half stars.
  case commaSeparatedWithHeader = "ratings.csv"
  /// `ratings.dat` (MovieLens 1M): `UserID::MovieID::Rating::Timestamp`,
  /// ratings 1–5 in whole stars.
  case doubleColon = "ratings.dat"

  /// Recognises the layout from a file's first line.
  public static func detect(firstLine: String) -> InteractionFileLayout? {
    if firstLine.contains("::") { return .doubleColon }
    if firstLine.contains("\t") { return .tabSeparated }
    if firstLine.contains(",") {
      let first = firstLine.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
      let trimmed = first.filter { $0 != " " && $0 != "\"" }
      return Int(trimmed) == nil ? .commaSeparatedWithHeader : nil
    }
    return nil
  }

  /// Whether the first line is a header to skip.
  var hasHeader: Bool { self == .commaSeparatedWithHeader }

  /// The header line the layout requires, when it has one.
  var header: String? { hasHeader ? "userId,movieId,rating,timestamp" : nil }

  /// The field separator.
  var separator: [UInt8] {
    switch self {
    case .tabSeparated: return [0x09]
    case .commaSeparatedWithHeader: return [0x2C]
    case .doubleColon: return [0x3A, 0x3A]
    }
  }

  /// The names of a line's fields, in order, as errors name them.
  static let fieldNames = ["user", "item", "value", "timestamp"]

  /// The ratings the layout allows, in words.
  var ratingScale: String {
    switch self {
    case .commaSeparatedWithHeader: return "a rating from 0.5 to 5.0 in half stars"
    case .tabSeparated, .doubleColon: return "a rating from 1 to 5 in whole stars"
    }
  }

  /// Whether a rating is on the layout's scale.
  func allows(rating value: Float) -> Bool {
    switch self {
    case .commaSeparatedWithHeader:
      return value >= 0.5 && value <= 5 && (value * 2).rounded() == value * 2
    case .tabSeparated, .doubleColon:
      return value >= 1 && value <= 5 && value.rounded() == value
    }
  }
}
