import Catalog
import Support

/// What can be wrong with a scenario file. Every located message names the
/// file, line and column and the field, what was expected and what was
/// found, and suggests the likely intended word for a typo.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case cannotRead(path: String, reason: String)
  /// A problem at a place in the scenario file: YAML that does not parse, an
  /// unknown or missing key, a value of the wrong shape or not allowed, a
  /// name defined twice or not at all, keys that exclude each other, a file
  /// that does not exist, a parameter (`${name}`) that was not given.
  case located(LocatedIssue)
  /// A catalog file the scenario refers to has a problem.
  case catalog(CatalogError)

  /// The line of the problem in the scenario file, when it has one.
  public var line: Int? {
    if case .located(let issue) = self { issue.line } else { nil }
  }

  /// The column of the problem in the scenario file, when it has one.
  public var column: Int? {
    if case .located(let issue) = self { issue.column } else { nil }
  }

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      return "\(path): cannot read the scenario (\(reason))"
    case .located(let issue):
      return issue.description
    case .catalog(let error):
      return error.description
    }
  }

  /// A path that uses a parameter (`${name}`) that was not given on the
  /// command line; the message says what to pass.
  static func missingParameter(
    path: String, line: Int, column: Int, field: String, name: String, description: String
  ) -> ScenarioError {
    .located(
      LocatedIssue(
        path: path, line: line, column: column, field: field,
        message: "'\(field)' uses the parameter '\(name)' (\(description)), which was not given; "
          + "pass it with --param \(name)=VALUE"))
  }

  init(_ issue: DocumentIssue) {
    self = .located(issue.located(format: "YAML", document: "the scenario"))
  }
}
