import Foundation
import TestSupport
import Testing

/// SIGINT and SIGTERM during `glasshouse run` leave nothing beside the output
/// folder, and a staging folder of a process that ended is cleaned up by the
/// next run (issue 15, item 3).
@Suite("an interrupted run leaves nothing behind")
struct InterruptTests {
  static let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path

  /// A fresh, empty folder to hold one run's output folder.
  static func parent(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "glasshouse-signal-\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Starts `glasshouse run` on a crowd large enough to take many seconds.
  static func start(out: String) throws -> Process {
    let process = Process()
    process.executableURL = GlasshouseCommandTests.binary
    process.arguments = ["run", scenario, "--out", out, "--days", "28", "--crowd", "3000", "--threads", "1"]
    var environment = ProcessInfo.processInfo.environment
    environment["GLASSHOUSE_KEEP_BLAS_KERNEL"] = "1"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Waits, polling every 50 ms for at most two minutes, until the run's
  /// staging folder holds a non-empty event log.
  static func waitForStaging(in parent: String, process: Process) -> Bool {
    let log = parent + "/.out.partial-\(process.processIdentifier)/events.jsonl"
    for _ in 0..<2400 where process.isRunning {
      let size = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? NSNumber)?.intValue ?? 0
      if size > 0 { return true }
      usleep(50_000)
    }
    return false
  }

  @Test("SIGTERM and SIGINT while the log is being written: exit 143 and 130, and the folder beside --out is empty", arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
  func interrupted(signal: Int32, status: Int32) throws {
    let parent = try Self.parent("\(signal)")
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let process = try Self.start(out: parent + "/out")
    #expect(Self.waitForStaging(in: parent, process: process), "the staging folder never got events")
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == status)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == [])
  }

  @Test("the next run removes a staging folder whose process has ended, and keeps one whose process runs")
  func staleStaging() throws {
    let parent = try Self.parent("stale")
    defer { try? FileManager.default.removeItem(atPath: parent) }
    // The id of a process that has certainly ended.
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    let dead = parent + "/.out.partial-\(ended.processIdentifier)"
    let alive = parent + "/.out.partial-\(ProcessInfo.processInfo.processIdentifier)"
    let other = parent + "/.other.partial-\(ended.processIdentifier)"
    for folder in [dead, alive, other] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try "{}\n".write(toFile: folder + "/events.jsonl", atomically: true, encoding: .utf8)
    }
    let result = try GlasshouseCommandTests.run(
      ["run", Self.scenario, "--out", parent + "/out", "--days", "2", "--crowd", "5"])
    #expect(result.status == 0 || result.status == 1, "\(result.error)")
    let left = try FileManager.default.contentsOfDirectory(atPath: parent).sorted()
    #expect(left == [".other.partial-\(ended.processIdentifier)", ".out.partial-\(ProcessInfo.processInfo.processIdentifier)", "out"].sorted())
  }
}
