import Events
import Inference
import TestSupport
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
    #expect(hours.text == "20:00–23:00")
    #expect(hours.score == 1)
    // Something is played every day of the two weeks.
    let days = try #require(byName["active days"])
    #expect(days.text == "every day")
    #expect(days.score == 1)
    // Evenings only: the daily gap is about 21 hours, which says when she
    // does not watch, not when she sleeps.
    #expect(byName["sleep window"] == nil)
    let weekend = try #require(byName["weekday/weekend"])
    #expect(weekend.text == "weekend-heavy")
    #expect(weekend.score > 2)
    let binge = try #require(byName["binge propensity"])
    #expect(binge.text == "moderate")
    #expect(abs(binge.score - 4.0 / 14.0) < 1e-9)
    // Weekday plays on even days finish: days 0, 2, 4, 8, 10 of 22 playbacks.
    let completion = try #require(byName["completion rate"])
    #expect(abs(completion.score - 5.0 / 22.0) < 1e-9)
    #expect(completion.text == "23% of playbacks finished")
    #expect(!days.evidence.isEmpty)
    #expect(!binge.evidence.isEmpty && binge.evidence.allSatisfy { $0.description.contains("3 plays") })
  }

  @Test("sleep window: the nightly gap between 23:00 and 07:00 plays, held on 9 of 10 days; not shown past 12 hours")
  func sleepWindow() throws {
    var history = ProfileHistory()
    for day in 0..<10 {
      // A 10-minute play at 07:00 and at 23:00 (the 07:00 one moved to 05:00
      // on day 4, which breaks the window that night only).
      history.watch("h\(day % 6 + 1)", day: day, hour: day == 4 ? 5 : 7, finish: false)
      history.watch("d\(day % 4 + 1)", day: day, hour: 23, finish: false)
    }
    let traits = RhythmInference().infer(events: history.events)
    let sleep = try #require(traits.first { $0.name == "sleep window" })
    // Activity in the 23:00–23:15 quarter hour and at 07:00–07:15: the gap
    // runs 23:15–07:00, 7¾ hours, quiet on 9 of the 10 active days (day 4's
    // night ends at 05:00; the 10th night, after day 9, saw no morning but
    // is quiet too). Confidence (9 + 1) / (10 + 2).
    #expect(sleep.text == "23:15–07:00")
    #expect(sleep.score == 7.75)
    #expect(abs(sleep.confidence - 10.0 / 12.0) < 1e-12)
    // Every morning and every evening: "every day"; daily, so no weekday/weekend difference.
    #expect(traits.first { $0.name == "active days" }?.text == "every day")
    #expect(traits.first { $0.name == "weekday/weekend" }?.text == "no difference")

    // Six days are not enough data.
    var short = ProfileHistory()
    for day in 0..<6 {
      short.watch("h1", day: day, hour: 7, finish: false)
      short.watch("d1", day: day, hour: 23, finish: false)
    }
    #expect(RhythmInference().infer(events: short.events).first { $0.name == "sleep window" } == nil)

    // Two viewers on one profile, at 16:00 and at 22:00 every day: the
    // gap between them (16:15–22:00) is not a night, and the night's gap
    // (22:15–16:00) is longer than 12 hours, so there is no sleep window.
    var shared = ProfileHistory()
    for day in 0..<10 {
      shared.watch("c\(day % 6 + 1)", day: day, hour: 16, finish: false)
      shared.watch("d\(day % 4 + 1)", day: day, hour: 22, finish: false)
    }
    #expect(RhythmInference().infer(events: shared.events).first { $0.name == "sleep window" } == nil)
  }

  @Test("active days: the weekdays watched on at least half their dates; weekend-heavy only when the rates clearly differ")
  func weeklyPattern() throws {
    // Saturdays and Sundays of three weeks, two plays each.
    var weekends = ProfileHistory()
    for week in 0..<3 {
      for day in [5, 6] {
        weekends.watch("m1", day: week * 7 + day, hour: 15, finish: false)
        weekends.watch("m2", day: week * 7 + day, hour: 17, finish: false)
      }
    }
    // One Monday of the first week too: Monday's share is 1 of 3 dates.
    weekends.watch("d1", day: 0, hour: 20, finish: false)
    let traits = RhythmInference().infer(events: weekends.events)
    #expect(traits.first { $0.name == "active days" }?.text == "Sat, Sun")
    let weekend = try #require(traits.first { $0.name == "weekday/weekend" })
    // 12 weekend plays over 6 weekend dates, 1 over 15 weekdays (day 0 to 20).
    #expect(abs(weekend.score - ((12.5 / 6) / (1.5 / 15))) < 1e-9)
    #expect(weekend.text == "weekend-heavy")
    // Two plays on a Saturday against one on each weekday of one week:
    // ratio (2.5/1)/(5.5/5) ≈ 2.3, but on 7 plays it is not clear.
    var few = ProfileHistory()
    for day in 0..<5 { few.watch("d1", day: day, hour: 20, finish: false) }
    few.watch("m1", day: 5, hour: 20, finish: false)
    few.watch("m2", day: 5, hour: 21, finish: false)
    #expect(RhythmInference().infer(events: few.events).first { $0.name == "weekday/weekend" }?.text == "no difference")
  }

  @Test("completion-rate evidence names titles, not ids")
  func completionNames() throws {
    var history = ProfileHistory()
    history.watch("h1", day: 0, hour: 20)
    history.watch("h2", day: 1, hour: 20, finish: false)
    let inference = RhythmInference(titleName: { "Title \($0)" })
    let rate = try #require(inference.infer(events: history.events).first { $0.name == "completion rate" })
    #expect(rate.evidence.contains { $0.description == "\"Title h1\": 1 of 1 playback finished" })
    #expect(!rate.evidence.contains { $0.description.hasPrefix("h1") })
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
    #expect(binge.text == "high")
  }

  @Test("local time comes from each timestamp's own offset")
  func offsets() throws {
    var history = ProfileHistory()
    history.offset = 540  // UTC+09:00
    for day in 0..<5 { history.watch("h1", day: day, hour: 7) }
    let hours = try #require(RhythmInference().infer(events: history.events).first { $0.name == "active hours" })
    #expect(hours.text.hasPrefix("05:00") || hours.text.hasPrefix("06:00") || hours.text.hasPrefix("07:00"))
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
    #expect(home.text == "Noord-Holland, NL")
    #expect(abs(home.score - 0.8) < 1e-9)
    #expect(home.evidence.first?.description.contains("198.51.100.130") == true)
    let zone = try #require(byName["time zone"])
    #expect(zone.text == "UTC+01:00 (Europe/Amsterdam)")
    let travel = try #require(byName["travel"])
    #expect(travel.text.contains("Tokyo, JP on 2026-03-11"))
    #expect(travel.score == 2)
    let devices = try #require(byName["devices"])
    #expect(devices.text == "TV (tvOS), phone (Android)")
    #expect(devices.score == 2)
  }
}
