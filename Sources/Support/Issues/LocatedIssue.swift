/// A problem at a place in a file: the one shape of every content error in
/// Glasshouse (a dataset line, a catalog or scenario document). It names the
/// file, the line, the column when the format has one, the field, what is
/// wrong, and the word probably meant.
public struct LocatedIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column (in Unicode scalars), when the format has columns.
  public var column: Int?
  /// The field or key at fault (`personas[0].tastes`, `rating`); `nil` when
  /// the problem is not in one field (text that does not parse at all).
  public var field: String?
  /// What is wrong, in words a person can act on.
  public var message: String
  /// The word probably meant, for a misspelt key or value.
  public var suggestion: String?

  /// Creates an issue.
  public init(
    path: String, line: Int, column: Int? = nil, field: String?, message: String,
    suggestion: String? = nil
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.field = field
    self.message = message
    self.suggestion = suggestion
  }

  /// A line of a line-oriented file (CSV, tab- or `::`-separated) with a
  /// field that is not what the format allows.
  public static func malformedLine(
    path: String, line: Int, field: String, expected: String, found: String
  ) -> LocatedIssue {
    LocatedIssue(
      path: path, line: line, field: field,
      message: "field '\(field)': expected \(expected), found '\(found)'")
  }

  /// `path:line:column: message; did you mean '…'?` (without the column
  /// when there is none).
  public var description: String {
    let place = column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    return "\(place): \(message)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
  }
}
