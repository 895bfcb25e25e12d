/// The MovieLens layouts of interaction files that Glasshouse reads.
public enum InteractionFileLayout: String, Sendable, CaseIterable {
  /// `u.data` (MovieLens 100K): `user<TAB>item<TAB>value<TAB>timestamp`, no
  /// header; also the benchmark matrix written by `make_matrix.py`.
  case tabSeparated = "u.data"
  /// `ratings.csv` (MovieLens latest, 25M): a header line, then
  /// `userId,movieId,rating,timestamp`.
  case commaSeparatedWithHeader = "ratings.csv"
  /// `ratings.dat` (MovieLens 1M): `UserID::MovieID::Rating::Timestamp`.
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

  /// The field separator.
  var separator: [UInt8] {
    switch self {
    case .tabSeparated: return [0x09]
    case .commaSeparatedWithHeader: return [0x2C]
    case .doubleColon: return [0x3A, 0x3A]
    }
  }
}
