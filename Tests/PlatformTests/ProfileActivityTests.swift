import Catalog
import Events
import Platform
import Recommendation
import Testing

@Suite("Profile activity and the platform's learning")
struct ProfileActivityTests {
  static let catalog = CatalogGenerator(size: 40, seed: 4).generate()
  static let index = CatalogIndex(catalog: catalog)

  static func event(_ id: Int, _ seconds: Int64, _ payload: EventPayload, profile: String = "p1")
    -> Event
  {
    Event(
      id: "e\(id)", timestamp: Timestamp(secondsSinceEpoch: 1_736_000_000 + seconds, offsetMinutes: 60)!,
      account: "a1", profile: profile, payload: payload)
  }

  @Test("Plays become continue watching; completions become watched")
  func activity() {
    var activity = ProfileActivity()
    let runtime = 6000.0
    activity.record(Self.event(1, 0, .playStart(title: "3", playback: "x", position: 0, runtime: runtime)), index: Self.index)
    activity.record(Self.event(2, 600, .stop(title: "3", playback: "x", position: 600, runtime: runtime)), index: Self.index)
    activity.record(Self.event(3, 700, .playStart(title: "5", playback: "y", position: 0, runtime: runtime)), index: Self.index)
    activity.record(Self.event(4, 800, .completion(title: "5", playback: "y", runtime: runtime)), index: Self.index)
    #expect(activity.continueWatching == [2])
    #expect(activity.resumePosition(title: 2) == 600)
    #expect(activity.watched == [4])
    activity.record(Self.event(5, 900, .profileSettings(profileName: "K", kids: true, language: "en", maturity: .olderKids)), index: Self.index)
    #expect(activity.isKids)
  }

  @Test("A day of events trains a model, and the same events give the same platform")
  func sameEventsSameState() {
    var events: [Event] = []
    var id = 0
    for p in 0..<12 {
      for t in 0..<6 {
        id += 1
        let title = String((p % 3) * 10 + t + 1)
        events.append(Self.event(id, Int64(id * 10), .playStart(title: title, playback: "b\(id)", position: 0, runtime: 3000), profile: "p\(p)"))
        id += 1
        events.append(Self.event(id, Int64(id * 10), .completion(title: title, playback: "b\(id - 1)", runtime: 3000), profile: "p\(p)"))
      }
    }
    var configuration = PlatformConfiguration()
    configuration.factors = 4
    var a = StreamingPlatform(catalog: Self.catalog, configuration: configuration)
    var b = StreamingPlatform(catalog: Self.catalog, configuration: configuration)
    a.endOfDay(events)
    b.endOfDay(events)
    #expect(a.retrains == 1)
    #expect(a.tastes == b.tastes)
    #expect(a.profileIDs.count == 12)
    let page = a.homepage(profile: "p0", activity: a.activity(profile: "p0"))
    #expect(!page.rows.isEmpty)
    #expect(page.titles.allSatisfy { !a.activity(profile: "p0").watched.contains($0) })
  }
}
