/// What can go wrong building or loading a catalog. Every message names the
/// file and, for content errors, the line (and column in YAML and JSON
/// files), says what was expected and what was found.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// A line of a MovieLens file could not be parsed.
  case malformedLine(path: String, line: Int, field: String, expected: String, found: String)
  /// The file holds no titles.
  case empty(path: String)
  /// The file is not one of the MovieLens catalog layouts.
  case unknownLayout(path: String, firstLine: String)
  /// A YAML or JSON file could not be parsed at all.
  case syntax(path: String, line: Int, column: Int, problem: String)
  /// A mapping has a key the format does not define.
  case unknownKey(
    path: String, line: Int, column: Int, key: String, context: String, suggestion: String?)
  /// A mapping lacks a key the format requires.
  case missingKey(path: String, line: Int, column: Int, key: String, context: String)
  /// A value has the wrong shape (a list where a number belongs, ...).
  case wrongType(path: String, line: Int, column: Int, field: String, expected: String, found: String)
  /// A value has the right shape but is not allowed (out of range, not one
  /// of the choices).
  case invalidValue(
    path: String, line: Int, column: Int, field: String, expected: String, found: String,
    suggestion: String?)
  /// Something that must be unique appears twice in a file.
  case duplicate(path: String, line: Int, column: Int, what: String, name: String)
  /// Two titles share an id.
  case duplicateTitle(id: String)
  /// Two artwork variants share an id.
  case duplicateArtwork(id: String)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the file (\(reason))"
    case .malformedLine(let path, let line, let field, let expected, let found):
      return "\(path):\(line): field '\(field)': expected \(expected), found '\(found)'"
    case .empty(let path):
      return "\(path): the file holds no titles"
    case .unknownLayout(let path, let firstLine):
      return "\(path): not a recognised MovieLens catalog (expected movies.csv with the header "
        + "'movieId,title,genres', u.item with 24 '|'-separated fields, or movies.dat with '::'); "
        + "first line: '\(firstLine.prefix(80))'"
    case .syntax(let path, let line, let column, let problem):
      return "\(path):\(line):\(column): not valid YAML or JSON: \(problem)"
    case .unknownKey(let path, let line, let column, let key, let context, let suggestion):
      return "\(path):\(line):\(column): unknown key '\(key)' in \(context)"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .missingKey(let path, let line, let column, let key, let context):
      return "\(path):\(line):\(column): \(context) needs the key '\(key)'"
    case .wrongType(let path, let line, let column, let field, let expected, let found):
      return "\(path):\(line):\(column): '\(field)' must be \(expected), found \(found)"
    case .invalidValue(
      let path, let line, let column, let field, let expected, let found, let suggestion):
      return "\(path):\(line):\(column): '\(field)' must be \(expected), found \(found)"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .duplicate(let path, let line, let column, let what, let name):
      return "\(path):\(line):\(column): \(what) '\(name)' appears more than once"
    case .duplicateTitle(let id):
      return "two titles share the id '\(id)'; title ids must be unique"
    case .duplicateArtwork(let id):
      return "two artwork variants share the id '\(id)'; artwork ids must be unique"
    }
  }
}
