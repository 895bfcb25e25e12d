import Events
import Foundation
import TestSupport
import Testing

/// Runs the built `glasshouse` binary as a user would.
@Suite("glasshouse command, end to end")
struct GlasshouseCommandTests {
  typealias Result = GlasshouseProcess.Result

  /// The binary beside the test bundle.
  static var binary: URL { GlasshouseProcess.binary }

  /// Runs the binary (``GlasshouseProcess/run(_:in:)``).
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
    try GlasshouseProcess.run(arguments, in: directory)
  }

  @Test("every scenario in Scenarios/ validates")
  func scenariosValidate() throws {
    let folder = SharedData.repositoryRoot.appendingPathComponent("Scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.map { folder.appendingPathComponent($0).path }
    #expect(!files.isEmpty)
    let result = try Self.run(["validate"] + files)
    #expect(result.status == 0, "\(result.output)\(result.error)")
  }

  @Test("a scenario with a typo fails validation with its line and a suggestion")
  func typo() throws {
    let path = TemporaryFile.write("name: x\ndescription: y\nseed: 1\ndays: 3\npersonnas: []\n", name: "typo") + ".yaml"
    try FileManager.default.moveItem(atPath: String(path.dropLast(5)), toPath: path)
    let result = try Self.run(["validate", path])
    #expect(result.status == 65)
    #expect(result.output.contains(":5:"))
    #expect(result.output.contains("personas"))
  }

  @Test("factorize on generated data prints recommendations and timings as JSON")
  func factorize() throws {
    let text = try Self.run(["factorize", "--iterations", "3", "--factors", "8"])
    #expect(text.status == 0)
    #expect(text.output.contains("of the recommendations fall in it"))
    let json = try Self.run(["factorize", "--iterations", "2", "--factors", "8", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["users"] as? Int == 2_000)
  }

  @Test("evaluate demographics writes its simulated sample as MovieLens 100K files that read back the same")
  func demographicsSample() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-sample-\(ProcessInfo.processInfo.processIdentifier)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let settings = ["--folds", "2", "--factors", "8", "--json"]
    let simulated = try Self.run(["evaluate", "demographics", "--simulated", "60", "--write-sample", folder] + settings)
    #expect(simulated.status == 0, "\(simulated.error)")
    let users = try String(contentsOfFile: folder + "/u.user", encoding: .utf8).split(separator: "\n")
    #expect(users.count == 60)
    #expect(users.allSatisfy { $0.split(separator: "|").count == 5 })
    let files = try Self.run(
      ["evaluate", "demographics", "--ratings", folder + "/u.data", "--users", folder + "/u.user"] + settings)
    #expect(files.status == 0, "\(files.error)")
    // The same members, ratings and true classes come back from the files.
    func summary(_ json: String) throws -> [String] {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
      let data = object["dataSet"] as? [String: Any] ?? [:]
      let gender = object["gender"] as? [String: Any] ?? [:]
      let band = object["ageBand"] as? [String: Any] ?? [:]
      return ["\(data["members"] ?? "")", "\(data["ratings"] ?? "")", "\(gender["classCounts"] ?? "")",
              "\(band["classCounts"] ?? "")"]
    }
    let expected = try summary(simulated.output)
    #expect(expected[0] == "60")
    #expect(try summary(files.output) == expected)
    let refused = try Self.run(["evaluate", "demographics", "--write-sample", folder, "--ratings", "a", "--users", "b"])
    #expect(refused.status != 0 && refused.error.contains("--write-sample needs --simulated"))
  }

  @Test("bad input exits 65 with the file, line and field")
  func badInput() throws {
    let path = TemporaryFile.write("1\t2\t3\t4\n1\t2\tthree\t4\n")
    let result = try Self.run(["factorize", path])
    #expect(result.status == 65)
    #expect(result.error.contains("\(path):2: field 'value'"))
  }

  @Test("export shows a profile's data grouped, from an event log")
  func export() throws {
    let path = NSTemporaryDirectory() + "glasshouse-export-\(UUID().uuidString).jsonl"
    let events = [
      Event(id: "e1", timestamp: Timestamp("2026-03-01T20:15:00+01:00")!, account: "a", profile: "alex",
            payload: .search(query: "haunted", clicked: nil)),
      Event(id: "e2", timestamp: Timestamp("2026-03-01T20:16:00+01:00")!, account: "a", profile: nil,
            payload: .partnerRecord(partner: "BrokerCo", partnerKind: .dataBroker, attributeKind: .interest,
                                    attributes: ["interest": "horror"])),
    ]
    try EventLogWriter.write(events, to: path)
    let text = try Self.run(["export", "alex", "--events", path])
    #expect(text.status == 0, "\(text.error)")
    #expect(text.output.contains("COLLECTED AUTOMATICALLY"))
    #expect(text.output.contains("\"haunted\""))
    #expect(text.output.contains("interest=horror"))
    let json = try Self.run(["export", "alex", "--events", path, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["records"] as? Int == 2)
    let missing = try Self.run(["export", "nobody", "--events", path])
    #expect(missing.status == 65)
    #expect(missing.error.contains("a/alex"))
  }

  @Test("run writes every output, byte-identical logs whatever the thread count, and exit 0 or 1 by expectations")
  func runScenario() throws {
    let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path
    var logs: [Data] = []
    for threads in ["1", "2"] {
      let out = NSTemporaryDirectory() + "glasshouse-run-\(UUID().uuidString)"
      let result = try Self.run(["run", scenario, "--out", out, "--days", "7", "--crowd", "40", "--threads", threads])
      #expect(result.status == 0 || result.status == 1, "\(result.error)")
      #expect(result.output.contains("ALEX"))
      #expect(result.output.contains("Expectations:"))
      for file in ["report.html", "events.jsonl", "rejects.jsonl", "assessment.json", "summary.txt", "model/profiles.tsv"] {
        #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
      }
      if result.status == 1 { #expect(result.error.contains("expectation failed")) }
      logs.append(try Data(contentsOf: URL(fileURLWithPath: out + "/events.jsonl")))
      let export = try Self.run(["export", "alex", "--run", out])
      #expect(export.status == 0)
      #expect(export.output.contains("DEVICE AND CONNECTION INFORMATION"))
    }
    #expect(logs[0] == logs[1])
    #expect(!logs[0].isEmpty)
  }

  @Test("a scenario with recipients reports where the data went and writes flows.json")
  func runDataFlows() throws {
    let scenario = SharedData.repositoryRoot.appendingPathComponent("Scenarios/ad-sale.yaml").path
    let out = NSTemporaryDirectory() + "glasshouse-flows-\(UUID().uuidString)"
    let result = try Self.run(["run", scenario, "--out", out, "--days", "7", "--crowd", "40"])
    #expect(result.status == 0 || result.status == 1, "\(result.error)")
    #expect(result.output.contains("Where the data goes — ") && !result.output.contains("Where the data went:"))
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/flows.json"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["flows"] != nil)
    #expect((object?["expectations"] as? [Any])?.isEmpty == false)
  }

  @Test("run rejects an invalid scenario with exit 65 and its line")
  func runInvalid() throws {
    let path = NSTemporaryDirectory() + "bad-\(UUID().uuidString).yaml"
    try "name: x\ndays: two\n".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try Self.run(["run", path])
    #expect(result.status == 65)
    #expect(result.error.contains("\(path):2"))
  }
}

