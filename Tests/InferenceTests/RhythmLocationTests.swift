import Events
import Inference
import Testing

@Suite("Rhythms and location from the event log")
struct RhythmLocationTests {
  /// Two weeks of an evening viewer at UTC+01:00: one play on weekday
  /// evenings at 21:00, a three-play binge on Saturday and Sunday evenings.
  static func eveningViewer() -> ProfileHistory {
    var history = ProfileHistory()
    let titles = ["h1", "h2", "h3", "h4", "h5", "h6", "d1", "d2", "d3", "d4", "m1", "m2", "m3", "m4"]
    for day in 0..<14 {
      let weekend = day % 7 >= 5
      if weekend {
        for k in 0..<3 { history.watch(titles[(day + k) % titles.count], day: day, hour: 20, minute: 30 * k, finish: false) }
      } else {
        history.watch(titles[day % titles.count], day: day, hour: 21, finish: day % 2 == 0)
      }
    }
    return history
  }

  @Test("active hours, days, sleep window, weekend difference, binge propensity, completion rate")
  func rhythms() throws {
    let traits = RhythmInference().infer(events: Self.eveningViewer().events)
    let byName = Dictionary(uniqueKeysWithValues: traits.map { ($0.name, $0) })
    let hours = try #require(byName["active hours"])
    #expect(hours.value == "20:00–23:00")
    #expect(hours.score == 1)
    let days = try #require(byName["active days"])
    #expect(days.value == "Sat, Sun")
    let sleep = try #require(byName["sleep window"])
    #expect(sleep.value == "22:00–20:00")
    let weekend = try #require(byName["weekday/weekend"])
    #expect(weekend.value == "weekend-heavy")
    #expect(weekend.score > 2)
    let binge = try #require(byName["binge propensity"])
    #expect(binge.value == "moderate")
    #expect(abs(binge.score - 4.0 / 14.0) < 1e-9)
    // Weekday plays on even days finish: days 0, 2, 4, 8, 10 of 22 playbacks.
    let completion = try #require(byName["completion rate"])
    #expect(abs(completion.score - 5.0 / 22.0) < 1e-9)
    #expect(completion.value == "23% of playbacks finished")
    #expect(!days.evidence.isEmpty)
    #expect(days.evidence.allSatisfy { $0.description.contains("Sat") || $0.description.contains("Sun") })
    #expect(!binge.evidence.isEmpty && binge.evidence.allSatisfy { $0.description.contains("3 plays") })
  }

  @Test("Two films watched back to back are one sitting and a binge, however long the films")
  func filmsBackToBack() throws {
    var history = ProfileHistory()
    for day in 0..<4 {
      // 90-minute films: the second starts 10 minutes after the first ends.
      history.watch("h\(day + 1)", day: day, hour: 20)
      history.watch("d\(day + 1)", day: day, hour: 21, minute: 40)
    }
    for day in 4..<8 { history.watch("m\(day - 3)", day: day, hour: 20) }
    let traits = RhythmInference().infer(events: history.events)
    let binge = try #require(traits.first { $0.name == "binge propensity" })
    // 8 sittings, 4 of them two finished films: 0.5, high.
    #expect(abs(binge.score - 0.5) < 1e-9)
    #expect(binge.value == "high")
  }

  @Test("local time comes from each timestamp's own offset")
  func offsets() throws {
    var history = ProfileHistory()
    history.offset = 540  // UTC+09:00
    for day in 0..<5 { history.watch("h1", day: day, hour: 7) }
    let hours = try #require(RhythmInference().infer(events: history.events).first { $0.name == "active hours" })
    #expect(hours.value.hasPrefix("05:00") || hours.value.hasPrefix("06:00") || hours.value.hasPrefix("07:00"))
    #expect(RhythmInference().infer(events: []).isEmpty)
  }

  @Test("home region, time zone, travel and devices from session IPs")
  func location() throws {
    var history = ProfileHistory()
    for day in 0..<8 { history.session(day: day, hour: 20, ip: "198.51.100.130", device: "tv-1", type: .tv) }
    history.offset = 540
    history.session(day: 9, hour: 22, ip: "203.0.113.5", device: "phone-1", type: .phone)
    history.session(day: 10, hour: 22, ip: "203.0.113.5", device: "phone-1", type: .phone)
    let traits = LocationInference(geoIP: .sample).infer(events: history.events)
    let byName = Dictionary(uniqueKeysWithValues: traits.map { ($0.name, $0) })
    let home = try #require(byName["home region"])
    #expect(home.value == "Noord-Holland, NL")
    #expect(abs(home.score - 0.8) < 1e-9)
    #expect(home.evidence.first?.description.contains("198.51.100.130") == true)
    let zone = try #require(byName["time zone"])
    #expect(zone.value == "UTC+01:00 (Europe/Amsterdam)")
    let travel = try #require(byName["travel"])
    #expect(travel.value.contains("Tokyo, JP on 2026-03-11"))
    #expect(travel.score == 2)
    let devices = try #require(byName["devices"])
    #expect(devices.value == "tv (tvOS), phone (Android)")
    #expect(devices.score == 2)
  }
}
