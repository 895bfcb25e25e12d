import Catalog
import Foundation
import Support
import Testing

@testable import Scenarios

/// One test per kind of ``ScenarioError``, each checking the line and
/// column it points at.
@Suite("Scenario errors")
struct ScenarioErrorTests {
  private func errors(_ text: String, path: String = "/tmp/s.yaml") -> [ScenarioError] {
    do {
      _ = try ScenarioLoader.parse(text, path: path)
      return []
    } catch {
      // `parse` throws the first; write a file to collect all.
      guard let file = try? ScenarioFiles.write(text) else { return [error] }
      return ScenarioLoader.validate(path: file)
    }
  }

  @Test("a YAML syntax error has its line and column")
  func syntax() throws {
    let text = "name: A\npersonas: [alex\ncatalog: {}\n"
    #expect(throws: ScenarioError.self) { try ScenarioLoader.parse(text, path: "/tmp/s.yaml") }
    let error = try #require(errors(text).first)
    guard let issue = error.issue, issue.message.hasPrefix("not valid YAML: ") else {
      Issue.record("expected a syntax error, got \(error)")
      return
    }
    #expect(issue.line == 3)
    #expect(issue.field == nil)
  }

  @Test("an unknown key suggests the likely intended one")
  func unknownKey() throws {
    let text = """
      name: A
      catalog: {generate: {size: 10}}
      persons:
        - {id: alex, age_band: 25-34, gender: female}
      """
    let all = errors(text)
    #expect(
      all.contains(
        .located(
          LocatedIssue(
            path: all.first.flatMap(path) ?? "", line: 3, column: 1, field: "persons",
            message: "unknown key 'persons' in scenario", suggestion: "personas"))))
    #expect(all.contains { $0.description.contains("did you mean 'personas'?") })
    // The required key it was meant to be is then missing.
    #expect(all.contains { $0.issue?.field == "personas" && $0.description.contains("needs the key 'personas'") })
  }

  @Test("a typo inside a nested mapping names its context")
  func nestedTypo() throws {
    let text = ScenarioFiles.minimal("platform:\n  artwork_polcy: linucb\n")
    let error = try #require(errors(text).first)
    #expect(
      error
        == .located(
          LocatedIssue(
            path: path(error) ?? "", line: 9, column: 3, field: "artwork_polcy",
            message: "unknown key 'artwork_polcy' in 'platform' (platform)", suggestion: "artwork_policy")))
  }

  @Test("a missing required key points at its mapping")
  func missingKey() throws {
    let text = """
      name: A
      catalog: {generate: {size: 10}}
      personas:
        - id: alex
          gender: female
      """
    let error = try #require(errors(text).first)
    #expect(
      error
        == .located(
          LocatedIssue(
            path: path(error) ?? "", line: 4, column: 5, field: "age_band",
            message: "'personas[0]' (persona) needs the key 'age_band'")))
  }

  @Test("a value of the wrong type names the field, expected and found")
  func wrongType() throws {
    let text = ScenarioFiles.minimal("days: [1, 2]\n")
    let error = try #require(errors(text).first)
    #expect(
      error
        == .located(
          LocatedIssue(
            path: path(error) ?? "", line: 8, column: 7, field: "days",
            message: "'days' must be a whole number, found a list")))
  }

  @Test("a bad enumeration value lists the choices and suggests one")
  func invalidValue() throws {
    let text = ScenarioFiles.minimal("platform: {artwork_policy: epsilon_greedy}\n")
    let error = try #require(errors(text).first)
    guard let issue = error.issue else {
      Issue.record("expected a located issue, got \(error)")
      return
    }
    #expect((issue.line, issue.column) == (8, 28))
    #expect(issue.field == "platform.artwork_policy")
    #expect(issue.message.hasPrefix("'platform.artwork_policy' must be one of "))
    #expect(issue.message.hasSuffix("found 'epsilon_greedy'"))
    #expect(issue.suggestion == "epsilon-greedy")
  }

  @Test("an out-of-range number is an invalid value")
  func outOfRange() throws {
    let text = ScenarioFiles.minimal("crowd: {binge_tendency: 1.5}\n")
    let error = try #require(errors(text).first)
    #expect(error.line == 8)
    #expect(error.column == 25)
    #expect(error.description.contains("from 0.0 to 1.0"))
  }

  @Test("a misspelt genre suggests the catalog's genre")
  func genreTypo() throws {
    let text = """
      name: A
      catalog: {generate: {size: 10}}
      personas:
        - id: alex
          age_band: 25-34
          gender: female
          tastes: {genres: {Horor: 0.9}}
      """
    let error = try #require(errors(text).first)
    guard let issue = error.issue, (issue.line, issue.column) == (7, 23),
      issue.field == "personas[0].tastes.genres.Horor", issue.suggestion == "Horror"
    else {
      Issue.record("unexpected \(error)")
      return
    }
  }

  @Test("a repeated persona id and a repeated key are duplicates")
  func duplicate() throws {
    let text = """
      name: A
      catalog: {generate: {size: 10}}
      personas:
        - {id: alex, age_band: 25-34, gender: female}
        - {id: alex, age_band: 18-24, gender: male}
      """
    let error = try #require(errors(text).first)
    #expect(
      error
        == .located(
          LocatedIssue(
            path: path(error) ?? "", line: 5, column: 10, field: "persona id",
            message: "persona id 'alex' appears more than once")))
    let keys = errors("name: A\nname: B\n")
    #expect(keys.contains { $0.issue?.message == "key 'name' appears more than once" })
  }

  @Test("two catalog sources at once conflict")
  func conflictingKeys() throws {
    let text = """
      name: A
      catalog:
        generate: {size: 10}
        movielens: movies.csv
      personas: [{id: alex, age_band: 25-34, gender: female}]
      """
    let error = try #require(errors(text).first)
    #expect(
      error
        == .located(
          LocatedIssue(
            path: path(error) ?? "", line: 4, column: 3, field: "'catalog'",
            message: "'catalog' needs exactly one of 'generate', 'file', 'movielens', 'titles'")))
  }

  @Test("an unknown persona in a profile suggests the defined one")
  func unknownReference() throws {
    let text = ScenarioFiles.minimal(
      """
      accounts:
        - id: home
          profiles:
            - {id: main, viewers: [alx]}
      expectations:
        - viewers: {profile: mian, equals: 1}
      """)
    let all = errors(text)
    let first = try #require(all.first { $0.description.contains("which the scenario does not define") })
    #expect(
      first
        == .located(
          LocatedIssue(
            path: path(first) ?? "", line: 11, column: 30, field: "accounts[0].profiles[0].viewers[0]",
            message: "'accounts[0].profiles[0].viewers[0]' names persona 'alx', which the scenario does not define",
            suggestion: "alex")))
    #expect(all.contains { $0.description.contains("profile 'mian'") && $0.line == 13 })
    // alex then watches on no profile.
    #expect(all.contains { $0.description.contains("watches on no profile") && $0.line == 5 })
  }

  @Test("a catalog file that does not exist is reported where it is named")
  func missingFile() throws {
    let path = try ScenarioFiles.write(
      "name: A\ncatalog:\n  movielens: data/movies.csv\npersonas: [{id: a, age_band: 55+, gender: male}]\n")
    let error = try #require(ScenarioLoader.validate(path: path).first)
    guard let issue = error.issue, (issue.line, issue.column) == (3, 14), issue.field == "catalog.movielens"
    else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(issue.message.hasSuffix("/data/movies.csv, which does not exist"))
  }

  @Test("problems inside a referenced catalog file are reported with that file's lines")
  func catalogFileProblem() throws {
    let path = try ScenarioFiles.write(
      "name: A\ncatalog: {file: c.yaml}\npersonas: [{id: a, age_band: 55+, gender: male}]\n")
    let catalogPath = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent("c.yaml").path
    try Data("titles:\n  - {id: 1, name: A, genre: [Drama]}\n".utf8)
      .write(to: URL(fileURLWithPath: catalogPath))
    let all = ScenarioLoader.validate(path: path)
    #expect(
      all.contains(
        .catalog(
          .located(
            LocatedIssue(
              path: catalogPath, line: 2, column: 22, field: "genre",
              message: "unknown key 'genre' in 'titles[0]' (title)", suggestion: "genres")))))
  }

  @Test("an unreadable path is cannotRead")
  func cannotRead() {
    #expect(
      ScenarioLoader.validate(path: "/nonexistent/x.yaml")
        == [.cannotRead(path: "/nonexistent/x.yaml", reason: "no such file")])
    #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: "/nonexistent/x.yaml") }
  }

  @Test("validate collects every problem in line order")
  func collectsAll() throws {
    let text = """
      name: A
      dayz: 3
      catalog: {generate: {size: 0}}
      personas:
        - {id: alex, age_band: 30-40, gender: female, devices: [tv, fridge]}
      platform: {solver: lu}
      """
    let all = errors(text)
    #expect(all.count == 5)
    #expect(all.compactMap(\.line) == all.compactMap(\.line).sorted())
    #expect(all.first?.description.contains("did you mean 'days'?") == true)
  }

  @Test("an empty file says a mapping is expected")
  func emptyFile() throws {
    let error = try #require(errors("").first)
    guard let issue = error.issue, (issue.line, issue.column) == (1, 1) else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(issue.message.contains("mapping"))
  }

  private func path(_ error: ScenarioError) -> String? {
    switch error {
    case .located(let issue): return issue.path
    case .cannotRead(let path, _): return path
    case .catalog: return nil
    }
  }
}
