import Foundation

/// An output folder written all at once: files go into a hidden sibling
/// staging folder (`.NAME.partial-PID`), which replaces the target only when
/// everything is written, so a command that fails half way never leaves
/// half-written outputs.
struct StagedFolder {
  /// The folder replaced at the end.
  let target: URL

  /// Stages the folder at `path`.
  init(path: String) {
    target = URL(fileURLWithPath: path)
  }

  /// The hidden sibling folder everything is written into first.
  var staging: URL {
    target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
  }

  /// Creates a fresh, empty staging folder (and the target's parent).
  func begin() throws {
    let manager = FileManager.default
    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? manager.removeItem(at: staging)
    try manager.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// Removes the staging folder of a command that failed.
  func discard() {
    try? FileManager.default.removeItem(at: staging)
  }

  /// Replaces the target with the staging folder.
  func commit() throws {
    let manager = FileManager.default
    if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
    try manager.moveItem(at: staging, to: target)
  }
}
