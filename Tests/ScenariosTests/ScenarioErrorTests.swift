import Catalog
import Foundation
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
    guard case .syntax(_, let line, _, _) = error else {
      Issue.record("expected a syntax error, got \(error)")
      return
    }
    #expect(line == 3)
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
        .unknownKey(
          path: all.first.flatMap(path) ?? "", line: 3, column: 1, key: "persons",
          context: "scenario", suggestion: "personas")))
    #expect(all.contains { $0.description.contains("did you mean 'personas'?") })
    // The required key it was meant to be is then missing.
    #expect(all.contains { if case .missingKey(_, _, _, "personas", _) = $0 { true } else { false } })
  }

  @Test("a typo inside a nested mapping names its context")
  func nestedTypo() throws {
    let text = ScenarioFiles.minimal("platform:\n  artwork_polcy: linucb\n")
    let error = try #require(errors(text).first)
    #expect(
      error
        == .unknownKey(
          path: path(error) ?? "", line: 9, column: 3, key: "artwork_polcy",
          context: "'platform' (platform)", suggestion: "artwork_policy"))
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
        == .missingKey(
          path: path(error) ?? "", line: 4, column: 5, key: "age_band",
          context: "'personas[0]' (persona)"))
  }

  @Test("a value of the wrong type names the field, expected and found")
  func wrongType() throws {
    let text = ScenarioFiles.minimal("days: [1, 2]\n")
    let error = try #require(errors(text).first)
    #expect(
      error
        == .wrongType(
          path: path(error) ?? "", line: 8, column: 7, field: "days", expected: "a whole number",
          found: "a list"))
  }

  @Test("a bad enumeration value lists the choices and suggests one")
  func invalidValue() throws {
    let text = ScenarioFiles.minimal("platform: {artwork_policy: epsilon_greedy}\n")
    let error = try #require(errors(text).first)
    guard case .invalidValue(_, let line, let column, let field, _, let found, let suggestion) = error
    else {
      Issue.record("expected invalidValue, got \(error)")
      return
    }
    #expect((line, column) == (8, 28))
    #expect(field == "platform.artwork_policy")
    #expect(found == "'epsilon_greedy'")
    #expect(suggestion == "epsilon-greedy")
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
    guard case .invalidValue(_, 7, 23, "personas[0].tastes.genres.Horor", _, _, "Horror") = error
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
      error == .duplicate(path: path(error) ?? "", line: 5, column: 10, what: "persona id", name: "alex"))
    let keys = errors("name: A\nname: B\n")
    #expect(keys.contains { if case .duplicate(_, _, _, "key", "name") = $0 { true } else { false } })
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
        == .conflictingKeys(
          path: path(error) ?? "", line: 4, column: 3,
          keys: ["generate", "file", "movielens", "titles"], context: "'catalog'"))
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
    let first = try #require(all.first { if case .unknownReference = $0 { true } else { false } })
    #expect(
      first
        == .unknownReference(
          path: path(first) ?? "", line: 11, column: 30, field: "accounts[0].profiles[0].viewers[0]",
          name: "alx", kind: "persona", suggestion: "alex"))
    #expect(all.contains { $0.description.contains("profile 'mian'") && $0.line == 13 })
    // alex then watches on no profile.
    #expect(all.contains { $0.description.contains("watches on no profile") && $0.line == 5 })
  }

  @Test("a catalog file that does not exist is reported where it is named")
  func missingFile() throws {
    let path = try ScenarioFiles.write(
      "name: A\ncatalog:\n  movielens: data/movies.csv\npersonas: [{id: a, age_band: 55+, gender: male}]\n")
    let error = try #require(ScenarioLoader.validate(path: path).first)
    guard case .missingFile(_, 3, 14, "catalog.movielens", let file) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(file.hasSuffix("/data/movies.csv"))
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
          .unknownKey(
            path: catalogPath, line: 2, column: 22, key: "genre", context: "'titles[0]' (title)",
            suggestion: "genres"))))
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
    guard case .wrongType(_, 1, 1, _, let expected, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(expected.contains("mapping"))
  }

  private func path(_ error: ScenarioError) -> String? {
    switch error {
    case .syntax(let p, _, _, _), .unknownKey(let p, _, _, _, _, _), .missingKey(let p, _, _, _, _),
      .wrongType(let p, _, _, _, _, _), .invalidValue(let p, _, _, _, _, _, _),
      .duplicate(let p, _, _, _, _), .conflictingKeys(let p, _, _, _, _),
      .unknownReference(let p, _, _, _, _, _, _), .missingFile(let p, _, _, _, _),
      .missingParameter(let p, _, _, _, _, _), .cannotRead(let p, _):
      return p
    case .catalog: return nil
    }
  }
}
