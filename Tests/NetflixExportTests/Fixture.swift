import Foundation
@testable import NetflixExport

/// The committed, made-up export and catalog, and temporary folders.
enum Fixture {
  /// The fixtures folder (copied into the test bundle's resources).
  static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }
  /// The export as an unpacked folder.
  static var exportFolder: String { root.appendingPathComponent("export").path }
  /// The hand-made MovieLens catalog.
  static var catalog: String { root.appendingPathComponent("catalog/movies.csv").path }

  /// A fresh empty temporary folder.
  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("netflix-export-test-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The folder export zipped (entries under `netflix-report/`), written to a temporary file.
  static func exportZIP() throws -> String {
    let archive = try ExportArchive.open(path: exportFolder)
    let data = try NetflixExportWriter.zip(archive.files, root: "netflix-report")
    let path = temporaryFolder().appendingPathComponent("netflix.zip").path
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  /// An export made of the given files (path → text).
  static func folder(_ files: [String: [UInt8]]) -> String {
    let root = temporaryFolder()
    for (path, bytes) in files {
      let url = root.appendingPathComponent(path)
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }
    return root.path
  }
}
