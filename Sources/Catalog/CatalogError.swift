import Support

/// What can go wrong building or loading a catalog. Every message names the
/// file and, for content errors, the line (and column in YAML and JSON
/// files), says what was expected and what was found.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// The file holds no titles.
  case empty(path: String)
  /// The file is not one of the MovieLens catalog layouts.
  case unknownLayout(path: String, firstLine: String)
  /// A problem at a place in a file: a MovieLens line that cannot be
  /// parsed, or a YAML or JSON document that does not parse, has an unknown
  /// or missing key, a value of the wrong shape or not allowed, or the same
  /// name twice.
  case located(LocatedIssue)
  /// Two titles share an id.
  case duplicateTitle(id: String)
  /// Two artwork variants share an id.
  case duplicateArtwork(id: String)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the file (\(reason))"
    case .empty(let path):
      return "\(path): the file holds no titles"
    case .unknownLayout(let path, let firstLine):
      return "\(path): not a recognised MovieLens catalog (expected movies.csv with the header "
        + "'movieId,title,genres', u.item with 24 '|'-separated fields, or movies.dat with '::'); "
        + "first line: '\(firstLine.prefix(80))'"
    case .located(let issue):
      return issue.description
    case .duplicateTitle(let id):
      return "two titles share the id '\(id)'; title ids must be unique"
    case .duplicateArtwork(let id):
      return "two artwork variants share the id '\(id)'; artwork ids must be unique"
    }
  }
}

extension CatalogError {
  /// A line of a MovieLens file whose field is not what the layout allows.
  public static func malformedLine(
    path: String, line: Int, field: String, expected: String, found: String
  ) -> CatalogError {
    .located(.malformedLine(path: path, line: line, field: field, expected: expected, found: found))
  }
}
