import Events
import Platform
import Testing

@testable import Simulation

@Suite("Household event log: numbering, the app's view, time order")
struct HouseholdEventLogTests {
  @Test("events are numbered in logging order and the app's view of the profile follows them")
  func numberingAndActivity() {
    let context = DayFixtures.context(day: 3)
    let h = DayFixtures.household("lee")
    var log = DayFixtures.log(context, household: h)
    let title = context.catalog.titles[7]
    let runtime = Double(title.runtimeMinutes * 60)
    #expect(log.nextID == "\(h)-3-1")
    log.log(
      .playStart(title: title.id.text, playback: "b", position: 0, runtime: runtime), profile: "hana",
      zone: "America/New_York", seconds: 20 * 3600)
    #expect(log.activity(of: "hana")?.continueWatching == [7])
    log.log(
      .completion(title: title.id.text, playback: "b", runtime: runtime), profile: "hana", zone: "America/New_York",
      seconds: 21 * 3600)
    #expect(log.activity(of: "hana")?.watched == [7])
    #expect(log.activity(of: "hana")?.continueWatching == [])
    #expect(log.activity(of: "family") == nil)  // another household's profile
    #expect(log.events.map(\.event.id) == ["\(h)-3-1", "\(h)-3-2"])
    #expect(log.events.allSatisfy { $0.event.account == "lee" })
    #expect(log.nextID == "\(h)-3-3")
    // Times are local: 20:00 in New York on day 3.
    let expected = context.clock.timestamp(zone: "America/New_York", day: 3, seconds: 20 * 3600)
    #expect(log.events[0].time == expected && log.events[0].event.timestamp == expected)
    #expect(expected.offsetMinutes == -300 || expected.offsetMinutes == -240)
  }

  @Test("an event for another account keeps its account and time")
  func otherAccount() throws {
    let context = DayFixtures.context()
    var log = DayFixtures.log(context, household: DayFixtures.household("lee"))
    let time = try #require(Timestamp(secondsSinceEpoch: context.clock.dayStart(0) + 5000, offsetMinutes: 60))
    log.log(.referralClick(title: "1", referral: "r"), profile: nil, time: time, account: "rivera")
    #expect(log.events.map(\.event.account) == ["rivera"] && log.events[0].time == time)
  }

  @Test("in time order, ties broken by id")
  func chronological() {
    let context = DayFixtures.context()
    var log = DayFixtures.log(context, household: DayFixtures.household("lee"))
    for seconds in [100, 50, 100, 10] {
      log.log(.listAdd(title: "1"), profile: "hana", zone: "UTC", seconds: seconds)
    }
    #expect(log.chronological.map { $0.event.id.split(separator: "-").last! } == ["4", "2", "1", "3"])
  }
}
