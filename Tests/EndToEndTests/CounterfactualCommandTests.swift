import Foundation
import TestSupport
import Testing

/// `glasshouse explain` and `glasshouse whatif` on a short binge-watcher run.
@Suite("glasshouse explain and whatif, end to end")
struct CounterfactualCommandTests {
  static let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path

  /// A 7-day run with a small crowd, made once for the suite.
  static let folder: String = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-cf-\(ProcessInfo.processInfo.processIdentifier)").path
    let result = try? GlasshouseCommandTests.run([
      "run", scenario, "--days", "7", "--crowd", "40", "--threads", "2", "--out", folder,
    ])
    // 1 means an expectation failed, which a 7-day run may well do.
    precondition(
      result.map { $0.status == 0 || $0.status == 1 } ?? false,
      "glasshouse run failed: \(String(describing: result?.error))")
    return folder
  }()

  static func run(_ arguments: [String]) throws -> GlasshouseCommandTests.Result {
    try GlasshouseCommandTests.run(arguments + ["--run", folder, "--scenario", scenario])
  }

  @Test("run writes run.json with the events of each day")
  func manifest() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder).appendingPathComponent("run.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let days = try #require(object["eventsPerDay"] as? [Int])
    #expect(days.count == 7)
    #expect(object["events"] as? Int == days.reduce(0, +))
  }

  @Test("explain lists recommendations with reasons and inferences with evidence; --title explains one title")
  func explain() throws {
    let text = try Self.run(["explain", "--profile", "alex"])
    #expect(text.status == 0, "\(text.error)")
    #expect(text.output.contains("Top recommendations"))
    // Replaying events.jsonl day by day gives back model/profiles.tsv.
    #expect(!text.error.contains("warning"), "\(text.error)")
    #expect(text.output.contains("because you watched"))
    #expect(text.output.contains("genre affinity"))
    let titled = try Self.run(["explain", "--profile", "alex", "--title", "Crown of Orchard"])
    #expect(titled.status == 0, "\(titled.error)")
    #expect(titled.output.contains("Why \"Crown of Orchard\""))
    #expect(titled.output.contains("artwork:"))
    let json = try Self.run(["explain", "--profile", "alex", "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["view"] != nil)
  }

  @Test("whatif shows before | after | changed? and Horror leaves alex's genres without the horror plays and ratings")
  func whatif() throws {
    let result = try Self.run(["whatif", "--profile", "alex", "--without", "genre=Horror,type=playback|rating"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("before"))
    #expect(result.output.contains("changed?"))
    let horror = result.output.split(separator: "\n").first { $0.hasPrefix("genre affinity: Horror") }
    #expect(horror.map { $0.contains("—") && $0.hasSuffix("yes") } == true)
    let nothing = try Self.run(["whatif", "--profile", "alex", "--without", "after=2100-01-01", "--format", "json"])
    #expect(nothing.status == 0)
    #expect(nothing.output.contains("\"changed\" : false"))
    #expect(!nothing.output.contains("\"changed\" : true"))
  }

  @Test("bad folders, profiles, titles and filters exit 65 and say what exists; bad usage exits 64")
  func errors() throws {
    let profile = try Self.run(["explain", "--profile", "nobody"])
    #expect(profile.status == 65)
    #expect(profile.error.contains("alex"))
    let title = try Self.run(["explain", "--profile", "alex", "--title", "No Such Title"])
    #expect(title.status == 65)
    let filter = try Self.run(["whatif", "--profile", "alex", "--without", "genre=Horrror"])
    #expect(filter.status == 65)
    #expect(filter.error.contains("Horror"))
    let key = try Self.run(["whatif", "--profile", "alex", "--without", "colour=red"])
    #expect(key.status == 65)
    #expect(key.error.contains("genre"))
    let folder = try GlasshouseCommandTests.run(["explain", "--run", "/nonexistent/run", "--profile", "alex"])
    #expect(folder.status == 65)
    #expect(folder.error.contains("glasshouse run"))
    let usage = try GlasshouseCommandTests.run(["whatif", "--run", Self.folder, "--profile", "alex"])
    #expect(usage.status == 64)
    let help = try GlasshouseCommandTests.run(["whatif", "--help"])
    #expect(help.status == 0 && help.output.contains("genre=Horror"))
  }
}
