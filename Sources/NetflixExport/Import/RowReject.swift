import Support

/// A row of an export that did not become events, and why: the file, the
/// line the record starts on, the column at fault, the reason, and the
/// record as written — so nothing read is lost.
public struct RowReject: Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is, in the package's one located-issue shape
  /// (path, line, field, message).
  public let issue: LocatedIssue
  /// The record as written.
  public let text: String

  /// Creates a reject.
  public init(file: String, line: Int, column: String?, reason: String, text: String) {
    issue = LocatedIssue(
      path: file, line: line, field: column,
      message: column.map { "column '\($0)': \(reason)" } ?? reason)
    self.text = text
  }

  /// `file:line: column 'X': reason`.
  public var description: String { issue.description }

  /// The reject as one line of `rejects.jsonl`: `file`, `line`, `kind`
  /// (`rejected`), `field` (the column, when one is to blame), `reason`
  /// and `text` — the fields of the event log's rejects file, with the file
  /// added.
  public var jsonLine: String {
    var fields: [(String, String)] = [("file", Self.quoted(issue.path)), ("line", String(issue.line)), ("kind", "\"rejected\"")]
    if let field = issue.field { fields.append(("field", Self.quoted(field))) }
    fields.append(("reason", Self.quoted(issue.description)))
    fields.append(("text", Self.quoted(text)))
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
