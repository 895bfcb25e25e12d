import Catalog

extension CatalogError {
  /// The file the error names, when it names one.
  public var namedPath: String? {
    switch self {
    case .cannotOpen(let path, _), .malformedLine(let path, _, _, _, _), .empty(let path),
      .unknownLayout(let path, _), .syntax(let path, _, _, _), .unknownKey(let path, _, _, _, _, _),
      .missingKey(let path, _, _, _, _), .wrongType(let path, _, _, _, _, _),
      .invalidValue(let path, _, _, _, _, _, _), .duplicate(let path, _, _, _, _):
      return path
    case .duplicateTitle, .duplicateArtwork:
      return nil
    }
  }

  /// The line and column the error points at, for errors inside a YAML or
  /// JSON document.
  public var position: (line: Int, column: Int)? {
    switch self {
    case .syntax(_, let line, let column, _), .unknownKey(_, let line, let column, _, _, _),
      .missingKey(_, let line, let column, _, _), .wrongType(_, let line, let column, _, _, _),
      .invalidValue(_, let line, let column, _, _, _, _), .duplicate(_, let line, let column, _, _):
      return (line, column)
    case .cannotOpen, .malformedLine, .empty, .unknownLayout, .duplicateTitle, .duplicateArtwork:
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
