import Catalog

/// Why a `--without` filter could not be read; each message names the
/// clause, suggests the likely intended word for a typo, and lists what
/// would be accepted.
public enum EventFilterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The filter is empty.
  case empty
  /// A clause is not `key=value`.
  case malformed(clause: String)
  /// A clause's key is not one the grammar knows.
  case unknownKey(key: String, known: [String])
  /// A value is not one of the known values of its key.
  case unknownValue(key: String, value: String, known: [String])
  /// A date is neither `YYYY-MM-DD` nor an RFC 3339 timestamp.
  case badTime(key: String, value: String)

  /// The message for a person.
  public var description: String {
    switch self {
    case .empty:
      return "the filter is empty; expected clauses such as `genre=Horror` or `type=search,device=tv`"
    case .malformed(let clause):
      return "`\(clause)` is not key=value; expected e.g. `genre=Horror`, `type=search|list_add`, `after=2025-01-20`"
    case .unknownKey(let key, let known):
      return "unknown filter key `\(key)`" + Self.didYouMean(key, known) + "; known keys: \(known.joined(separator: ", "))"
    case .unknownValue(let key, let value, let known):
      let shown = known.count > 40 ? known.prefix(40).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
      return "unknown \(key) `\(value)`" + Self.didYouMean(value, known) + "; known: \(shown)"
    case .badTime(let key, let value):
      return
        "\(key)=`\(value)` is not a date; expected YYYY-MM-DD (UTC midnight) or a timestamp such as 2025-01-20T18:30:00Z"
    }
  }
  /// `; did you mean `X`?` for the known word closest to a typo, else nothing.
  static func didYouMean(_ word: String, _ known: [String]) -> String {
    Suggestion.closest(to: word, among: known).map { " (did you mean `\($0)`?)" } ?? ""
  }
}
