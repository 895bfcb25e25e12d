import Events
import Scenarios
import Support
import Testing

@testable import Platform
@testable import Simulation

@Suite("Viewing session and device identity")
struct ViewingSessionTests {
  @Test("a session that follows a notification starts on its device and plays the promoted title first")
  func followsNotification() throws {
    let context = DayFixtures.context()
    let h = DayFixtures.household("lee")
    let hana = DayFixtures.member("hana")
    let sent = context.clock.timestamp(zone: "America/New_York", day: 0, seconds: 18 * 3600)
    let note = PlannedNotification(account: "lee", profile: "hana", title: 12, time: sent)
    let plan = SessionPlan(
      member: hana, profile: 0, device: .computer, start: 19 * 3600, limit: 22 * 3600, notification: note)
    var session = ViewingSession(plan: plan, household: h, context: context)
    #expect(session.record.fromNotification && session.record.profile == "hana")
    #expect(session.record.start == context.clock.timestamp(zone: "America/New_York", day: 0, seconds: 19 * 3600))
    var log = DayFixtures.log(context, household: h)
    var random = SeededGenerator(seed: 2)
    var listed = Set<Int>()
    session.run(log: &log, random: &random, listed: &listed)
    let events = log.events.map(\.event)
    #expect(events.first?.type == .sessionStart)
    #expect(events.first?.timestamp == session.record.start)
    guard case .sessionStart(let device, let type, _, _, _, let connection)? = events.first?.payload else { return }
    #expect(device == DeviceIdentity.id(household: h, member: hana, device: .computer))
    #expect(type == .computer && connection == .wifi)
    let firstPlay = try #require(events.first { $0.type == .playStart })
    guard case .playStart(let title, _, _, _) = firstPlay.payload else { return }
    #expect(title == context.catalog.titles[12].id.text)
    #expect(events.allSatisfy { $0.profile == "hana" || $0.profile == nil })
    #expect(session.now <= session.limit + 6 * 3600)
  }

  @Test("a phone on cellular reports the carrier's address of the day, at home the household's")
  func addresses() {
    func start(_ device: Device, day: Int, cellular: Bool) -> (ip: IPAddress, connection: ConnectionType)? {
      guard
        case .sessionStart(_, _, _, _, let ip, let connection) = DeviceIdentity.sessionStart(
          household: 4, member: 9, device: device, day: day, timeZone: "Europe/Berlin", onCellular: cellular)
      else { return nil }
      return (ip, connection)
    }
    let home = DeviceIdentity.address(household: 4, timeZone: "Europe/Berlin")
    #expect(start(.phone, day: 0, cellular: false)?.ip == home && start(.phone, day: 0, cellular: false)?.connection == .wifi)
    #expect(start(.tv, day: 0, cellular: false)?.connection == .ethernet)
    let carrier0 = start(.phone, day: 0, cellular: true), carrier1 = start(.phone, day: 1, cellular: true)
    #expect(carrier0?.connection == .cellular && carrier0?.ip != home && carrier0?.ip != carrier1?.ip)
    #expect(GeoIPTable.sample.lookup(carrier0!.ip)?.region == GeoIPTable.sample.lookup(home)?.region)
  }
}
