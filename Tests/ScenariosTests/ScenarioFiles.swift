import Foundation

/// Test files: the repository, and scenario text written to fresh folders.
enum ScenarioFiles {
  /// The repository root, found from this file's path.
  static let repository: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Writes text to `name` in a fresh folder and returns the path.
  static func write(_ text: String, named name: String = "scenario.yaml") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-scenario-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// A valid minimal scenario, with extra text appended at the top level.
  static func minimal(_ extra: String = "") -> String {
    """
    name: Minimal
    catalog:
      generate: {size: 50}
    personas:
      - id: alex
        age_band: 25-34
        gender: female
    \(extra)
    """
  }
}
