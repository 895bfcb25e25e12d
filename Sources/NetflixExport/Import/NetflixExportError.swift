import Catalog

/// Why an export could not be read or written as a whole. A problem in one
/// row is not an error but a ``RowReject``; these are the problems that
/// stop the import: the message names the file (and line and column when
/// there is one) and says what to do.
public enum NetflixExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path does not exist or cannot be read.
  case cannotOpen(path: String, reason: String)
  /// The file is not a readable ZIP archive (truncated, damaged, or not a ZIP at all).
  case notAnArchive(path: String, reason: String)
  /// One entry of the ZIP does not decompress or fails its checksum.
  case damagedEntry(path: String, reason: String)
  /// The ZIP or folder holds none of the files a Netflix export has.
  case notAnExport(path: String, found: [String])
  /// A CSV file is not UTF-8 text.
  case notUTF8(path: String, line: Int, column: Int)
  /// A CSV file has no header line.
  case noHeader(path: String)
  /// A column the file needs is not in its header.
  case missingColumn(path: String, column: String, found: [String])
  /// A quoted field is still open at the end of the file.
  case unclosedQuote(path: String, line: Int)
  /// The catalog given with `--titles` cannot be read.
  case titles(CatalogError)
  /// An output file cannot be written.
  case cannotWrite(path: String, reason: String)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the export (\(reason))"
    case .notAnArchive(let path, let reason):
      return "\(path): not a readable ZIP archive (\(reason)); download the export again, "
        + "or give the folder it unpacks to"
    case .damagedEntry(let path, let reason):
      return "\(path): the ZIP entry is damaged (\(reason)); download the export again"
    case .notAnExport(let path, let found):
      let listed = found.prefix(5).joined(separator: ", ")
      return "\(path): not a Netflix data export: none of its \(found.count) file(s) is one Netflix "
        + "writes (expected CONTENT_INTERACTION/ViewingActivity.csv and the like"
        + (found.isEmpty ? ")" : "; found \(listed)\(found.count > 5 ? ", …" : ""))")
    case .notUTF8(let path, let line, let column):
      return "\(path):\(line):\(column): not UTF-8 text; Netflix writes UTF-8, so the file was "
        + "re-saved in another encoding: save it as UTF-8 and import again"
    case .noHeader(let path):
      return "\(path):1: the file is empty; expected a header line naming its columns"
    case .missingColumn(let path, let column, let found):
      return "\(path):1: column '\(column)' is required but not in the header (found: "
        + found.map { "'\($0)'" }.joined(separator: ", ") + ")"
    case .unclosedQuote(let path, let line):
      return "\(path):\(line): a quoted field opened on this line is not closed before the end "
        + "of the file"
    case .titles(let error):
      return error.description
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write the file (\(reason))"
    }
  }
}
