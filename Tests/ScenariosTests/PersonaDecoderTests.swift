import Catalog
import Testing

@testable import Scenarios

@Suite("Persona decoder: who a persona is, when they watch, what they like")
struct PersonaDecoderTests {
  static func decode(_ yaml: String, genres: GenreVocabulary = GenreVocabulary()) throws -> (Persona?, [DocumentIssue.Kind]) {
    let document = ScenarioNodes.document()
    let root = try #require(document.reader.compose(yaml))
    let persona = PersonaDecoder(document: document, genres: genres).persona(root, field: "personas[0]")
    return (persona, ScenarioNodes.kinds(document))
  }

  @Test("the defaults: a TV, evenings 20:00–23:00 every day, New York, binge tendency 0.3, named by id")
  func defaults() throws {
    let (persona, issues) = try Self.decode("{id: alex, age_band: 25-34, gender: female}")
    let alex = try #require(persona)
    #expect(issues.isEmpty)
    #expect(alex.name == "alex" && alex.region == "US" && alex.timeZone == "America/New_York")
    #expect(alex.devices == [.tv] && alex.bingeTendency == 0.3)
    #expect(alex.schedule == [ViewingWindow(days: Weekday.allCases, start: ClockTime("20:00")!, end: ClockTime("23:00")!)])
    #expect(alex.tastes.genres.isEmpty && alex.tastes.cast.isEmpty)
  }

  @Test("windows: day groups, lists sorted without repeats, the device must be the persona's")
  func windows() throws {
    let (persona, issues) = try Self.decode(
      """
      id: jo
      age_band: under-18
      gender: nonbinary
      devices: [tablet, phone]
      schedule:
        - {days: weekends, start: "08:00", end: "11:00", device: tablet, probability: 0.5}
        - {days: [sun, mon, sun], start: "16:00", end: "18:00"}
      """)
    let jo = try #require(persona)
    #expect(issues.isEmpty)
    #expect(jo.schedule.map(\.days) == [Weekday.weekends, [.monday, .sunday].sorted()])
    #expect(jo.schedule[0].device == .tablet && jo.schedule[0].probability == 0.5 && jo.schedule[1].device == nil)

    let (none, problems) = try Self.decode(
      """
      {id: jo, age_band: under-18, gender: nonbinary, devices: [tablet],
       schedule: [{start: "08:00", end: "08:00"}, {start: "09:00", end: "25:00"}, {start: "09:00", end: "10:00", device: tv}]}
      """)
    #expect(none == nil)  // a persona with any problem is left out
    #expect(
      problems == [
        .invalidValue(field: "personas[0].schedule[0].end", expected: "a time different from 'start'", found: "'08:00'", suggestion: nil),
        .invalidValue(
          field: "personas[0].schedule[1].end", expected: "a time of day \"HH:MM\" from 00:00 to 23:59", found: "'25:00'",
          suggestion: nil),
        .invalidValue(
          field: "personas[0].schedule[2].device", expected: "one of the persona's devices (tablet)", found: "'tv'",
          suggestion: nil),
      ])
  }

  @Test("tastes use the vocabulary's genres; a time zone must be a real one")
  func tastesAndZones() throws {
    let yaml = "{id: a, age_band: 25-34, gender: male, time_zone: Europe/Lodnon, tastes: {genres: {Horror: 1, Space Opera: 0.5}, cast: {Ann: -1}}}"
    let (persona, issues) = try Self.decode(yaml)
    #expect(persona == nil)
    #expect(issues.count == 2)
    guard case .invalidValue(let zoneField, _, _, let zoneSuggestion)? = issues.first,
      case .invalidValue(let genreField, _, _, _)? = issues.last
    else {
      Issue.record("a time zone and a genre reported, got \(issues)")
      return
    }
    #expect(zoneField == "personas[0].time_zone" && zoneSuggestion == "Europe/London")
    #expect(genreField == "personas[0].tastes.genres.Space Opera")
    var vocabulary = GenreVocabulary()
    vocabulary.add([Genre("Space Opera")])
    let (fixed, none) = try Self.decode(yaml.replacingOccurrences(of: "Lodnon", with: "London"), genres: vocabulary)
    #expect(none.isEmpty)
    #expect(fixed?.tastes.genres == [.horror: 1, Genre("Space Opera"): 0.5] && fixed?.tastes.cast == ["Ann": -1])
    #expect(fixed?.timeZone == "Europe/London")
  }
}
