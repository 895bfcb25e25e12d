import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An output folder (or a single output file, ``beginFile()``) written all
/// at once: files go into a hidden sibling staging folder
/// (`.NAME.partial-PID`), which replaces the target only when everything is
/// written, so a command that fails half way never leaves half-written
/// outputs.
///
/// SIGINT and SIGTERM remove the staging folder before the command exits
/// (``InterruptCleanup``); a staging folder left by a process that no
/// longer runs (killed with SIGKILL, or a crash) is removed by the next
/// ``begin()`` for the same target.
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
      .appendingPathComponent(Self.stagingName(of: target.lastPathComponent, process: getpid()))
  }

  /// The staging folder's name for a target name and process id.
  static func stagingName(of name: String, process: Int32) -> String {
    ".\(name).partial-\(process)"
  }

  /// Creates a fresh, empty staging folder (and the target's parent),
  /// removing stale ones of processes that have ended, and registers it for
  /// removal on SIGINT or SIGTERM.
  func begin() throws {
    try beginFile()
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// ``begin()`` for one output file: the staging path is left for the
  /// file itself (no folder is created there).
  func beginFile() throws {
    let manager = FileManager.default
    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    removeStaleStagingFolders()
    InterruptCleanup.begin(staging)
    try? manager.removeItem(at: staging)
  }

  /// Removes the staging folder of a command that failed.
  func discard() {
    InterruptCleanup.withFolders(ending: staging) {
      try? FileManager.default.removeItem(at: staging)
    }
  }

  /// Replaces the target with the staging folder.
  func commit() throws {
    try InterruptCleanup.withFolders(ending: staging) {
      let manager = FileManager.default
      if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
      try manager.moveItem(at: staging, to: target)
    }
  }

  /// The staging folders beside the target (`.NAME.partial-PID`) whose
  /// process is no longer running, as ``removeStaleStagingFolders()`` finds
  /// them.
  func staleStagingFolders() -> [URL] {
    let parent = target.deletingLastPathComponent()
    let prefix = Self.stagingName(of: target.lastPathComponent, process: 0).dropLast()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    return names.sorted().compactMap { name -> URL? in
      guard name.hasPrefix(prefix), let process = Int32(name.dropFirst(prefix.count)), process > 0,
            process != getpid(), !Self.isRunning(process)
      else { return nil }
      return parent.appendingPathComponent(name)
    }
  }

  /// Removes the staging folders of processes that have ended.
  private func removeStaleStagingFolders() {
    for folder in staleStagingFolders() { try? FileManager.default.removeItem(at: folder) }
  }

  /// Whether a process with this id exists (`kill(pid, 0)`: only "no such
  /// process" counts as ended; one of another user is running).
  static func isRunning(_ process: Int32) -> Bool {
    kill(process, 0) == 0 || errno != ESRCH
  }
}
