import Foundation
import TestSupport
import Testing

/// `explain`, `whatif` and `export --run` on a run folder with a truncated or
/// corrupted file exit 65 naming the file and what is wrong — never a crash
/// or an answer from damaged data (issue 15, item 11).
@Suite("damaged run folders are refused")
struct DamagedRunFolderTests {
  static let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path

  /// A short run, made once for the suite.
  static let original: String = {
    let folder = NSTemporaryDirectory() + "glasshouse-damaged-\(ProcessInfo.processInfo.processIdentifier)"
    let result = try? GlasshouseCommandTests.run(
      ["run", scenario, "--days", "7", "--crowd", "40", "--threads", "2", "--out", folder])
    precondition(result.map { $0.status == 0 || $0.status == 1 } ?? false, "run failed: \(String(describing: result?.error))")
    return folder
  }()

  /// Ways of damaging a file.
  enum Damage: String, CaseIterable, CustomTestStringConvertible {
    /// Cut to half its length (mid-line).
    case truncated
    /// 32 bytes in the middle overwritten with bytes that are not UTF-8.
    case garbage
    /// Cut to its first line (a whole line, so only counts can tell).
    case firstLineOnly

    var testDescription: String { rawValue }

    func apply(to path: String) throws {
      var data = try Data(contentsOf: URL(fileURLWithPath: path))
      switch self {
      case .truncated: data = data.prefix(data.count / 2)
      case .garbage:
        let start = data.count / 2
        data.replaceSubrange(start..<min(data.count, start + 32), with: [UInt8](repeating: 0xFF, count: 32))
      case .firstLineOnly:
        data = data.prefix(through: data.firstIndex(of: UInt8(ascii: "\n")) ?? data.count - 1)
      }
      try data.write(to: URL(fileURLWithPath: path))
    }
  }

  /// A copy of the run folder with one file damaged; with
  /// `keepsSizes: false` run.json's record of file sizes is taken out first
  /// (as in a folder written before run.json recorded them).
  static func damagedCopy(_ file: String, _ damage: Damage, keepsSizes: Bool = true) throws -> String {
    let copy = NSTemporaryDirectory() + "glasshouse-damaged-copy-\(UUID().uuidString)"
    try FileManager.default.copyItem(atPath: original, toPath: copy)
    if !keepsSizes {
      let manifest = URL(fileURLWithPath: copy + "/run.json")
      var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
      object["files"] = nil
      try JSONSerialization.data(withJSONObject: object).write(to: manifest)
    }
    try damage.apply(to: copy + "/" + file)
    return copy
  }

  static let commands: [[String]] = [
    ["explain", "--profile", "alex", "--scenario", scenario, "--run"],
    ["whatif", "--profile", "alex", "--without", "genre=Horror", "--scenario", scenario, "--run"],
    ["export", "alex", "--run"],
  ]

  @Test("the undamaged folder works with every command")
  func whole() throws {
    for command in Self.commands {
      let result = try GlasshouseCommandTests.run(command + [Self.original])
      #expect(result.status == 0, "\(command[0]): \(result.error)")
    }
  }

  @Test(
    "a damaged file gives exit 65 and a message naming it, for explain, whatif and export",
    arguments: ["events.jsonl", "assessment.json", "model/profiles.tsv", "model/titles.tsv", "run.json", "scenario.yaml"],
    Damage.allCases)
  func damaged(file: String, damage: Damage) throws {
    let copy = try Self.damagedCopy(file, damage)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    for command in Self.commands {
      let result = try GlasshouseCommandTests.run(command + [copy])
      #expect(result.status == 65, "\(command[0]) on \(damage) \(file): \(result.status) \(result.error)")
      #expect(result.error.contains(copy + "/" + file), "\(command[0]) on \(damage) \(file): \(result.error)")
    }
  }

  @Test(
    "without run.json's file sizes, the contents themselves give the damage away",
    arguments: ["events.jsonl", "assessment.json", "model/profiles.tsv", "model/titles.tsv"], Damage.allCases)
  func damagedWithoutSizes(file: String, damage: Damage) throws {
    let copy = try Self.damagedCopy(file, damage, keepsSizes: false)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let result = try GlasshouseCommandTests.run(Self.commands[0] + [copy])
    #expect(result.status == 65, "explain on \(damage) \(file): \(result.status) \(result.error)")
    #expect(result.error.contains(copy + "/" + file), "explain on \(damage) \(file): \(result.error)")
  }
}
