import Catalog

/// What can be wrong with a scenario file. Every message names the file,
/// line and column, what was expected and what was found, and suggests the
/// likely intended word for a typo.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case cannotRead(path: String, reason: String)
  /// The file is not valid YAML.
  case syntax(path: String, line: Int, column: Int, problem: String)
  /// A mapping has a key the format does not define.
  case unknownKey(
    path: String, line: Int, column: Int, key: String, context: String, suggestion: String?)
  /// A mapping lacks a required key.
  case missingKey(path: String, line: Int, column: Int, key: String, context: String)
  /// A value has the wrong shape (a list where a number belongs, ...).
  case wrongType(path: String, line: Int, column: Int, field: String, expected: String, found: String)
  /// A value has the right shape but is not allowed (out of range, not one
  /// of the choices).
  case invalidValue(
    path: String, line: Int, column: Int, field: String, expected: String, found: String,
    suggestion: String?)
  /// Something that must be unique (a key, a persona id, a profile id)
  /// appears twice.
  case duplicate(path: String, line: Int, column: Int, what: String, name: String)
  /// Keys that exclude each other appear together, or none of a required
  /// choice appears.
  case conflictingKeys(path: String, line: Int, column: Int, keys: [String], context: String)
  /// A name refers to a persona or profile the scenario does not define.
  case unknownReference(
    path: String, line: Int, column: Int, field: String, name: String, kind: String,
    suggestion: String?)
  /// A file the scenario refers to does not exist.
  case missingFile(path: String, line: Int, column: Int, field: String, file: String)
  /// A catalog file the scenario refers to has a problem.
  case catalog(CatalogError)
  /// A path uses a parameter (`${name}`) that was not given on the command
  /// line; `description` says what to pass.
  case missingParameter(path: String, line: Int, column: Int, field: String, name: String, description: String)

  /// The line of the problem in the scenario file, when it has one.
  public var line: Int? {
    switch self {
    case .syntax(_, let line, _, _), .unknownKey(_, let line, _, _, _, _),
      .missingKey(_, let line, _, _, _), .wrongType(_, let line, _, _, _, _),
      .invalidValue(_, let line, _, _, _, _, _), .duplicate(_, let line, _, _, _),
      .conflictingKeys(_, let line, _, _, _), .unknownReference(_, let line, _, _, _, _, _),
      .missingFile(_, let line, _, _, _), .missingParameter(_, let line, _, _, _, _):
      return line
    case .cannotRead, .catalog: return nil
    }
  }

  /// The column of the problem in the scenario file, when it has one.
  public var column: Int? {
    switch self {
    case .syntax(_, _, let column, _), .unknownKey(_, _, let column, _, _, _),
      .missingKey(_, _, let column, _, _), .wrongType(_, _, let column, _, _, _),
      .invalidValue(_, _, let column, _, _, _, _), .duplicate(_, _, let column, _, _),
      .conflictingKeys(_, _, let column, _, _), .unknownReference(_, _, let column, _, _, _, _),
      .missingFile(_, _, let column, _, _), .missingParameter(_, _, let column, _, _, _):
      return column
    case .cannotRead, .catalog: return nil
    }
  }

  /// A message a person can act on.
  public var description: String {
    func hint(_ suggestion: String?) -> String {
      suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
    switch self {
    case .cannotRead(let path, let reason):
      return "\(path): cannot read the scenario (\(reason))"
    case .syntax(let path, let line, let column, let problem):
      return "\(path):\(line):\(column): not valid YAML: \(problem)"
    case .unknownKey(let path, let line, let column, let key, let context, let suggestion):
      return "\(path):\(line):\(column): unknown key '\(key)' in \(context)\(hint(suggestion))"
    case .missingKey(let path, let line, let column, let key, let context):
      return "\(path):\(line):\(column): \(context) needs the key '\(key)'"
    case .wrongType(let path, let line, let column, let field, let expected, let found):
      return "\(path):\(line):\(column): '\(field)' must be \(expected), found \(found)"
    case .invalidValue(
      let path, let line, let column, let field, let expected, let found, let suggestion):
      return "\(path):\(line):\(column): '\(field)' must be \(expected), found \(found)"
        + hint(suggestion)
    case .duplicate(let path, let line, let column, let what, let name):
      return "\(path):\(line):\(column): \(what) '\(name)' appears more than once"
    case .conflictingKeys(let path, let line, let column, let keys, let context):
      return "\(path):\(line):\(column): \(context) needs exactly one of "
        + keys.map { "'\($0)'" }.joined(separator: ", ")
    case .unknownReference(
      let path, let line, let column, let field, let name, let kind, let suggestion):
      return "\(path):\(line):\(column): '\(field)' names \(kind) '\(name)', which the scenario "
        + "does not define\(hint(suggestion))"
    case .missingFile(let path, let line, let column, let field, let file):
      return "\(path):\(line):\(column): '\(field)' refers to \(file), which does not exist"
    case .catalog(let error):
      return error.description
    case .missingParameter(let path, let line, let column, let field, let name, let description):
      return "\(path):\(line):\(column): '\(field)' uses the parameter '\(name)' (\(description)), which was "
        + "not given; pass it with --param \(name)=VALUE"
    }
  }

  init(_ issue: DocumentIssue) {
    let (path, line, column) = (issue.path, issue.line, issue.column)
    switch issue.kind {
    case .syntax(let problem):
      self = .syntax(path: path, line: line, column: column, problem: problem)
    case .unknownKey(let key, let context, let suggestion):
      self = .unknownKey(
        path: path, line: line, column: column, key: key, context: context, suggestion: suggestion)
    case .missingKey(let key, let context):
      self = .missingKey(path: path, line: line, column: column, key: key, context: context)
    case .wrongType(let field, let expected, let found):
      self = .wrongType(
        path: path, line: line, column: column, field: field, expected: expected, found: found)
    case .invalidValue(let field, let expected, let found, let suggestion):
      self = .invalidValue(
        path: path, line: line, column: column, field: field, expected: expected, found: found,
        suggestion: suggestion)
    case .duplicate(let what, let name):
      self = .duplicate(path: path, line: line, column: column, what: what, name: name)
    case .conflictingKeys(let keys, let context):
      self = .conflictingKeys(path: path, line: line, column: column, keys: keys, context: context)
    case .unknownReference(let field, let name, let kind, let suggestion):
      self = .unknownReference(
        path: path, line: line, column: column, field: field, name: name, kind: kind,
        suggestion: suggestion)
    case .missingFile(let field, let file):
      self = .missingFile(path: path, line: line, column: column, field: field, file: file)
    }
  }
}
