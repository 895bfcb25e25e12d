import Catalog
import Foundation
import Testing

@testable import Scenarios

/// `after_plays`, `reveals`, `checkpoints`, `parameters` and `replay`:
/// what they parse into, and the line and column of their errors.
@Suite("Scenario checkpoints, reveals, parameters and replays")
struct CounterfactualKeysTests {
  private func errors(_ text: String, parameters: [String: String]? = nil) throws -> [ScenarioError] {
    ScenarioLoader.validate(path: try ScenarioFiles.write(text), parameters: parameters)
  }

  @Test("after_plays moves an expectation to the counterfactual ones")
  func afterPlays() throws {
    let text = ScenarioFiles.minimal(
      """
      expectations:
        - top_genres: {persona: alex, includes: Horror, after_plays: 5}
        - top_genres: {persona: alex, includes: Horror}
        - infer: {persona: alex, trait: age_band, equals: "25-34", after_plays: 20}
      """)
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/s.yaml")
    #expect(scenario.expectations.count == 1)
    #expect(scenario.counterfactualExpectations.count == 2)
    let first = try #require(scenario.counterfactualExpectations.first)
    #expect(first.check == .afterPlays(plays: 5, check: .topGenres(subject: .persona("alex"), genre: Genre("Horror"), included: true, within: 3)))
    #expect(first.location.line == 9)
    #expect(first.location.column == 5)
  }

  @Test("after_plays must be a whole number of at least 1, reported where it is written")
  func afterPlaysRange() throws {
    let text = ScenarioFiles.minimal(
      """
      expectations:
        - top_genres: {persona: alex, includes: Horror, after_plays: 0}
      """)
    let error = try #require(try errors(text).first)
    guard let issue = error.issue else {
      Issue.record("expected a located issue, got \(error)")
      return
    }
    #expect((issue.line, issue.column) == (9, 64))
    #expect(issue.field == "expectations[0].top_genres.after_plays")
    #expect(issue.message.hasSuffix(", found 0"))
  }

  @Test("reveals parses its filter, claim and subject, and remembers where the filter is")
  func reveals() throws {
    let text = ScenarioFiles.minimal(
      """
      expectations:
        - reveals: {persona: alex, without: "source=partner", trait: age_band, equals: "45-54", min_confidence: 0.9}
        - reveals:
            persona: alex
            without: from=search
            top_genre: Documentary
            within: 2
            revealed: false
      """)
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/s.yaml")
    #expect(scenario.expectations.isEmpty)
    let checks = scenario.counterfactualExpectations.map(\.check)
    #expect(
      checks == [
        .reveals(
          subject: .persona("alex"), filter: "source=partner",
          claim: .trait(name: "age band", equals: "45-54", minimumConfidence: 0.9), revealed: true),
        .reveals(
          subject: .persona("alex"), filter: "from=search", claim: .topGenre(Genre("Documentary"), within: 2),
          revealed: false),
      ])
    let filter = try #require(scenario.counterfactualExpectations.last?.filterLocation)
    #expect((filter.line, filter.column) == (12, 16))
  }

  @Test("reveals needs exactly one claim, a filter, and keys that fit its claim")
  func revealsErrors() throws {
    let both = ScenarioFiles.minimal(
      """
      expectations:
        - reveals: {persona: alex, without: type=search, trait: devices, top_genre: Horror}
      """)
    let conflict = try #require(try errors(both).first)
    guard let issue = conflict.issue else {
      Issue.record("expected a located issue, got \(conflict)")
      return
    }
    #expect(issue.line == 9)
    #expect(issue.message.hasSuffix("needs exactly one of 'trait', 'top_genre', 'segment'"))

    let noFilter = ScenarioFiles.minimal(
      """
      expectations:
        - reveals: {persona: alex, without: search, trait: devices}
      """)
    let filter = try #require(try errors(noFilter).first)
    #expect(filter.line == 9)
    #expect(filter.column == 39)
    #expect(filter.description.contains("'expectations[0].reveals.without' must be an event filter"))

    let typo = ScenarioFiles.minimal(
      """
      expectations:
        - reveals: {persona: alex, without: type=search, trait: devise}
      """)
    let trait = try #require(try errors(typo).first)
    #expect(trait.description.contains("did you mean 'devices'?"))

    let misplaced = ScenarioFiles.minimal(
      """
      expectations:
        - reveals: {persona: alex, without: type=search, top_genre: Horror, equals: x}
      """)
    let key = try #require(try errors(misplaced).first)
    #expect(key.description.contains("'expectations[0].reveals.equals' must be given only with 'trait'"))
    #expect(key.column == 71)
  }

  @Test("checkpoints list increasing plays for a known subject")
  func checkpoints() throws {
    let text = ScenarioFiles.minimal(
      """
      checkpoints:
        - {persona: alex, after_plays: [1, 5, 20]}
      """)
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/s.yaml")
    #expect(scenario.checkpoints.map(\.plays) == [[1, 5, 20]])
    #expect(scenario.checkpoints.first?.subject == .persona("alex"))

    let decreasing = ScenarioFiles.minimal(
      """
      checkpoints:
        - {persona: alx, after_plays: [5, 5]}
      """)
    let problems = try errors(decreasing)
    #expect(problems.count == 2)
    #expect(problems.map(\.line) == [9, 9])
    #expect(problems.first?.description.contains("names persona 'alx'") == true)
    #expect(problems.last?.description.contains("more than the previous entry (5)") == true)
  }

  @Test("a path using a parameter that was not given names the parameter and how to pass it")
  func missingParameter() throws {
    let text = """
      name: Replay
      parameters:
        ratings: the folder of MovieLens ml-latest-small
      catalog:
        movielens: ${ratings}/movies.csv
      replay:
        ratings: "${ratings}/ratings.csv"
      """
    let path = try ScenarioFiles.write(text)
    #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: path) }
    let problems = ScenarioLoader.validate(path: path, parameters: [:])
    #expect(problems.count == 2)
    let first = try #require(problems.first)
    guard let issue = first.issue else {
      Issue.record("expected a located issue, got \(first)")
      return
    }
    #expect((issue.line, issue.column, issue.field) == (5, 14, "catalog.movielens"))
    #expect(issue.message.contains("uses the parameter 'ratings'"))
    #expect(
      first.description
        == "\(path):5:14: 'catalog.movielens' uses the parameter 'ratings' (the folder of MovieLens "
        + "ml-latest-small), which was not given; pass it with --param ratings=VALUE")
    // Validation without values checks the rest and accepts the file.
    #expect(ScenarioLoader.validate(path: path).isEmpty)
  }

  @Test("parameters are substituted, and an undeclared one is an unknown reference")
  func substitution() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gh-param-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("movieId,title,genres\n1,Toy Story (1995),Animation|Children\n".utf8)
      .write(to: folder.appendingPathComponent("movies.csv"))
    try Data("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n".utf8)
      .write(to: folder.appendingPathComponent("ratings.csv"))
    let text = """
      name: Replay
      parameters: {data: where the files are}
      catalog: {movielens: "${data}/movies.csv"}
      replay: {ratings: "${data}/ratings.csv", users: 3}
      """
    let path = try ScenarioFiles.write(text)
    let scenario = try ScenarioLoader.load(path: path, parameters: ["data": folder.path])
    #expect(scenario.catalog == .movieLens(path: folder.path + "/movies.csv"))
    #expect(scenario.replay?.path == folder.path + "/ratings.csv")
    #expect(scenario.replay?.users == 3)
    #expect(scenario.personas.isEmpty)
    #expect(scenario.parameters.map(\.name) == ["data"])

    let typo = try ScenarioFiles.write(text.replacingOccurrences(of: "${data}/ratings", with: "${dta}/ratings"))
    let problem = try #require(ScenarioLoader.validate(path: typo, parameters: ["data": folder.path]).first)
    #expect(problem.line == 4)
    #expect(problem.description.contains("names parameter 'dta', which the scenario does not define; did you mean 'data'?"))
  }

  @Test("personas are required unless a replay is given")
  func personasRequired() throws {
    let problem = try #require(try errors("name: A\ncatalog: {generate: {size: 10}}\n").first)
    #expect(problem.description.contains("needs the key 'personas'"))
  }
}
