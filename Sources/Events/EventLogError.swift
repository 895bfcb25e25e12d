/// What can go wrong reading or writing an event log. Every message names
/// the file; line errors also name the line and the field, and say what was
/// expected and what was found.
public enum EventLogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// The file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The line is not one well-formed JSON object. `field` is the field being
  /// read when the syntax broke (`nil` outside any field); `column` is the
  /// 1-based byte column.
  case malformedJSON(
    path: String, line: Int, field: String?, column: Int, expected: String, found: String)
  /// The `type` field names no known event type.
  case unknownEventType(path: String, line: Int, found: String)
  /// A field the schema does not define (for this event type, when known).
  case unknownField(path: String, line: Int, field: String, eventType: String?)
  /// A field the event type requires is absent.
  case missingField(path: String, line: Int, field: String, eventType: String)
  /// A field appears twice in one object.
  case duplicateField(path: String, line: Int, field: String)
  /// A field's value has the wrong type or is out of range.
  case invalidValue(path: String, line: Int, field: String, expected: String, found: String)
  /// A profile already seen under one account appears under another.
  case profileInTwoAccounts(
    path: String, line: Int, profile: String, account: String, firstAccount: String,
    firstLine: Int)
  /// The line is longer than the reader's limit.
  case lineTooLong(path: String, line: Int, bytes: Int, limit: Int)

  /// The line the error is on, for line errors.
  public var line: Int? {
    switch self {
    case .cannotOpen, .cannotWrite: return nil
    case .malformedJSON(_, let line, _, _, _, _), .unknownEventType(_, let line, _),
      .unknownField(_, let line, _, _), .missingField(_, let line, _, _),
      .duplicateField(_, let line, _), .invalidValue(_, let line, _, _, _),
      .profileInTwoAccounts(_, let line, _, _, _, _), .lineTooLong(_, let line, _, _):
      return line
    }
  }

  /// The field the error is about, when there is one.
  public var field: String? {
    switch self {
    case .cannotOpen, .cannotWrite, .lineTooLong: return nil
    case .malformedJSON(_, _, let field, _, _, _): return field
    case .unknownEventType: return "type"
    case .unknownField(_, _, let field, _), .missingField(_, _, let field, _),
      .duplicateField(_, _, let field), .invalidValue(_, _, let field, _, _):
      return field
    case .profileInTwoAccounts: return "account"
    }
  }

  /// A short name of the kind of error, for counting rejections by reason
  /// (`"invalid value for 'position'"`, `"unknown field 'foo'"`).
  public var category: String {
    switch self {
    case .cannotOpen: return "cannot open"
    case .cannotWrite: return "cannot write"
    case .malformedJSON: return "malformed JSON"
    case .unknownEventType: return "unknown event type"
    case .unknownField(_, _, let field, _): return "unknown field '\(field)'"
    case .missingField(_, _, let field, _): return "missing field '\(field)'"
    case .duplicateField(_, _, let field): return "duplicate field '\(field)'"
    case .invalidValue(_, _, let field, _, _): return "invalid value for '\(field)'"
    case .profileInTwoAccounts: return "profile in two accounts"
    case .lineTooLong: return "line too long"
    }
  }

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the file (\(reason))"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write the file (\(reason))"
    case .malformedJSON(let path, let line, let field, let column, let expected, let found):
      let place = field.map { "field '\($0)'" } ?? "outside any field"
      return "\(path):\(line):\(column): \(place): not valid JSON: expected \(expected), "
        + "found \(found)"
    case .unknownEventType(let path, let line, let found):
      return "\(path):\(line): field 'type': unknown event type '\(found)'; expected one of "
        + EventType.allCases.map(\.rawValue).joined(separator: ", ")
    case .unknownField(let path, let line, let field, let type):
      if let type {
        let allowed =
          EventType(rawValue: type).map {
            "; \(type) events have " + $0.fields.map(\.field.name).joined(separator: ", ")
              + " besides v, id, ts, type, source, account, profile"
          } ?? ""
        return "\(path):\(line): field '\(field)': not a field of \(type) events\(allowed)"
      }
      return "\(path):\(line): field '\(field)': not a field of the event schema; remove it "
        + "or check its spelling"
    case .missingField(let path, let line, let field, let type):
      return "\(path):\(line): field '\(field)': required for \(type) events but absent"
    case .duplicateField(let path, let line, let field):
      return "\(path):\(line): field '\(field)': appears more than once in the object"
    case .invalidValue(let path, let line, let field, let expected, let found):
      return "\(path):\(line): field '\(field)': expected \(expected), found \(found)"
    case .profileInTwoAccounts(
      let path, let line, let profile, let account, let first, let firstLine):
      return "\(path):\(line): field 'account': profile '\(profile)' belongs to account "
        + "'\(first)' (line \(firstLine)), but this line says '\(account)'"
    case .lineTooLong(let path, let line, let bytes, let limit):
      return "\(path):\(line): the line is \(bytes) bytes, longer than the \(limit)-byte limit "
        + "for one event"
    }
  }
}
