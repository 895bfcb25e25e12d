import Foundation
import TestSupport
import Testing

/// `glasshouse import netflix EXPORT --out DIR --crowd CROWD`, run as a
/// person would: the profiles of a made-up export placed among a hand-made
/// MovieLens crowd (Tests/NetflixExportTests/Fixtures/crowd, whose README
/// gives its rule: women rate romance, men action, ages unrelated).
@Suite("glasshouse import netflix --crowd, end to end")
struct CrowdImportCommandTests {
  static let fixtures = SharedData.repositoryRoot.appendingPathComponent("Tests/NetflixExportTests/Fixtures/crowd")
  static var export: String { fixtures.appendingPathComponent("export").path }

  /// A fresh parent folder and the DIR inside it.
  static func output() throws -> (parent: URL, out: String) {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("crowd-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    return (parent, parent.appendingPathComponent("me").path)
  }

  /// profile.json, by profile name.
  static func profiles(_ out: String) throws -> [String: [String: Any]] {
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/profile.json")))
        as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as? String ?? "", $0) })
  }

  static func trait(_ profile: [String: Any]?, _ name: String) -> [String: Any]? {
    (profile?["traits"] as? [[String: Any]])?.first { $0["name"] as? String == name }
  }

  /// The lines of one profile's section of the narrative.
  static func section(_ output: String, _ name: String) -> [Substring] {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(name.uppercased() + " — profile") }) else { return [] }
    let end = lines[(start + 1)...].firstIndex { $0.isEmpty } ?? lines.endIndex
    return Array(lines[start..<end])
  }

  @Test("a 100K crowd: Rosa, who watched romance, is guessed female above the base rate, with accuracy and base rate printed")
  func hundredK() throws {
    let (parent, out) = try Self.output()
    defer { try? FileManager.default.removeItem(at: parent) }
    let crowd = Self.fixtures.appendingPathComponent("ml-100k").path
    let result = try GlasshouseCommandTests.run(["import", "netflix", Self.export, "--out", out, "--crowd", crowd])
    #expect(result.status == 0, "\(result.error)")
    // Titles are matched against the crowd's movies when --titles is not given.
    #expect(result.output.contains("Titles: 15 matched, 1 unmatched against \(crowd)/u.item"))
    #expect(result.output.contains("Crowd: MovieLens 100K in \(crowd): 60 people, 600 ratings of 24 movies; "
      + "ages and genders of 60 from \(crowd)/u.user. Trained on this machine; nothing was sent anywhere."))
    // Nothing written outside DIR.
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["me"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      == ["events.jsonl", "import.json", "profile.json", "rejects.jsonl", "report.html", "titles.json"])
    // report.html shows the crowd's guesses, each with its cross-validated skill.
    let report = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(report.contains("What a platform that learned from these 60 people (MovieLens 100K) would guess"))
    #expect(report.contains("You are female.") && report.contains("in 5-fold cross-validation; always answering"))

    // explain on the folder places the profile among the same crowd again.
    let rosaID = try #require((try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: out + "/profile.json"))) as? [[String: Any]])?
      .first { $0["name"] as? String == "Rosa" }?["profile"] as? String)
    let explained = try GlasshouseCommandTests.run(["explain", "--run", out, "--profile", rosaID])
    #expect(explained.status == 0 && explained.output.contains("gender: female"), "\(explained.error)")
    let rosa = Self.section(result.output, "Rosa")
    let header = "  A platform that learned from these 60 people (MovieLens 100K) would guess, from the 8 of this"
      + " profile's titles among the 24 movies they rated:"
    let at = try #require(rosa.firstIndex { $0 == header }, "\(rosa.joined(separator: "\n"))")
    let guess = try #require(rosa[at...].first { $0.hasPrefix("    gender: ") })
    #expect(guess.hasPrefix("    gender: female (confidence "))
    // The classifier's cross-validated accuracy and the base rate, beside the guess.
    let skill = try #require(rosa[at...].first { $0.contains("-fold cross-validation") })
    #expect(skill.hasPrefix("      right for ") && skill.hasSuffix("always guessing \"male\" is right for 60%"))
    #expect(rosa[at...].contains { $0.hasPrefix("    taste vector: strongest directions: ") })
    #expect(rosa[at...].contains { $0.hasPrefix("    age band: ") && $0.contains("— no better than guessing") })

    let profiles = try Self.profiles(out)
    let gender = try #require(Self.trait(profiles["Rosa"], "gender"))
    #expect(gender["value"] as? String == "female")
    let standing = try #require(profiles["Rosa"]?["crowd"] as? [String: Any])
    let skills = try #require((standing["crowd"] as? [String: Any])?["skills"] as? [[String: Any]])
    let genderSkill = try #require(skills.first { $0["trait"] as? String == "gender" })
    let baseRate = try #require(genderSkill["commonestShare"] as? Double)
    #expect(try #require(gender["confidence"] as? Double) > baseRate)
    #expect(try #require(genderSkill["accuracy"] as? Double) > baseRate)
    #expect(standing["titlesFolded"] as? Int == 8)
    #expect(Set(standing["guessed"] as? [String] ?? []) == ["gender", "age band", "taste vector"])
    #expect(Self.trait(profiles["Rosa"], "taste vector") != nil)
    #expect(Self.trait(profiles["Max"], "gender")?["value"] as? String == "male")
  }

  @Test("the 1M layout of the same crowd prints the same beliefs")
  func millionReadsTheSame() throws {
    var outputs: [String] = []
    for name in ["ml-100k", "ml-1m"] {
      let (parent, out) = try Self.output()
      defer { try? FileManager.default.removeItem(at: parent) }
      let crowd = Self.fixtures.appendingPathComponent(name).path
      let result = try GlasshouseCommandTests.run(["import", "netflix", Self.export, "--out", out, "--crowd", crowd])
      #expect(result.status == 0, "\(result.error)")
      // Everything but the lines naming the files, the DIR and the release.
      outputs.append(result.output.split(separator: "\n")
        .filter { !$0.hasPrefix("Titles:") && !$0.hasPrefix("Crowd:") && !$0.contains(out) }
        .joined(separator: "\n").replacingOccurrences(of: "MovieLens 1M", with: "MovieLens 100K"))
    }
    #expect(outputs[0].contains("gender: female"))
    #expect(outputs[0] == outputs[1])
  }

  @Test("--titles other than the crowd's movies file is refused, and nothing is written")
  func titlesMustBeTheCrowds() throws {
    let (parent, out) = try Self.output()
    defer { try? FileManager.default.removeItem(at: parent) }
    let crowd = Self.fixtures.appendingPathComponent("ml-100k").path
    let other = Self.fixtures.deletingLastPathComponent().appendingPathComponent("catalog/movies.csv").path
    let refused = try GlasshouseCommandTests.run(
      ["import", "netflix", Self.export, "--out", out, "--crowd", crowd, "--titles", other])
    #expect(refused.status == 64)
    #expect(refused.error.contains("is not the crowd's movies file \(crowd)/u.item"))
    let notACrowd = try GlasshouseCommandTests.run(
      ["import", "netflix", Self.export, "--out", out, "--crowd", Self.fixtures.path])
    #expect(notACrowd.status == 65)
    #expect(notACrowd.error.contains("\(Self.fixtures.path): no MovieLens ratings"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    // The crowd's own movies file as --titles is the same as leaving it out.
    let same = try GlasshouseCommandTests.run(
      ["import", "netflix", Self.export, "--out", out, "--crowd", crowd, "--titles", crowd + "/u.item"])
    #expect(same.status == 0, "\(same.error)")
  }

  @Test("ml-latest-small: a taste vector for each profile and no demographic guess (SharedData)",
        .enabled(if: SharedData.isAvailable("ml-latest-small/ratings.csv")))
  func latestSmallSharedData() throws {
    let (parent, out) = try Self.output()
    defer { try? FileManager.default.removeItem(at: parent) }
    let crowd = SharedData.path("ml-latest-small")
    let result = try GlasshouseCommandTests.run(["import", "netflix", Self.export, "--out", out, "--crowd", crowd])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Crowd: MovieLens latest in \(crowd): 610 people"))
    #expect(result.output.contains("no users file, so no ages or genders"))
    for name in ["Rosa", "Max"] {
      let section = Self.section(result.output, name)
      #expect(section.contains { $0.hasPrefix("    taste vector: strongest directions: ") })
      #expect(!section.contains { $0.hasPrefix("    gender: ") || $0.hasPrefix("    age band: ") })
      #expect(section.contains {
        $0 == "  Not guessed: age band and gender. MovieLens latest has no users file (u.user or users.dat),"
          + " and without people's ages and genders no demographic guess is possible."
      })
    }
    let profiles = try Self.profiles(out)
    #expect(Self.trait(profiles["Rosa"], "taste vector") != nil && Self.trait(profiles["Rosa"], "gender") == nil)
    let standing = profiles["Rosa"]?["crowd"] as? [String: Any]
    #expect(((standing?["crowd"] as? [String: Any])?["skills"] as? [Any])?.isEmpty == true)
  }
}
