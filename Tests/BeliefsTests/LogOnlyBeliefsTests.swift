import Beliefs
import Catalog
import Events
import Inference
import TestSupport
import Testing

/// A hand-made household with no platform model behind it, the way a
/// person's own data export arrives: every trait the log alone supports,
/// each checked against a value worked out by hand from its definition
/// (Docs/Inference.md).
@Suite("Beliefs from an event log alone, hand-computed")
struct LogOnlyBeliefsTests {
  /// Two weeks from Monday 2026-03-02 at UTC+01:00 (Europe/Amsterdam, whose
  /// addresses the sample geo-IP table puts in Noord-Holland):
  /// - p1, every day: a search at 07:00, a TV session at 20:00 and a horror
  ///   title 20:00–21:30 (h1…h6 in turn), finished; Monday to Thursday of
  ///   the first week a drama after it, 21:35–23:05, finished; both
  ///   Saturdays a comedy at 14:00, stopped after 10 minutes.
  /// - k1, the same account's kids' profile: a tablet session and a
  ///   cartoon at 16:00 on five days.
  static func household() -> (log: EventLog, p1: [Event], k1: [Event]) {
    var p1 = ProfileHistory()
    for day in 0..<14 {
      p1.add(day: day, second: 7 * 3600, .search(query: "news", clicked: nil))
      p1.session(day: day, hour: 20, ip: "198.51.100.130", device: "tv1", type: .tv)
      p1.watch(["h1", "h2", "h3", "h4", "h5", "h6"][day % 6], day: day, hour: 20)
      if day < 4 { p1.watch(["d1", "d2", "d3", "d4"][day], day: day, hour: 21, minute: 35) }
      if day == 5 || day == 12 { p1.watch("m1", day: day, hour: 14, finish: false) }
    }
    var k1 = ProfileHistory()
    k1.profile = "k1"
    k1.add(day: 0, second: 15 * 3600, .profileSettings(profileName: "Kids", kids: true, language: "nl", maturity: .olderKids))
    for day in 0..<5 {
      k1.session(day: day, hour: 16, ip: "198.51.100.130", device: "tab1", type: .tablet)
      k1.watch(["c1", "c2", "c3", "c4", "c5"][day], day: day, hour: 16)
    }
    // Event ids must be unique across the log.
    let kids = k1.events.map { event -> Event in
      var renamed = event
      renamed.id = "k-" + event.id
      return renamed
    }
    return (EventLog(events: p1.events + kids), p1.events, kids)
  }

  static func trait(_ traits: [InferredTrait], _ kind: TraitKind) -> InferredTrait? {
    traits.first { $0.kind == kind }
  }

  @Test("rhythms: hours, days, sleep window, weekly pattern, binges and completion by their definitions")
  func rhythms() throws {
    let (log, p1, _) = Self.household()
    let beliefs = PlatformBeliefs(log: log, catalog: ProfileHistory.catalog)
    let traits = beliefs.traits(profile: "p1", events: p1, withEvidence: false)
    // 20 play starts: 14 at 20:xx, 4 at 21:35, 2 at 14:00. The busiest
    // 3-hour windows are 19–22 and 20–23 (18 plays each); the tie goes to
    // the one whose middle hour is busier (20:00, 14 plays).
    let hours = try #require(Self.trait(traits, .activeHours))
    #expect(hours.value == .hours(start: 19 * 60, end: 22 * 60))
    #expect(abs(hours.score - 18.0 / 20) < 1e-9 && abs(hours.confidence - 20.0 / 30) < 1e-9)
    // Viewing on every date of every weekday.
    #expect(Self.trait(traits, .activeDays)?.value == .weekdays(Array(0..<7)))
    // Per day, with half a play added to each side: weekend (6 + ½) / 4
    // days against weekdays (14 + ½) / 10 days, a ratio of 1.12, inside
    // 0.8–1.25: no difference.
    let week = try #require(Self.trait(traits, .weekdayWeekend))
    #expect(week.value == .weekRhythm(.noDifference) && abs(week.score - (6.5 / 4) / (14.5 / 10)) < 1e-9)
    // The quiet stretch from the quarter hour after 21:30 to the 07:00
    // search holds on the 10 days without a drama (10/14 ≥ 2/3); starting
    // earlier would include 21:30, ending later the next search.
    let sleep = try #require(Self.trait(traits, .sleepWindow))
    #expect(sleep.value == .hours(start: 21 * 60 + 45, end: 31 * 60))
    #expect(sleep.text == "21:45–07:00" && abs(sleep.confidence - 11.0 / 16) < 1e-9)
    // 16 sittings (14 evenings, 2 Saturday afternoons); the 4 with two
    // titles finished back to back are binges: 4/16 = 0.25, between the 0.1
    // and 0.3 thresholds, so moderate.
    let binge = try #require(Self.trait(traits, .bingePropensity))
    #expect(binge.value == .level(.moderate) && abs(binge.score - 4.0 / 16) < 1e-9)
    // 18 of 20 playbacks finished.
    let completion = try #require(Self.trait(traits, .completionRate))
    #expect(completion.text == "90% of playbacks finished" && abs(completion.confidence - 20.0 / 30) < 1e-9)
  }

  @Test("location, devices, household and tastes without a model; no demographic guess")
  func everythingElse() throws {
    let (log, p1, k1) = Self.household()
    let beliefs = PlatformBeliefs(log: log, catalog: ProfileHistory.catalog)
    let traits = beliefs.traits(profile: "p1", events: p1, withEvidence: false)
    // 14 sessions, all from one Noord-Holland address: share 1 × 14/(14 + 3).
    let home = try #require(Self.trait(traits, .homeRegion))
    #expect(home.value == .region("Noord-Holland, NL") && abs(home.confidence - 14.0 / 17) < 1e-9)
    #expect(Self.trait(traits, .timeZone)?.value == .utcOffset(minutes: 60, zone: "Europe/Amsterdam"))
    #expect(Self.trait(traits, .travel) == nil)
    #expect(Self.trait(traits, .devices)?.value == .devices([.init(type: .tv, os: "tvOS")]))
    // One group of 14 sessions (≥ 10, < 20): one viewer, 0.9.
    let viewers = try #require(Self.trait(traits, .viewers))
    #expect(viewers.value == .count(1) && viewers.confidence == 0.9)
    // The account: p1's one viewer and the kids' profile's; children from its settings.
    #expect(Self.trait(traits, .peopleInAccount)?.value == .count(2))
    let children = try #require(Self.trait(traits, .children))
    #expect(children.value == .presence(true) && children.confidence == 0.95)
    // Genres against the catalog's mix (two profiles are too few for an
    // audience): horror is 6 of its 20 titles and most of p1's viewing.
    let genres = traits.filter { $0.kind == .genreAffinity }
    #expect(genres.first?.value == .genre(.horror))
    #expect(!genres.contains { $0.value == .genre(.children) })
    #expect(beliefs.topGenre(profile: "p1")?.genre == .horror)
    // Ada Vance is in three of the horror titles p1 watched, Kim Lowe in two dramas.
    let cast = traits.filter { $0.kind == .favouriteCast }.map(\.value)
    #expect(cast.first == .person("Ada Vance") && cast.contains(.person("Kim Lowe")))
    // No model, so no classifier: the platform does not guess p1's age or gender.
    #expect(Self.trait(traits, .gender) == nil && Self.trait(traits, .ageBand) == nil)
    // The kids' profile states its viewer's age band.
    let kids = beliefs.traits(profile: "k1", events: k1, withEvidence: false)
    #expect(Self.trait(kids, .ageBand)?.value == .ageBand(.under18))
    #expect(beliefs.profileIDs == ["p1", "k1"] || beliefs.profileIDs == ["k1", "p1"])
  }

  @Test("with twenty profiles of their own, genres rank against the log's audience instead of the catalog")
  func audienceOfTheLog() {
    var events: [Event] = []
    for p in 0..<20 {
      var history = ProfileHistory()
      history.profile = "p\(p)"
      history.account = "a\(p)"
      // Everyone watches dramas; p0 a little more horror than the rest.
      for day in 0..<4 { history.watch(["d1", "d2", "d3", "d4"][day], day: day, hour: 20) }
      history.watch(p == 0 ? "h1" : "m1", day: 5, hour: 20)
      events += history.events.map { event in
        var renamed = event
        renamed.id = "p\(p)-" + event.id
        return renamed
      }
    }
    let log = EventLog(events: events)
    let audience = PlatformBeliefs(log: log, catalog: ProfileHistory.catalog)
    // Against the catalog (drama 4 of 20 titles) drama, at 80% of p0's
    // viewing, is first; against an audience that all watches drama,
    // horror, which only p0 watches, is.
    #expect(audience.topGenre(profile: "p0")?.genre == .horror)
    let alone = PlatformBeliefs(log: EventLog(events: events.filter { $0.profile == "p0" }), catalog: ProfileHistory.catalog)
    #expect(alone.topGenre(profile: "p0")?.genre == .drama)
  }
}
