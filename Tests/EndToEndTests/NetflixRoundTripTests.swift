import Foundation
import TestSupport
import Testing

/// A simulated persona's data written as a Netflix export and read back:
/// what the platform infers from the export alone agrees with what the run
/// found — rhythms, devices, places and viewer counts — so a class can
/// practise on a persona's export before their own.
@Suite("Netflix export round trip: run → export → import", .serialized)
struct NetflixRoundTripTests {
  /// The traits the export carries everything for.
  static let compared = [
    "active hours", "active days", "weekday/weekend", "binge propensity", "sleep window", "home region",
    "time zone", "viewers", "people in the account", "children",
  ]

  @Test("the imported export gives the run's rhythms, devices, places and viewer counts",
        arguments: [("binge-watcher.yaml", "alex"), ("shared-family-profile.yaml", "family")])
  func roundTrip(scenario: String, profile: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-roundtrip-\(ProcessInfo.processInfo.processIdentifier)-\(profile)")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = folder.appendingPathComponent("run").path
    let zip = folder.appendingPathComponent("export.zip").path
    let imported = folder.appendingPathComponent("imported").path
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/\(scenario)").path
    let ran = try GlasshouseCommandTests.run(["run", path, "--days", "21", "--crowd", "60", "--out", run])
    #expect(ran.status == 0 || ran.status == 1, "\(ran.error)")
    let exported = try GlasshouseCommandTests.run(["export", profile, "--run", run, "--format", "netflix", "--out", zip])
    #expect(exported.status == 0, "\(exported.error)")
    // The run folder as the title catalog: the export names titles from it.
    let read = try GlasshouseCommandTests.run(["import", "netflix", zip, "--out", imported, "--titles", run])
    #expect(read.status == 0, "\(read.error)")

    // The run's beliefs about every profile of the account, by profile name.
    let events = try String(contentsOfFile: run + "/events.jsonl", encoding: .utf8).split(separator: "\n")
      .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    let account = try #require(events.first { $0["profile"] as? String == profile }?["account"] as? String)
    var names: [String: String] = [:]
    for event in events where event["account"] as? String == account && event["type"] as? String == "profile_settings" {
      if let id = event["profile"] as? String, let name = event["profile_name"] as? String { names[id] = name }
    }
    let assessment = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: run + "/assessment.json"))) as? [String: Any])
    let persona = try #require((assessment["personas"] as? [[String: Any]])?.first { $0["profile"] as? String == profile })
    let runBeliefs = try #require(persona["beliefs"] as? [[String: Any]])
    let profiles = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: imported + "/profile.json"))) as? [[String: Any]])
    let name = try #require(names[profile])
    let importedBeliefs = try #require(profiles.first { $0["name"] as? String == name }?["traits"] as? [[String: Any]])
    #expect(profiles.count == names.count, "one imported profile per profile of the account")

    func values(_ beliefs: [[String: Any]], _ trait: String) -> [String] {
      beliefs.filter { $0["name"] as? String == trait }.compactMap { $0["value"] as? String }
    }
    for trait in Self.compared {
      #expect(values(importedBeliefs, trait) == values(runBeliefs, trait), "\(scenario): \(trait)")
    }
    // Devices by type and operating system family (the export names the
    // device, not its OS version).
    func deviceTypes(_ beliefs: [[String: Any]]) -> [String] {
      values(beliefs, "devices").flatMap { $0.components(separatedBy: ", ") }.map { String($0.prefix { $0 != " " }) }
    }
    #expect(deviceTypes(importedBeliefs) == deviceTypes(runBeliefs), "\(scenario): devices")
    #expect(!deviceTypes(runBeliefs).isEmpty)
  }
}
