import Foundation
import TestSupport
import Testing

/// Every bundled scenario, run short: what the platform is said to believe
/// agrees with itself on screen, in assessment.json and in report.html.
@Suite("Bundled scenarios: one belief model on every screen", .serialized)
struct BundledScenarioBeliefsTests {
  /// The bundled scenarios that run without ../shared.
  static let scenarios: [String] = {
    let folder = SharedData.repositoryRoot.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") && $0 != "movielens-replay.yaml" }.sorted()
  }()

  /// A run of a scenario at two weeks and a crowd of 60: its terminal
  /// output, assessment.json and report.html.
  static func run(_ name: String) throws -> (output: String, assessment: [String: Any], report: String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-beliefs-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/\(name)").path
    let result = try GlasshouseCommandTests.run(["run", path, "--days", "14", "--crowd", "60", "--out", folder.path])
    // 1: an expectation failed, as a two-week run may.
    #expect(result.status == 0 || result.status == 1, "\(name): \(result.error)")
    let data = try Data(contentsOf: folder.appendingPathComponent("assessment.json"))
    let assessment = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let report = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
    return (result.output, assessment, report)
  }

  @Test("top genre = first genre affinity listed; no sleep window over 12 h; report.html holds every expectation printed",
        arguments: scenarios)
  func consistent(scenario: String) throws {
    let (output, assessment, report) = try Self.run(scenario)
    let personas = try #require(assessment["personas"] as? [[String: Any]])
    for persona in personas {
      let name = persona["persona"] as? String ?? "?"
      // The beliefs that answer for the persona: their own viewer's on a
      // shared profile, else the profile's.
      let viewer = (persona["viewer"] as? [String: Any])?["viewer"] as? [String: Any]
      let beliefs = try #require((viewer?["beliefs"] ?? persona["beliefs"]) as? [[String: Any]])
      let firstAffinity = beliefs.first { $0["name"] as? String == "genre affinity" }?["value"] as? String
      let comparisons = try #require(persona["comparisons"] as? [[String: Any]])
      if let top = comparisons.first(where: { $0["trait"] as? String == "top genre" }) {
        #expect(top["inferred"] as? String == (firstAffinity ?? "—"), "\(scenario): \(name)'s top genre")
      }
      let allBeliefs = (persona["beliefs"] as? [[String: Any]] ?? []) + (viewer?["beliefs"] as? [[String: Any]] ?? [])
      for belief in allBeliefs where belief["name"] as? String == "sleep window" {
        let hours = try #require(belief["score"] as? Double)
        #expect(hours <= 12 && hours >= 4, "\(scenario): \(name)'s sleep window is \(hours) h")
      }
    }
    // One genre ranking on every screen: the report's genre reading names the
    // profile's first genre affinity as its top genre, never a ratio (lift).
    #expect(!report.contains("times its share"), "\(scenario): a lift reading is back")
    for persona in personas {
      guard let top = (persona["topGenres"] as? [String])?.first, report.contains("the platform&#39;s top genre") else { continue }
      #expect(report.contains("most of it is \(top) (") && report.contains("also the platform&#39;s top genre")
        || report.contains("the platform&#39;s top genre is \(top) ("), "\(scenario): the genre reading's top genre is not \(top)")
    }
    let printed = output.split(separator: "\n").filter { $0.hasPrefix("  PASS ") || $0.hasPrefix("  FAIL ") }.count
    let shown = report.components(separatedBy: "class=\"badge pass\"").count - 1
      + report.components(separatedBy: "class=\"badge fail\"").count - 1
    #expect(printed == shown, "\(scenario): \(printed) expectations printed, \(shown) in report.html")
  }

  @Test("two people on one profile get their own blocks: each their own viewer, Jo's kids' profile shown too")
  func sharedProfile() throws {
    let (output, assessment, _) = try Self.run("shared-family-profile.yaml")
    let personas = try #require(assessment["personas"] as? [[String: Any]])
    let blocks = output.components(separatedBy: "\n\n").filter { $0.hasPrefix("SAM —") || $0.hasPrefix("JO —") }
    #expect(blocks.count == 2)
    if blocks.count == 2 {
      let bodies = blocks.map { $0.split(separator: "\n").dropFirst().joined(separator: "\n") }
      #expect(bodies[0] != bodies[1], "the two persona blocks are word for word the same")
    }
    let jo = try #require(personas.first { $0["persona"] as? String == "jo" })
    let others = try #require(jo["otherProfiles"] as? [[String: Any]])
    let kids = try #require(others.first { $0["profile"] as? String == "jo-kids" })
    let kidsBeliefs = try #require(kids["beliefs"] as? [[String: Any]])
    #expect(kidsBeliefs.contains { $0["name"] as? String == "age band" && $0["value"] as? String == "under-18" })
    // Where the platform tells the two apart, each is attached to a different viewer.
    let viewers = personas.compactMap { ($0["viewer"] as? [String: Any])?["viewer"] as? [String: Any] }
      .compactMap { $0["description"] as? String }
    if viewers.count == 2 { #expect(viewers[0] != viewers[1]) }
  }
}
