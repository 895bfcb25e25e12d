import Catalog
import Foundation
import Testing

@testable import Scenarios

@Suite("Scenario paths: parameters, substitution, resolution, run-folder files")
struct ScenarioPathsTests {
  static func paths(
    _ document: ScenarioDocument, values: [String: String]?, files: [String: String] = [:]
  ) throws -> ScenarioPaths {
    var paths = ScenarioPaths(document: document, values: values, files: files)
    let declarations = try #require(document.reader.compose("{data: the data folder, bad name: x}"))
    paths.declare(declarations)
    return paths
  }

  @Test("parameters are declared by name; a bad name is reported")
  func declarations() throws {
    let document = ScenarioNodes.document()
    let paths = try Self.paths(document, values: nil)
    #expect(paths.declared.map(\.name) == ["data"] && paths.declared[0].description == "the data folder")
    #expect(ScenarioNodes.kinds(document).count == 1)
  }

  @Test("substitution: given, unbound while validating, missing while running, undeclared, unclosed")
  func substitution() throws {
    let document = ScenarioNodes.document()
    let node = try #require(document.reader.compose("x"))
    var running = try Self.paths(document, values: ["data": "/srv/ml"])
    #expect(running.substitute("${data}/movies.csv", at: node, field: "catalog.movielens") == .some("/srv/ml/movies.csv"))
    var relative = try Self.paths(document, values: ["data": "ml"])
    let here = FileManager.default.currentDirectoryPath
    #expect(relative.substitute("${data}/a.csv", at: node, field: "f") == .some(here + "/ml/a.csv"))
    var validating = try Self.paths(document, values: nil)
    #expect(validating.substitute("${data}/movies.csv", at: node, field: "f") == .some(nil))
    var missing = try Self.paths(document, values: [:])
    #expect(missing.substitute("${data}/movies.csv", at: node, field: "catalog.movielens") == nil)
    #expect(missing.errors.count == 1)
    #expect(missing.errors.first?.issue?.field == "catalog.movielens")
    #expect(missing.errors.first?.issue?.message.contains("'data' (the data folder)") == true)
    let before = document.reader.issues.count
    #expect(running.substitute("${dta}/x", at: node, field: "f") == nil)
    #expect(running.substitute("${data/x", at: node, field: "f") == nil)
    #expect(
      Array(ScenarioNodes.kinds(document).dropFirst(before)) == [
        .unknownReference(field: "f", name: "dta", kind: "parameter", suggestion: "data"),
        .invalidValue(field: "f", expected: "'${name}' with a closing brace", found: "'${data/x'", suggestion: nil),
      ])
    #expect(running.errors.isEmpty)
  }

  @Test("a relative path is the scenario folder's; a run folder's file replaces a field")
  func resolution() throws {
    let document = ScenarioNodes.document()
    let paths = try Self.paths(document, values: nil, files: ["catalog.file": "/run/catalog.yaml"])
    #expect(paths.resolve("catalog.yaml") == "/tmp/glasshouse-decoders/catalog.yaml")
    #expect(paths.resolve("../data/c.yaml") == "/tmp/data/c.yaml")
    #expect(paths.resolve("/abs/c.yaml") == "/abs/c.yaml")
    #expect(paths.resolve("~/c.yaml") == FileManager.default.homeDirectoryForCurrentUser.path + "/c.yaml")
    #expect(paths.replacement(for: "catalog.file") == "/run/catalog.yaml" && paths.replacement(for: "replay.ratings") == nil)
  }

  @Test("data sources: the generator takes the scenario's seed; a missing file is reported; a run folder's file is read")
  func dataSources() throws {
    let document = ScenarioNodes.document()
    var paths = try Self.paths(document, values: nil)
    var sources = DataSourceDecoder(document: document)
    let generate = try #require(document.reader.compose("{generate: {size: 20}}"))
    guard case .generated(let generator)? = sources.catalog(generate, seed: 77, paths: &paths) else {
      Issue.record("a generated catalog")
      return
    }
    #expect(generator.size == 20 && generator.seed == 77)
    let before = document.reader.issues.count
    let file = try #require(document.reader.compose("{file: nowhere.yaml}"))
    #expect(sources.catalog(file, seed: 1, paths: &paths) == nil)
    #expect(
      Array(ScenarioNodes.kinds(document).dropFirst(before)) == [
        .missingFile(field: "catalog.file", file: "/tmp/glasshouse-decoders/nowhere.yaml")
      ])
    // While validating, a replay path with a parameter not given is kept as written, unchecked.
    let replay = try #require(document.reader.compose("{ratings: \"${data}/ratings.csv\", users: 5}"))
    let source = try #require(sources.replay(replay, paths: &paths))
    #expect(source.path == nil && source.written == "${data}/ratings.csv" && source.users == 5)
    // A run folder's file is used as it is.
    let catalogFile = try ScenarioFiles.write(
      "titles:\n  - {id: 1, name: A, genres: [Horror], runtime: 90}\n", named: "catalog.yaml")
    var fromRun = try Self.paths(document, values: nil, files: ["catalog.file": catalogFile])
    let written = try #require(document.reader.compose("{file: \"${missing}/c.yaml\"}"))
    guard case .file(let path, let catalog)? = sources.catalog(written, seed: 1, paths: &fromRun) else {
      Issue.record("the run folder's catalog, got issues \(ScenarioNodes.kinds(document)) and \(sources.catalogErrors)")
      return
    }
    #expect(path == catalogFile && catalog.count == 1 && sources.genres == [.horror])
  }
}
