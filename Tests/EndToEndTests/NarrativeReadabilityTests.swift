import Foundation
import TestSupport
import Testing

/// What a class reads on the terminal: `glasshouse run` and `glasshouse
/// explain` over every bundled scenario, at the scenario's own length,
/// checked for raw ids where a name exists, counts that add up and nouns
/// that agree with their numbers. The report has its own checks
/// (ReportTests' ReadabilityTests); these use the same ideas on the text a
/// teacher projects from a terminal.
@Suite("Readability of the terminal narrative over every bundled scenario", .serialized)
struct NarrativeReadabilityTests {
  /// What one scenario printed, and the ids its log holds.
  struct Printed: Sendable {
    let file: String
    /// `run`'s standard output, then `explain`'s for the first persona's
    /// profile.
    let run: String, explain: String
    /// The log's device ids (from `session_start`) and event ids.
    let devices: Set<String>, eventIDs: Set<String>
    /// For one scenario: `explain --title` on the first recommendation, as
    /// text and as JSON, and that title's catalog id.
    var focus: (text: String, json: String, title: String)? = nil
  }

  /// The bundled scenarios; movielens-replay only when ../shared holds its
  /// ratings (skipped with a printed SKIPPED line otherwise).
  static let scenarios: [String] = {
    let folder = SharedData.repositoryRoot.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let ratings = SharedData.isAvailable("ml-latest-small/ratings.csv")
    return names.filter { $0.hasSuffix(".yaml") && (ratings || $0 != "movielens-replay.yaml") }.sorted()
  }()

  /// Every scenario run once at its own length, with its explanation.
  static let printed = Result<[Printed], any Error> { try scenarios.map(print) }

  /// Runs one scenario and explains its first persona's profile.
  static func print(_ file: String) throws -> Printed {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-narrative-\(ProcessInfo.processInfo.processIdentifier)-\(file)")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/\(file)").path
    var arguments = ["run", path, "--out", folder.path]
    if file == "movielens-replay.yaml" { arguments += ["--param", "ratings=" + SharedData.path("ml-latest-small")] }
    let run = try GlasshouseProcess.run(arguments)
    // 1: an expectation failed; the text is still what a class reads.
    guard run.status == 0 || run.status == 1 else {
      throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(file): \(run.error)"])
    }
    var devices: Set<String> = [], eventIDs: Set<String> = []
    let log = try String(contentsOf: folder.appendingPathComponent("events.jsonl"), encoding: .utf8)
    // Each line is `{"v":1,"id":"0-6-10","ts":…,"type":"session_start",…,"device":"h0tv",…}`;
    // read the two fields by hand (a JSON parse of every line is the
    // slowest part of the test).
    func field(_ name: String, in line: Substring) -> Substring? {
      guard let start = line.range(of: "\"\(name)\":\"") else { return nil }
      let rest = line[start.upperBound...]
      return rest.firstIndex(of: "\"").map { rest[..<$0] }
    }
    for line in log.split(separator: "\n") {
      if let id = field("id", in: line) { eventIDs.insert(String(id)) }
      if line.contains("\"type\":\"session_start\""), let device = field("device", in: line) {
        devices.insert(String(device))
      }
    }
    let profile = run.output.firstMatch(of: /\n[A-Z][A-Z0-9 _-]* — profile ([^,\s]+),/).map { String($0.output.1) }
    var explain = ""
    if let profile {
      let result = try GlasshouseProcess.run(["explain", "--run", folder.path, "--profile", profile])
      #expect(result.status == 0, "\(file): explain failed: \(result.error)")
      explain = result.output
    }
    var printed = Printed(file: file, run: run.output, explain: explain, devices: devices, eventIDs: eventIDs)
    if file == "shared-family-profile.yaml", let profile,
      let first = explain.firstMatch(of: /\n  1\. (.+?) \[/).map({ String($0.output.1) })
    {
      let asked = ["explain", "--run", folder.path, "--profile", profile, "--title", first]
      let text = try GlasshouseProcess.run(asked), json = try GlasshouseProcess.run(asked + ["--format", "json"])
      let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
      let title = (object?["focus"] as? [String: Any])?["title"] as? String ?? ""
      printed.focus = (text.output, json.output, title)
    }
    return printed
  }

  /// The whole words of a text (letters, digits, `-`, `_`).
  static func words(_ text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init))
  }

  /// `12,345` → 12345.
  static func number(_ text: Substring) -> Int? { Int(text.replacingOccurrences(of: ",", with: "")) }

  @Test("no raw device id or event id where the log has a name or a time for it")
  func noRawIDs() throws {
    for printed in try Self.printed.get() {
      for (command, text) in [("run", printed.run), ("explain", printed.explain)] {
        let words = Self.words(text)
        let devices = words.intersection(printed.devices)
        #expect(devices.isEmpty, "\(printed.file): \(command) shows device ids raw: \(devices.sorted().prefix(5))")
        let events = words.filter { $0.firstMatch(of: /^[0-9]+-[0-9]+-[0-9]+$/) != nil }.intersection(printed.eventIDs)
        #expect(events.isEmpty, "\(printed.file): \(command) shows event ids raw: \(events.sorted().prefix(5))")
      }
    }
  }

  @Test("explain names a title without its catalog id; --format json keeps the ids")
  func explainTitle() throws {
    let printed = try #require(try Self.printed.get().first { $0.file == "shared-family-profile.yaml" })
    let focus = try #require(printed.focus, "explain --title did not run")
    #expect(!focus.title.isEmpty)
    let why = try #require(focus.text.split(separator: "\n").first { $0.hasPrefix("Why ") })
    #expect(!Self.words(String(why)).contains(focus.title), "“\(why)” shows the title's id \(focus.title)")
    // What a program reads keeps the ids the text replaced.
    #expect(focus.json.contains("\"title\" : \"\(focus.title)\"") || focus.json.contains("\"title\":\"\(focus.title)\""))
    let ids = Self.words(focus.json).intersection(printed.eventIDs)
    #expect(!ids.isEmpty, "explain --format json lists no event ids")
  }

  @Test("counts add up: items = the sum of their kinds; a part never exceeds its whole")
  func counts() throws {
    var breakdowns = 0
    for printed in try Self.printed.get() {
      let text = printed.run + "\n" + printed.explain
      for line in text.split(separator: "\n") where line.contains("received ") {
        guard let match = line.firstMatch(of: /received ([0-9,]+) items?\b/), let total = Self.number(match.output.1)
        else { continue }
        // The kinds follow the last colon: "7 segments, 1 region and 2 device ids".
        let rest = line[match.range.upperBound...]
        guard let colon = rest.lastIndex(of: ":") else {
          Issue.record("\(printed.file): “\(line)” does not say what the items are")
          continue
        }
        let kinds = rest[rest.index(after: colon)...].replacingOccurrences(of: " and ", with: ", ")
        let parts = kinds.split(separator: ", ").map { part in
          part.firstMatch(of: /^\s*([0-9][0-9,]*) [A-Za-z]/).flatMap { Self.number($0.output.1) }
        }
        guard parts.allSatisfy({ $0 != nil }) else {
          Issue.record("\(printed.file): “\(line)” — a kind without its count")
          continue
        }
        let sum = parts.compactMap { $0 }.reduce(0, +)
        #expect(!parts.isEmpty && sum == total, "\(printed.file): “\(line)” — its kinds add up to \(sum), not \(total)")
        breakdowns += 1
      }
      // "9 of jo's 9 sessions", "64,193 of the 64,193 events".
      for match in text.matches(of: /\b([0-9][0-9,]*) of (?:the |[A-Za-z]+'s )?([0-9][0-9,]*) [a-z]/) {
        let part = Self.number(match.output.1) ?? 0, whole = Self.number(match.output.2) ?? 0
        #expect(part <= whole, "\(printed.file): “\(match.output.0)” — more than the whole")
      }
    }
    // The recipients' scenarios print breakdowns; a test that found none
    // checked nothing.
    #expect(breakdowns > 0)
  }

  @Test("nouns agree with their numbers: no “1 deliveries”, no “0 withheld”, thousands grouped")
  func grammar() throws {
    // Words ending in s that are not plurals.
    let singular: Set<String> = [
      "is", "was", "has", "does", "its", "this", "plus", "us", "yes", "less", "across", "address", "analysis", "class",
      "process", "news", "series", "always", "sure", "vs", "singles", "status", "focus", "whereas",
    ]
    for printed in try Self.printed.get() {
      let text = printed.run + "\n" + printed.explain
      for match in text.matches(of: /(^|[^0-9.,:\-])\b1 ([A-Za-z]+)/) {
        let word = String(match.output.2).lowercased()
        guard word.hasSuffix("s"), !singular.contains(word) else { continue }
        Issue.record("\(printed.file): “1 \(word)” — a singular count with a plural noun")
      }
      #expect(!text.contains(" 0 withheld"), "\(printed.file): says “0 withheld”")
      #expect(!text.contains("(s)"), "\(printed.file): a “(s)” plural")
      #expect(text.firstMatch(of: /\b1 deliveries|\b1 segments|\b1 profiles|below 1 profile/) == nil, "\(printed.file)")
      // Counts of a thousand or more are grouped ("64,193 events"), as in the report.
      for match in text.matches(of: /(?:^|[^0-9,.:\-])([0-9]{4,} (?:events|plays|profiles|sessions|items|records|keys|groups|titles|ratings))\b/) {
        Issue.record("\(printed.file): “\(match.output.1)” — a count without its thousands grouped")
      }
    }
  }
}
