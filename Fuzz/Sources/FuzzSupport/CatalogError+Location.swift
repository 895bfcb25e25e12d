import Catalog
import Support

extension CatalogError {
  /// The file the error names, when it names one.
  public var namedPath: String? {
    switch self {
    case .cannotOpen(let path, _), .empty(let path), .unknownLayout(let path, _):
      return path
    case .located(let issue):
      return issue.path
    case .duplicateTitle, .duplicateArtwork:
      return nil
    }
  }

  /// The line and column the error points at, for errors inside a YAML or
  /// JSON document (a located issue with a column; a CSV line error has
  /// none).
  public var position: (line: Int, column: Int)? {
    switch self {
    case .located(let issue):
      return issue.column.map { (issue.line, $0) }
    case .cannotOpen, .empty, .unknownLayout, .duplicateTitle, .duplicateArtwork:
      return nil
    }
  }

  /// Whether the error is about one place in a document (and must then
  /// name a field: its key, or the field path in the message).
  public var isWholeFile: Bool {
    switch self {
    case .cannotOpen, .empty, .unknownLayout: return true
    default: return false
    }
  }
}
