/// A validation failure in one line, before the file and line number are
/// known; ``EventLogError`` is made from it by the reader.
enum LineProblem: Error, Sendable {
  case malformed(field: String?, offset: Int, expected: String, found: String)
  case unknownType(found: String)
  case unknownField(field: String, type: EventType?)
  case missing(field: String, type: String)
  case duplicate(field: String)
  case invalid(field: String, expected: String, found: String)

  /// The error for this problem on a given line of a given file.
  func error(path: String, line: Int) -> EventLogError {
    switch self {
    case .malformed(let field, let offset, let expected, let found):
      return .malformedJSON(
        path: path, line: line, field: field, column: offset + 1, expected: expected, found: found)
    case .unknownType(let found):
      return .unknownEventType(path: path, line: line, found: found)
    case .unknownField(let field, let type):
      return .unknownField(path: path, line: line, field: field, eventType: type?.rawValue)
    case .missing(let field, let type):
      return .missingField(path: path, line: line, field: field, eventType: type)
    case .duplicate(let field):
      return .duplicateField(path: path, line: line, field: field)
    case .invalid(let field, let expected, let found):
      return .invalidValue(path: path, line: line, field: field, expected: expected, found: found)
    }
  }
}
