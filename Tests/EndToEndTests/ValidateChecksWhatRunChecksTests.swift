import Foundation
import TestSupport
import Testing

/// `glasshouse validate SCENARIO` makes every check `glasshouse run` makes
/// before it simulates (issue 14): a file validate accepts does not fail
/// run with exit 65, and what fails run fails validate with the same
/// message, naming file, line, column and field.
@Suite("validate checks everything run checks before simulating, end to end")
struct ValidateChecksWhatRunChecksTests {
  /// The bundled searches-and-notifications scenario (Robin: tv and phone)
  /// with one text replaced, in a fresh folder; the line and column of the
  /// replacement.
  static func variant(replacing old: String, with new: String) throws -> (path: String, line: Int, column: Int) {
    let bundled = SharedData.repositoryRoot.appendingPathComponent("Scenarios/searches-and-notifications.yaml")
    let text = try String(contentsOf: bundled, encoding: .utf8)
    let range = try #require(text.range(of: old))
    let changed = text.replacingCharacters(in: range, with: new)
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
    let path = try file(changed, named: "scenario.yaml")
    return (path, line, column)
  }

  /// A file with `text` in a fresh folder.
  static func file(_ text: String, named name: String, in folder: String? = nil) throws -> String {
    let folder = folder ?? NSTemporaryDirectory() + "glasshouse-preflight-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// validate and run (which must stop before simulating) both exit 65
  /// with a message holding each of `expected`.
  static func bothRefuse(_ path: String, _ expected: [String]) throws {
    let validate = try GlasshouseCommandTests.run(["validate", path])
    #expect(validate.status == 65, "\(validate.output)")
    #expect(!validate.output.contains("scenario OK"))
    for text in expected { #expect(validate.output.contains(text), "validate: \(validate.output)") }
    let out = NSTemporaryDirectory() + "glasshouse-preflight-out-\(UUID().uuidString)"
    let run = try GlasshouseCommandTests.run(["run", path, "--out", out, "--days", "2", "--crowd", "5"])
    #expect(run.status == 65, "\(run.error)")
    for text in expected { #expect(run.error.contains(text), "run: \(run.error)") }
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("a reveals filter naming an unknown device fails validate (65) at its line and column, as it fails run")
  func unknownDevice() throws {
    let (path, line, column) = try Self.variant(replacing: "\"from=notification\"", with: "\"device=toaster\"")
    try Self.bothRefuse(path, ["\(path):\(line):\(column): 'reveals.without'", "unknown device `toaster`"])
  }

  @Test("a reveals filter naming a device no viewer of the subject's profile has fails validate and run before simulating")
  func deviceNobodyUses() throws {
    let (path, line, column) = try Self.variant(replacing: "\"from=notification\"", with: "\"device=console|tablet\"")
    try Self.bothRefuse(
      path,
      ["\(path):\(line):\(column): 'reveals.without'", "'device=console|tablet'", "persona 'robin' has sessions only on phone, tv"])
  }

  @Test("a device a scripted session_start gives the persona is one her sessions can start on")
  func scriptedDevice() throws {
    let (path, _, _) = try Self.variant(
      replacing: "  - {day: 9, time: \"23:05\"",
      with: "  - {day: 9, time: \"23:00\", persona: robin, type: session_start, device: dx, device_type: console, os: x, app_version: \"1\", ip: 10.0.0.1, connection: wifi}\n  - {day: 9, time: \"23:05\"")
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "\"from=notification\"", with: "\"device=console\"")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let validate = try GlasshouseCommandTests.run(["validate", path])
    #expect(validate.status == 0, "\(validate.output)")
    #expect(!validate.output.contains("'reveals.without'"), "\(validate.output)")
    #expect(!validate.output.contains("warning:"), "the scripted session_start is a valid event: \(validate.output)")
  }

  @Test("a reveals filter naming an unknown genre or title fails validate, as it fails run", arguments: [
    ("genre=Horor", "unknown genre `Horor`"), ("title=No Such Film,type=playback", "unknown title `No Such Film`"),
  ])
  func unknownGenreOrTitle(filter: String, message: String) throws {
    let (path, line, column) = try Self.variant(replacing: "\"from=notification\"", with: "\"\(filter)\"")
    try Self.bothRefuse(path, ["\(path):\(line):\(column): 'reveals.without'", message])
  }

  /// A scenario on a MovieLens folder given as a parameter.
  static func movieLensScenario(movies: String, ratings: String) throws -> (scenario: String, data: String) {
    let folder = NSTemporaryDirectory() + "glasshouse-preflight-ml-\(UUID().uuidString)"
    let data = folder + "/ml"
    _ = try file(movies, named: "movies.csv", in: data)
    _ = try file(ratings, named: "ratings.csv", in: data)
    let scenario = try file(
      """
      name: Tiny replay
      days: 7
      parameters:
        ratings: a MovieLens folder
      catalog:
        movielens: ${ratings}/movies.csv
      replay:
        ratings: ${ratings}/ratings.csv
      crowd:
        members: 0

      """, named: "replay.yaml", in: folder)
    return (scenario, data)
  }

  static let movies = "movieId,title,genres\n1,Film One (1990),Comedy\n2,Film Two (1991),Drama\n"
  static let ratings = "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.0,964982800\n"

  @Test("a MovieLens catalog that cannot be imported fails validate --param (65) naming its file, as it fails run")
  func badMovieLensCatalog() throws {
    let (scenario, data) = try Self.movieLensScenario(
      movies: "movieId,title,genres\n1,Film One (1990)\n", ratings: Self.ratings)
    let validate = try GlasshouseCommandTests.run(["validate", scenario, "--param", "ratings=\(data)"])
    #expect(validate.status == 65, "\(validate.output)")
    #expect(validate.output.contains("'catalog.movielens'"), "\(validate.output)")
    #expect(validate.output.contains("movies.csv"), "\(validate.output)")
    let run = try GlasshouseCommandTests.run(["run", scenario, "--param", "ratings=\(data)", "--out", data + "-out"])
    #expect(run.status == 65)
    // Without the parameter validate says what it could not check.
    let unbound = try GlasshouseCommandTests.run(["validate", scenario])
    #expect(unbound.status == 0, "\(unbound.output)")
    #expect(unbound.output.contains("pass --param ratings=VALUE"), "\(unbound.output)")
  }

  @Test("a ratings file that cannot be read fails validate --param (65) naming it, as it fails run")
  func badRatings() throws {
    let (scenario, data) = try Self.movieLensScenario(
      movies: Self.movies, ratings: "userId,movieId,rating,timestamp\n1,1,9,964982703\n")
    let validate = try GlasshouseCommandTests.run(["validate", scenario, "--param", "ratings=\(data)"])
    #expect(validate.status == 65, "\(validate.output)")
    #expect(validate.output.contains("'replay.ratings'"), "\(validate.output)")
    #expect(validate.output.contains("ratings.csv:2"), "\(validate.output)")
    let run = try GlasshouseCommandTests.run(["run", scenario, "--param", "ratings=\(data)", "--out", data + "-out"])
    #expect(run.status == 65)
    let good = try Self.movieLensScenario(movies: Self.movies, ratings: Self.ratings)
    let valid = try GlasshouseCommandTests.run(["validate", good.scenario, "--param", "ratings=\(good.data)"])
    #expect(valid.status == 0, "\(valid.output)")
  }

  @Test("a scripted event run would skip is a warning of validate too, with its line")
  func rejectedScriptedEvent() throws {
    let (path, line, _) = try Self.variant(
      replacing: "  - {day: 9, time: \"23:05\", persona: robin, type: search,",
      with: "  - {day: 9, time: \"25:05\", persona: robin, type: search,")
    let validate = try GlasshouseCommandTests.run(["validate", path])
    #expect(validate.status == 0, "\(validate.output)")
    #expect(validate.output.contains("warning: \(path):\(line):"), "\(validate.output)")
    #expect(validate.output.contains("scripted event rejected"), "\(validate.output)")
  }
}
