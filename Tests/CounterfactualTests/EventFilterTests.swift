import Catalog
import Events
import Foundation
import Scenarios
import TestSupport
import Testing

@testable import Counterfactual

@Suite("The --without filter grammar")
struct EventFilterTests {
  static let catalog: Catalog = {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path
    guard let scenario = try? ScenarioLoader.load(path: path), let catalog = try? scenario.catalog.load() else {
      fatalError("Scenarios/binge-watcher.yaml does not load")
    }
    return catalog
  }()

  static func event(_ id: String, _ time: String, _ payload: EventPayload) throws -> Event {
    Event(id: id, timestamp: try #require(Timestamp(time)), account: "a", profile: "p", payload: payload)
  }

  @Test("clauses joined by commas are all required; | gives alternatives")
  func parsing() throws {
    let one = try EventFilter(parsing: "type=search", catalog: Self.catalog)
    #expect(one.conditions == [.type([.search])])
    let two = try EventFilter(parsing: " Genre=horror , type=play_start|stop ", catalog: Self.catalog)
    #expect(two.conditions == [.genre(["horror"]), .type([.playStart, .stop])])
    #expect(two.text == "Genre=horror,type=play_start|stop")
    let playback = try EventFilter(parsing: "type=playback", catalog: Self.catalog)
    #expect(playback.conditions == [.type(EventFilter.playbackTypes)])
    let sources = try EventFilter(parsing: "source=partner|device,device=tv", catalog: Self.catalog)
    #expect(sources.conditions == [.source([.partner, .device]), .device([.tv])])
    let times = try EventFilter(parsing: "after=2025-01-20,before=2025-01-21T06:00:00Z", catalog: Self.catalog)
    #expect(times.conditions == [.after(1_737_331_200), .before(1_737_331_200 + 30 * 3600)])
    let title = try #require(Self.catalog.titles.first)
    let byName = try EventFilter(parsing: "title=\(title.name.uppercased())", catalog: Self.catalog)
    #expect(byName.conditions == [.title([title.id.text])])
  }

  @Test("bad filters name the problem and list what exists")
  func errors() {
    func failure(_ text: String) -> EventFilterError? {
      do throws(EventFilterError) {
        _ = try EventFilter(parsing: text, catalog: Self.catalog)
        return nil
      } catch { return error }
    }
    #expect(failure("") == .empty)
    #expect(failure(" , ") == .empty)
    #expect(failure("horror") == .malformed(clause: "horror"))
    #expect(failure("genre=") == .malformed(clause: "genre="))
    #expect(failure("genre=a||b") == .malformed(clause: "genre=a||b"))
    #expect(failure("colour=red") == .unknownKey(key: "colour", known: EventCondition.keys))
    guard case .unknownValue("genre", "Horrror", let genres) = failure("genre=Horrror") else {
      Issue.record("expected an unknown genre")
      return
    }
    #expect(genres.contains("Horror"))
    // A typo gets the likely intended word, as validate gives it; a word
    // nothing is close to gets none.
    #expect(failure("genre=Horrror")?.description.contains("(did you mean `Horror`?)") == true)
    #expect(failure("type=play_strat")?.description.contains("(did you mean `play_start`?)") == true)
    #expect(failure("genr=Horror")?.description.contains("(did you mean `genre`?)") == true)
    #expect(failure("genre=Zzzzzzzz")?.description.contains("did you mean") == false)
    guard case .unknownValue("type", "play", let types) = failure("type=play") else {
      Issue.record("expected an unknown type")
      return
    }
    #expect(types.contains("play_start") && types.contains("playback"))
    #expect(failure("device=fridge").map { "\($0)" }?.contains("streaming_stick") == true)
    #expect(failure("after=yesterday") == .badTime(key: "after", value: "yesterday"))
    #expect(failure("after=2025-02-30") == .badTime(key: "after", value: "2025-02-30"))
    #expect(failure("title=No Such Title Anywhere").map { "\($0)" }?.contains("unknown title") == true)
  }

  @Test("matching: type, genre, device from the session start, time range")
  func matching() throws {
    let horror = try #require(Self.catalog.titles.first { $0.genres.contains(.horror) })
    let other = try #require(Self.catalog.titles.first { !$0.genres.contains(.horror) })
    let events = [
      try Self.event(
        "1", "2025-01-19T20:00:00Z",
        .sessionStart(
          device: "d1", deviceType: .tv, os: "tvOS", appVersion: "1", ip: try #require(IPAddress("192.0.2.1")),
          connection: .wifi)),
      try Self.event(
        "2", "2025-01-19T20:01:00Z", .playStart(title: horror.id.text, playback: "b", position: 0, runtime: nil)),
      try Self.event("3", "2025-01-19T20:02:00Z", .search(query: "x", clicked: horror.id.text)),
      try Self.event(
        "4", "2025-01-20T20:00:00Z",
        .sessionStart(
          device: "d2", deviceType: .phone, os: "iOS", appVersion: "1", ip: try #require(IPAddress("192.0.2.1")),
          connection: .cellular)),
      try Self.event(
        "5", "2025-01-20T20:01:00Z", .playStart(title: other.id.text, playback: "c", position: 0, runtime: nil)),
    ]
    func hits(_ text: String) throws -> [Bool] {
      try EventFilter(parsing: text, catalog: Self.catalog).matches(events, catalog: Self.catalog)
    }
    #expect(try hits("genre=Horror") == [false, true, true, false, false])
    #expect(try hits("genre=Horror,type=playback") == [false, true, false, false, false])
    #expect(try hits("device=tv") == [true, true, true, false, false])
    #expect(try hits("device=phone,type=play_start") == [false, false, false, false, true])
    #expect(try hits("after=2025-01-20") == [false, false, false, true, true])
    #expect(try hits("before=2025-01-20") == [true, true, true, false, false])
    #expect(try hits("source=device") == [true, false, false, true, false])
    #expect(try hits("title=\(other.id.text)|\(horror.id.text),type=play_start") == [false, true, false, false, true])
  }
}
