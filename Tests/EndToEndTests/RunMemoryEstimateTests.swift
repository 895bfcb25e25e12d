import Foundation
import TestSupport
import Testing

@testable import GlasshouseCLI

/// `glasshouse run` estimates the memory a scenario needs before it starts
/// and refuses one that needs more than the machine has (issue 15, item 9).
@Suite("run's memory estimate")
struct RunMemoryEstimateTests {
  @Test("the estimate on hand-computed inputs")
  func handComputed() {
    // 38 MiB + 1,000 × 30 × 13.9 events × 434 B + 2,000 titles × 2,600 B + 1,000 × 2,000 × 12 B.
    let benchmark = RunMemoryEstimate(members: 1_000, days: 30, titles: 2_000)
    #expect(abs(benchmark.events - 417_000) < 1e-6)
    #expect(abs(benchmark.bytes - 250_023_888) < 1)
    #expect(benchmark.description == "about 238 MB (1,000 members × 30 days ≈ 417,000 events; 2,000 titles)")
    // Ten times the crowd: within 10% of the 2.1 GB measured (Docs/Simulation.md).
    let large = RunMemoryEstimate(members: 10_000, days: 30, titles: 2_000)
    #expect(abs(large.bytes - 2_094_825_888) < 1)
    #expect(abs(large.bytes / (2.1 * 1_073_741_824) - 1) < 0.1)
    // A million-member crowd for four weeks on 800 titles: about 166 GB.
    let million = RunMemoryEstimate(members: 1_000_001, days: 28, titles: 800)
    #expect(abs(million.bytes - 178_554_904_400.8) < 1)
    #expect(million.description.hasPrefix("about 166.3 GB (1,000,001 members × 28 days ≈ 389,200,000 events"))
    // Nothing simulated: the base alone.
    #expect(RunMemoryEstimate(members: 0, days: 1, titles: 0).bytes == 38 * 1_048_576)
  }

  @Test("the machine's memory is read, and is more than nothing")
  func available() {
    let bytes = RunMemoryEstimate.available()
    #expect(bytes > 64 * 1_048_576)
    #expect(bytes <= Double(ProcessInfo.processInfo.physicalMemory))
  }

  /// binge-watcher.yaml with one line changed.
  static func scenario(replacing old: String, with new: String) throws -> String {
    let original = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path
    let text = try String(contentsOfFile: original, encoding: .utf8)
    #expect(text.contains(old))
    let path = NSTemporaryDirectory() + "glasshouse-memory-\(UUID().uuidString).yaml"
    try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("a 1,000,000-member crowd is refused at once with exit 65, naming the scenario and the fields")
  func refusesMillionMembers() throws {
    let path = try Self.scenario(replacing: "  members: 1000", with: "  members: 1000000")
    let out = NSTemporaryDirectory() + "glasshouse-memory-out-\(UUID().uuidString)"
    let started = Date()
    let result = try GlasshouseCommandTests.run(["run", path, "--out", out])
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(result.status == 65, "\(result.error)")
    #expect(result.error.contains(path))
    #expect(result.error.contains("crowd: members (1,000,000)") && result.error.contains("days (28)"))
    #expect(result.error.contains("catalog: generate: size (800)"))
    #expect(result.error.contains("--force"))
    #expect(!FileManager.default.fileExists(atPath: out))
    // The same with --crowd on the command line names the option instead.
    let option = try GlasshouseCommandTests.run(
      ["run", SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path,
       "--crowd", "1000000", "--out", out])
    #expect(option.status == 65)
    #expect(option.error.contains("--crowd 1,000,000"), "\(option.error)")
  }

  @Test("a run that fits prints its estimate and goes ahead")
  func printsEstimate() throws {
    let out = NSTemporaryDirectory() + "glasshouse-memory-out-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let result = try GlasshouseCommandTests.run(
      ["run", SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path,
       "--days", "2", "--crowd", "5", "--out", out])
    #expect(result.status == 0 || result.status == 1, "\(result.error)")
    #expect(result.error.contains("estimated memory about"), "\(result.error)")
    #expect(result.error.contains("6 members × 2 days"))
  }
}
