/// Why an interaction-matrix export or a factor folder could not be written
/// or read; every message names the file (and line and field where there is
/// one), what was expected and what was found.
public enum InterchangeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file or folder could not be read or written.
  case cannotAccess(path: String, reason: String)
  /// A required file is missing from a folder.
  case missingFile(folder: String, file: String, hint: String)
  /// A line of a CSV file is wrong: `field` is the column name (or
  /// `columns` when the count of fields is wrong).
  case malformedLine(path: String, line: Int, field: String, expected: String, found: String)
  /// A JSON description file is not what was expected.
  case malformedManifest(path: String, reason: String)
  /// Factor rows and their description disagree in width.
  case dimensionMismatch(path: String, line: Int, expected: Int, found: Int, reason: String)
  /// A factor row names an index and id that the consumer's id map does
  /// not have at that index.
  case idMismatch(path: String, line: Int, field: String, index: Int, found: String, expected: String?, map: String)
  /// The same index appears twice (`firstPath` when first seen in another file).
  case duplicateIndex(path: String, line: Int, index: Int, firstLine: Int, firstPath: String?)
  /// The matrix cannot be expressed in Spark's confidence model.
  case unsupportedConfidence(reason: String)

  /// The message for a person.
  public var description: String {
    switch self {
    case .cannotAccess(let path, let reason):
      return "\(path): \(reason)"
    case .missingFile(let folder, let file, let hint):
      return "\(folder): no \(file); \(hint)"
    case .malformedLine(let path, let line, let field, let expected, let found):
      return "\(path):\(line): field `\(field)`: expected \(expected), found \(found.isEmpty ? "nothing" : "`\(found)`")"
    case .malformedManifest(let path, let reason):
      return "\(path): \(reason)"
    case .dimensionMismatch(let path, let line, let expected, let found, let reason):
      return "\(path):\(line): \(reason): expected \(expected) factors, found \(found)"
    case .idMismatch(let path, let line, let field, let index, let found, let expected, let map):
      let there = expected.map { "is `\($0)` in \(map)" } ?? "is beyond the \(map)"
      return "\(path):\(line): field `\(field)`: index \(index) is `\(found)` here but \(there); "
        + "the factors were trained on a different matrix export — export the matrix again and retrain"
    case .duplicateIndex(let path, let line, let index, let firstLine, let firstPath):
      return "\(path):\(line): field `index`: index \(index) appears again (first on "
        + (firstPath.map { "\($0):\(firstLine)" } ?? "line \(firstLine)") + ")"
    case .unsupportedConfidence(let reason):
      return reason
    }
  }
}
