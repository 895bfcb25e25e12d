import Events
import Foundation
import NetflixExport
import TestSupport
import Testing

/// `glasshouse import netflix`, run as a person would run it.
@Suite("glasshouse import netflix, end to end")
struct ImportCommandTests {
  static func run(_ arguments: [String]) throws -> GlasshouseProcess.Result {
    try GlasshouseProcess.run(arguments)
  }

  @Test("the ZIP imports into DIR only, the first line says it is personal data, and validate accepts the log")
  func importZIP() throws {
    let zip = try Fixture.exportZIP()
    let parent = Fixture.temporaryFolder()
    let out = parent.appendingPathComponent("me").path
    let before = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: zip).deletingLastPathComponent().path)
    let result = try Self.run(["import", "netflix", zip, "--out", out, "--titles", Fixture.catalog])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.split(separator: "\n").first?.hasPrefix("Personal data: \(out)/ holds personal data") == true)
    #expect(result.output.contains("Titles: 5 matched, 2 unmatched"))
    // Nothing written outside DIR: the parent holds DIR alone (no staging left),
    // the export's folder is unchanged, DIR holds the three files.
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["me"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: zip).deletingLastPathComponent().path) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      == ["events.jsonl", "import.json", "profile.json", "rejects.jsonl", "report.html", "titles.json"])
    // report.html: the notice first, a card per profile, nothing loaded from anywhere.
    let report = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(report.contains("holds personal data") && report.contains("<h3>Kids</h3>") && report.contains("You are under 18."))
    #expect(report.contains("Content-Security-Policy") && !report.contains("<script"))
    #expect(report.range(of: "holds personal data")!.lowerBound < report.range(of: "<h3>")!.lowerBound)
    // What a platform could infer, per profile, from the log alone: the kids'
    // profile's age band from its settings, Anna's home from her addresses.
    #expect(result.output.contains("KIDS — profile \(ExportIdentity.profile("Kids"))"))
    #expect(result.output.contains("age band: under-18 (confidence 0.95) ← the profile is set up as a kids' profile"))
    let profiles = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/profile.json"))) as? [[String: Any]])
    #expect(profiles.compactMap { $0["name"] as? String } == ["Anna", "Ben", "Kids"])
    let annaTraits = try #require(profiles.first { $0["name"] as? String == "Anna" }?["traits"] as? [[String: Any]])
    let home = annaTraits.first { $0["name"] as? String == "home region" }
    #expect(home?["value"] as? String == "Berlin, DE")
    #expect(!annaTraits.contains { $0["name"] as? String == "gender" })
    let validate = try Self.run(["validate", out + "/events.jsonl"])
    #expect(validate.status == 0, "\(validate.output)")
    #expect(validate.output.contains("0 rejected"))
    let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/import.json"))) as? [String: Any]
    #expect(summary?["rejected"] as? Int == 3)
    let rejects = try String(contentsOfFile: out + "/rejects.jsonl", encoding: .utf8).split(separator: "\n")
    #expect(rejects.count == 3)
    // explain and whatif work on the folder as on a run's: the events behind
    // each inference, and what changes without some of them.
    let kids = ExportIdentity.profile("Kids"), anna = ExportIdentity.profile("Anna")
    let explain = try Self.run(["explain", "--run", out, "--profile", kids])
    #expect(explain.status == 0, "\(explain.error)")
    #expect(explain.output.contains("age band: under-18") && explain.output.contains("imported data has no recommendation model"))
    let whatif = try Self.run(["whatif", "--run", out, "--profile", anna, "--without", "device=tv", "--format", "json"])
    #expect(whatif.status == 0, "\(whatif.error)")
    let comparison = try JSONSerialization.jsonObject(with: Data(whatif.output.utf8)) as? [String: Any]
    let rows = comparison?["inferences"] as? [[String: Any]] ?? []
    #expect(rows.contains { $0["label"] as? String == "devices" && $0["changed"] as? Bool == true })
    let held = try Self.run(["export", anna, "--run", out])
    #expect(held.status == 0 && held.output.contains("Anna"), "\(held.error)")
    let typo = try Self.run(["whatif", "--run", out, "--profile", anna, "--without", "devce=tv"])
    #expect(typo.status == 65 && typo.error.contains("did you mean `device`"), "\(typo.error)")
    // A second import replaces the earlier one.
    #expect(try Self.run(["import", "netflix", zip, "--out", out]).status == 0)
  }

  @Test("bad input is exit 65 with the file named, and nothing is written")
  func badInput() throws {
    let parent = Fixture.temporaryFolder()
    let notZIP = parent.appendingPathComponent("export.zip")
    try Data("not a zip".utf8).write(to: notZIP)
    let result = try Self.run(["import", "netflix", notZIP.path, "--out", parent.appendingPathComponent("out").path])
    #expect(result.status == 65)
    #expect(result.error.contains("export.zip: not a readable ZIP archive"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["export.zip"])
  }

  @Test("an output folder that is the export, or holds other things, is refused")
  func outputChecks() throws {
    let zip = try Fixture.exportZIP()
    let folder = URL(fileURLWithPath: zip).deletingLastPathComponent().path
    #expect(try Self.run(["import", "netflix", zip, "--out", folder]).status == 64)
    #expect(try Self.run(["import", "netflix", Fixture.exportFolder, "--out", Fixture.exportFolder]).status == 64)
  }
}
