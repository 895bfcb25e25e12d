import Foundation
import TestSupport
import Testing

/// A run folder holds what `explain`, `whatif` and `export` need (issue 14):
/// the scenario and its catalog file are copied into it, so they work from
/// any folder, and the hint `run` prints works as printed.
@Suite("a run folder is self-contained: explain, whatif and export work on it from any folder")
struct SelfContainedRunFolderTests {
  /// A fresh folder for one test, removed by the caller.
  static func scratch(_ name: String) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("glasshouse-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }

  /// A catalog file of `count` titles in the format of Docs/Catalog.md.
  static func catalogText(count: Int) -> String {
    let genres = [["Horror", "Thriller"], ["Comedy"], ["Drama", "Romance"], ["Mystery", "Horror"], ["Children"]]
    var text = "titles:\n"
    for n in 1...count {
      text += "  - {id: \"\(n)\", name: \"Title \(n)\", genres: [\(genres[n % genres.count].joined(separator: ", "))]}\n"
    }
    return text
  }

  /// The binge-watcher scenario with its catalog in a file beside it
  /// (`catalogs/titles.yaml`), written into `folder`; returns the scenario's path.
  static func writeScenario(in folder: URL) throws -> URL {
    let bundled = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml")
    let text = try String(contentsOf: bundled, encoding: .utf8)
      .replacingOccurrences(of: "catalog:\n  generate:\n    size: 800\n", with: "catalog:\n  file: catalogs/titles.yaml\n")
    #expect(text.contains("file: catalogs/titles.yaml"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("catalogs"), withIntermediateDirectories: true)
    try catalogText(count: 120).write(
      to: folder.appendingPathComponent("catalogs/titles.yaml"), atomically: true, encoding: .utf8)
    let scenario = folder.appendingPathComponent("binge.yaml")
    try text.write(to: scenario, atomically: true, encoding: .utf8)
    return scenario
  }

  /// The commands of the `Next:` hint `run` prints, each split into its
  /// arguments (without the leading `glasshouse`).
  static func hintedCommands(in output: String) -> [[String]] {
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Next:") }) else { return [] }
    let quoted = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map(\.element)
    return quoted.map { $0.split(separator: " ").map(String.init) }.filter { $0.first == "glasshouse" }
      .map { Array($0.dropFirst()) }
  }

  @Test("explain, whatif and export --run work from another folder without --scenario once the scenario and catalog are gone; the hint works as printed")
  func fromAnotherFolder() throws {
    let root = try Self.scratch("anywhere")
    defer { try? FileManager.default.removeItem(at: root) }
    let checkout = root.appendingPathComponent("checkout")
    let elsewhere = root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: checkout, withIntermediateDirectories: true)
    let scenario = try Self.writeScenario(in: checkout)
    let scenarioBytes = try Data(contentsOf: scenario)
    let catalogBytes = try Data(contentsOf: checkout.appendingPathComponent("catalogs/titles.yaml"))
    // A relative --out, given in the "checkout": the hint must still work elsewhere.
    let result = try GlasshouseCommandTests.run(
      ["run", "binge.yaml", "--out", "out/binge", "--days", "7", "--crowd", "40", "--threads", "2"], in: checkout)
    #expect(result.status == 0 || result.status == 1, "\(result.error)")
    let folder = checkout.appendingPathComponent("out/binge")
    #expect(try Data(contentsOf: folder.appendingPathComponent("scenario.yaml")) == scenarioBytes)
    #expect(try Data(contentsOf: folder.appendingPathComponent("catalog.yaml")) == catalogBytes)
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("run.json"))) as? [String: Any])
    let inputs = try #require(manifest["inputs"] as? [String: [String: Any]])
    #expect(inputs["scenario"]?["copy"] as? String == "scenario.yaml")
    #expect(inputs["catalog.file"]?["copy"] as? String == "catalog.yaml")
    #expect(inputs["catalog.file"]?["bytes"] as? Int == catalogBytes.count)
    let files = try #require(manifest["files"] as? [String: Int])
    #expect(files["scenario.yaml"] == scenarioBytes.count && files["catalog.yaml"] == catalogBytes.count)

    // The inputs are gone: the folder alone must do.
    try FileManager.default.removeItem(at: scenario)
    try FileManager.default.removeItem(at: checkout.appendingPathComponent("catalogs"))

    let hinted = Self.hintedCommands(in: result.output)
    #expect(hinted.map { $0.first } == ["explain", "whatif", "export"], "\(result.output)")
    for arguments in hinted {
      let run = try GlasshouseCommandTests.run(arguments, in: elsewhere)
      #expect(run.status == 0, "glasshouse \(arguments.joined(separator: " ")): \(run.error)")
      #expect(!run.output.isEmpty)
    }
    // The hinted filter was picked because it changes what the platform
    // believes about the persona: the whatif shows at least one change.
    let whatif = try #require(hinted.first { $0.first == "whatif" })
    let json = try GlasshouseCommandTests.run(whatif + ["--format", "json"], in: elsewhere)
    let comparison = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let rows = (comparison["inferences"] as? [[String: Any]] ?? []) + (comparison["topGenres"] as? [[String: Any]] ?? [])
    #expect(rows.contains { $0["changed"] as? Bool == true }, "\(whatif): \(json.output.prefix(400))")
    let path = folder.path
    let commands: [[String]] = [
      ["explain", "--run", path, "--profile", "alex", "--title", "1"],
      ["whatif", "--run", path, "--profile", "alex", "--without", "genre=Horror"],
      ["export", "alex", "--run", path],
    ]
    for arguments in commands {
      let run = try GlasshouseCommandTests.run(arguments, in: elsewhere)
      #expect(run.status == 0, "glasshouse \(arguments.joined(separator: " ")): \(run.error)")
    }
    // A whatif filter is still checked against the copied catalog.
    let bad = try GlasshouseCommandTests.run(
      ["whatif", "--run", path, "--profile", "alex", "--without", "genre=Westerns"], in: elsewhere)
    #expect(bad.status == 65)
    #expect(bad.error.contains("unknown genre `Westerns`"), "\(bad.error)")

    // Without its copy of the scenario the folder is damaged, and says what is missing.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("scenario.yaml"))
    for arguments in commands {
      let run = try GlasshouseCommandTests.run(arguments, in: elsewhere)
      #expect(run.status == 65, "glasshouse \(arguments.joined(separator: " "))")
      #expect(run.error.contains("has no scenario.yaml"), "\(run.error)")
    }
  }

  /// A tiny MovieLens folder: `movies.csv` and `ratings.csv`.
  static func writeMovieLens(in folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let genres = ["Comedy", "Drama", "Horror|Thriller", "Adventure|Children", "Sci-Fi"]
    var movies = "movieId,title,genres\n"
    for n in 1...40 { movies += "\(n),Film \(n) (19\(60 + n % 40)),\(genres[n % genres.count])\n" }
    var ratings = "userId,movieId,rating,timestamp\n"
    for user in 1...6 {
      for k in 0..<12 {
        let movie = (user * 7 + k * 3) % 40 + 1
        ratings += "\(user),\(movie),\(Double(1 + (user + k) % 5)),\(964_982_703 + user * 1000 + k * 86_400)\n"
      }
    }
    try movies.write(to: folder.appendingPathComponent("movies.csv"), atomically: true, encoding: .utf8)
    try ratings.write(to: folder.appendingPathComponent("ratings.csv"), atomically: true, encoding: .utf8)
  }

  @Test("MovieLens data is not copied: run.json records its path and size, and explain says clearly when it has moved")
  func movedMovieLensData() throws {
    let root = try Self.scratch("moved")
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("ml")
    try Self.writeMovieLens(in: data)
    let scenario = root.appendingPathComponent("replay.yaml")
    try """
      name: Tiny replay
      seed: 3
      days: 7
      parameters:
        ratings: a MovieLens folder (ratings.csv and movies.csv)
      catalog:
        movielens: ${ratings}/movies.csv
      replay:
        ratings: ${ratings}/ratings.csv
      crowd:
        members: 0

      """.write(to: scenario, atomically: true, encoding: .utf8)
    let out = root.appendingPathComponent("out").path
    let result = try GlasshouseCommandTests.run(
      ["run", scenario.path, "--out", out, "--param", "ratings=\(data.path)", "--threads", "1"])
    #expect(result.status == 0, "\(result.error)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out)
    #expect(names.contains("scenario.yaml"))
    #expect(!names.contains("movies.csv") && !names.contains("ratings.csv") && !names.contains("catalog.csv"))
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))) as? [String: Any])
    let inputs = try #require(manifest["inputs"] as? [String: [String: Any]])
    let ratingsBytes = try Data(contentsOf: data.appendingPathComponent("ratings.csv")).count
    #expect(inputs["replay.ratings"]?["path"] as? String == data.appendingPathComponent("ratings.csv").path)
    #expect(inputs["replay.ratings"]?["bytes"] as? Int == ratingsBytes)
    #expect(inputs["replay.ratings"]?["copy"] == nil)
    #expect(inputs["catalog.movielens"]?["path"] as? String == data.appendingPathComponent("movies.csv").path)

    let explain = ["explain", "--run", out, "--profile", "ml-1"]
    let before = try GlasshouseCommandTests.run(explain, in: root.appendingPathComponent("ml"))
    #expect(before.status == 0, "\(before.error)")

    let moved = root.appendingPathComponent("ml-moved")
    try FileManager.default.moveItem(at: data, to: moved)
    let after = try GlasshouseCommandTests.run(explain, in: root)
    #expect(after.status == 65)
    #expect(after.error.contains(data.appendingPathComponent("movies.csv").path), "\(after.error)")
    #expect(after.error.contains("no longer there"), "\(after.error)")
    #expect(after.error.contains("--param ratings="), "\(after.error)")
    // export reads only the log: it does not need the data.
    #expect(try GlasshouseCommandTests.run(["export", "ml-1", "--run", out]).status == 0)
    let pointed = try GlasshouseCommandTests.run(explain + ["--param", "ratings=ml-moved"], in: root)
    #expect(pointed.status == 0, "\(pointed.error)")
  }
}
