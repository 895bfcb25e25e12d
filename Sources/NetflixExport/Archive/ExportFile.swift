/// One file of an export: where it sits in the export's layout and its
/// bytes.
public struct ExportFile: Sendable, Equatable {
  /// The path inside the export from its layout folder on, as Netflix
  /// writes it (`CONTENT_INTERACTION/ViewingActivity.csv`); a ZIP's or
  /// folder's own leading folders are left out.
  public let path: String
  /// Where the file is, for messages: the export's path and the entry
  /// (`export.zip/CONTENT_INTERACTION/ViewingActivity.csv`).
  public let location: String
  /// The file's bytes.
  public let bytes: [UInt8]

  /// Creates a file.
  public init(path: String, location: String, bytes: [UInt8]) {
    self.path = path
    self.location = location
    self.bytes = bytes
  }

  /// The file's name without its folder.
  public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}
