import Catalog
import Foundation
import Testing

@testable import Scenarios

@Suite("Scenario loading")
struct ScenarioLoaderTests {
  /// A folder of empty MovieLens-named files, for scenarios with a data
  /// folder parameter.
  static let placeholders: [String: String] = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gh-placeholder-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["movies.csv", "ratings.csv"] {
      FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
    }
    return ["ratings": folder.path]
  }()

  @Test("every example in Scenarios/ loads without errors")
  func examplesLoad() throws {
    let folder = ScenarioFiles.repository.appendingPathComponent("Scenarios")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    #expect(names.count >= 2)
    for name in names {
      let path = folder.appendingPathComponent(name).path
      #expect(ScenarioLoader.validate(path: path) == [], "\(name)")
      // A scenario with parameters (a data set's folder) loads only with
      // their values; give each a folder holding empty placeholder files
      // (loading checks only that the files exist).
      let declared = try ScenarioLoader.parse(
        String(contentsOfFile: path, encoding: .utf8), path: path, parameters: Self.placeholders)
      let values = Dictionary(uniqueKeysWithValues: declared.parameters.map { ($0.name, Self.placeholders["ratings"]!) })
      let scenario = try ScenarioLoader.load(path: path, parameters: values)
      #expect(!scenario.personas.isEmpty || scenario.replay != nil, "\(name)")
      #expect(
        !(scenario.expectations.isEmpty && scenario.counterfactualExpectations.isEmpty
          && scenario.flowExpectations.isEmpty), "\(name)")
    }
  }

  @Test("the shared-family example has two viewers on one profile")
  func sharedFamily() throws {
    let path = ScenarioFiles.repository.appendingPathComponent("Scenarios/shared-family-profile.yaml").path
    let scenario = try ScenarioLoader.load(path: path)
    #expect(scenario.profile(id: "family")?.viewers == ["sam", "jo"])
    #expect(scenario.profile(id: "jo-kids")?.isKids == true)
    #expect(scenario.platform.artworkPolicy == .thompson)
    #expect(scenario.expectations.first?.check == .viewerCount(profile: "family", equals: 2))
    let jo = try #require(scenario.persona(id: "jo"))
    #expect(jo.schedule[0].days == [.saturday])
    #expect(jo.schedule[1].days == Weekday.weekdays)
    #expect(jo.schedule[0].device == .tv)
  }

  @Test("a minimal scenario gets documented defaults")
  func defaults() throws {
    let scenario = try ScenarioLoader.parse(ScenarioFiles.minimal(), path: "/tmp/minimal.yaml")
    #expect(scenario.seed == 1)
    #expect(scenario.days == 28)
    #expect(scenario.crowd == .standard)
    #expect(scenario.platform == .standard)
    #expect(scenario.accounts == [
      Account(id: "alex", profiles: [Profile(id: "alex", name: "alex", viewers: ["alex"])])
    ])
    let alex = try #require(scenario.persona(id: "alex"))
    #expect(alex.devices == [.tv])
    #expect(alex.timeZone == "America/New_York")
    #expect(alex.bingeTendency == 0.3)
    #expect(scenario.catalog == .generated(CatalogGenerator(size: 50, seed: 1)))
  }

  @Test("scripted events are kept raw with their line numbers")
  func events() throws {
    let text = ScenarioFiles.minimal(
      """
      events:
        - {day: 2, time: "21:00", persona: alex, type: play, title: 7, minutes: 42.5, finished: true}
        - day: 3
          type: search
          tags: [a, b]
          extra: ~
      """)
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/e.yaml")
    #expect(scenario.events.count == 2)
    let first = scenario.events[0]
    #expect(first.location.line == 9)
    #expect(first.location.column == 5)
    #expect(first.fields["day"] == .integer(2))
    #expect(first.fields["time"] == .string("21:00"))
    #expect(first.fields["minutes"] == .number(42.5))
    #expect(first.fields["finished"] == .bool(true))
    #expect(first.fields["title"] == .integer(7))
    #expect(scenario.events[1].location.line == 10)
    #expect(scenario.events[1].fields["tags"] == .array([.string("a"), .string("b")]))
    #expect(scenario.events[1].fields["extra"] == .null)
  }

  @Test("an inline catalog is read with the catalog file format")
  func inlineCatalog() throws {
    let text = """
      name: Inline
      catalog:
        titles:
          - {id: t1, name: Night Shift, genres: [Horror, Slasher], cast: [Ava Stone]}
          - id: t2
            name: Sunny Days
            genres: [Comedy]
            artwork:
              - {id: t2-a, tone: comic, genre: Comedy}
      personas:
        - id: alex
          age_band: 18-24
          gender: male
          tastes: {genres: {Slasher: 1.0}}
      """
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/inline.yaml")
    guard case .inline(let catalog) = scenario.catalog else {
      Issue.record("expected an inline catalog")
      return
    }
    #expect(catalog.count == 2)
    #expect(catalog.title(id: "t2")?.artwork.map(\.id) == ["t2-a"])
    #expect(scenario.persona(id: "alex")?.tastes.genres[Genre("Slasher")] == 1.0)
  }

  @Test("a catalog file path is resolved against the scenario's folder")
  func catalogFile() throws {
    let path = try ScenarioFiles.write(
      """
      name: With file
      catalog: {file: titles.yaml}
      personas: [{id: alex, age_band: 55+, gender: female}]
      """)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try Data("titles:\n  - {id: 1, name: A, genres: [Drama]}\n".utf8)
      .write(to: folder.appendingPathComponent("titles.yaml"))
    let scenario = try ScenarioLoader.load(path: path)
    guard case .file(let file, let catalog) = scenario.catalog else {
      Issue.record("expected a file catalog")
      return
    }
    #expect(file.hasSuffix("/titles.yaml"))
    #expect(catalog.count == 1)
  }
}
