import Support

/// What can go wrong reading a dataset file; every message names the file,
/// and for content errors the line and field, and says what was expected.
public enum DatasetError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The file does not exist.
  case noSuchFile(path: String)
  /// The file could not be opened for another reason.
  case cannotOpen(path: String, reason: String)
  /// A line could not be parsed: its file, line and field, what was
  /// expected and what was found.
  case located(LocatedIssue)
  /// The file holds no data lines.
  case empty(path: String)
  /// The file's layout could not be recognised.
  case unknownLayout(path: String, firstLine: String)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .noSuchFile(let path):
      return "\(path): no such file"
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the file (\(reason))"
    case .located(let issue):
      return issue.description
    case .empty(let path):
      return "\(path): the file holds no data lines"
    case .unknownLayout(let path, let firstLine):
      return "\(path): not a recognised interaction layout (expected MovieLens u.data with tabs, "
        + "ratings.csv with a header, or ratings.dat with '::'); first line: '\(firstLine.prefix(80))'"
    }
  }
}

extension DatasetError {
  /// A line whose field is not what the layout allows.
  public static func malformedLine(
    path: String, line: Int, field: String, expected: String, found: String
  ) -> DatasetError {
    .located(.malformedLine(path: path, line: line, field: field, expected: expected, found: found))
  }

  /// The dataset error for a file that could not be opened.
  public init(_ error: FileOpenError) {
    switch error {
    case .noSuchFile(let path): self = .noSuchFile(path: path)
    case .cannotOpen(let path, let reason): self = .cannotOpen(path: path, reason: reason)
    }
  }
}
