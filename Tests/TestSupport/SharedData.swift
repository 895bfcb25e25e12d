import Foundation

/// Locates `../shared/data` beside the repository: present for developers
/// and CI, absent in a user's clone. Tests that need it are named with
/// "SharedData" and skipped, with a printed message, when it is missing.
public enum SharedData {
  /// The repository root, found from this file's location.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/data` beside the repository.
  public static let directory: URL = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data")

  /// The path of a file under `shared/data`.
  public static func path(_ relative: String) -> String {
    directory.appendingPathComponent(relative).path
  }

  /// Whether a file under `shared/data` exists; prints a visible SKIPPED
  /// line when it does not.
  public static func isAvailable(_ relative: String) -> Bool {
    let present = FileManager.default.fileExists(atPath: path(relative))
    if !present {
      print("SKIPPED: shared data not found at \(path(relative)); tests marked SharedData did not run")
    }
    return present
  }
}
