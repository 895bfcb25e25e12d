import Foundation

/// Where test files are written and where the repository is.
enum TestFiles {
  /// The repository root, found from this file's path.
  static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shared ml-latest-small `movies.csv`, next to the repository.
  static let sharedMovies = repository.deletingLastPathComponent()
    .appendingPathComponent("shared/data/ml-latest-small/movies.csv").standardizedFileURL.path

  /// Whether the shared data is present.
  static let sharedDataPresent: Bool = {
    let present = FileManager.default.fileExists(atPath: sharedMovies)
    if !present { print("SKIPPED: shared data not found at \(sharedMovies)") }
    return present
  }()

  /// Writes bytes to a fresh file with a given name and returns its path.
  static func write(_ bytes: [UInt8], named name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-catalog-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Writes UTF-8 text to a fresh file with a given name.
  static func write(_ text: String, named name: String) throws -> String {
    try write(Array(text.utf8), named: name)
  }

  /// Latin-1 bytes of a text whose characters are all below U+0100.
  static func latin1(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { UInt8($0.value) }
  }
}
