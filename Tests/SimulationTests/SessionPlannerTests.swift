import Events
import Population
import Scenarios
import Support
import Testing

@testable import Platform
@testable import Simulation

@Suite("Session planner: who watches when, and who follows a notification")
struct SessionPlannerTests {
  /// The population with hana's schedule replaced.
  static func population(hanaWatches windows: [ViewingWindow]) -> Population {
    var population = SimulationFixtures.population
    population.members[DayFixtures.member("hana")].schedule = windows
    return population
  }

  @Test("a window that comes up today gives a session inside it, on the member's device")
  func windows() {
    let evening = ViewingWindow(days: Weekday.allCases, start: ClockTime("21:00")!, end: ClockTime("23:30")!)
    let never = ViewingWindow(
      days: Weekday.allCases, start: ClockTime("08:00")!, end: ClockTime("09:00")!, probability: 0)
    let population = Self.population(hanaWatches: [evening, never])
    let context = DayFixtures.context(population: population)
    let planner = SessionPlanner(context: context, household: DayFixtures.household("lee", in: population))
    for seed in 0..<20 as Range<UInt64> {
      var random = SeededGenerator(seed: seed)
      let plans = planner.scheduled(random: &random)
      #expect(plans.count == 1)
      guard let plan = plans.first else { continue }
      #expect(plan.member == DayFixtures.member("hana") && plan.profile == 0 && plan.device == .computer)
      #expect((21 * 3600)...((23 * 60 + 10) * 60 + 59) ~= plan.start)
      #expect(plan.limit == (23 * 60 + 30 + context.behavior.overrunMinutes) * 60)
      #expect(plan.notification == nil)
    }
  }

  @Test("a window on other weekdays gives no session today")
  func otherDays() {
    let context0 = DayFixtures.context()
    let today = Weekday.allCases[context0.day % 7]
    let window = ViewingWindow(
      days: Weekday.allCases.filter { $0 != today }, start: ClockTime("21:00")!, end: ClockTime("23:00")!)
    let population = Self.population(hanaWatches: [window])
    let planner = SessionPlanner(
      context: DayFixtures.context(population: population), household: DayFixtures.household("lee", in: population))
    var random = SeededGenerator(seed: 1)
    #expect(planner.scheduled(random: &random).isEmpty)
  }

  @Test("a notification is logged as sent; opened and followed, it plans a session that plays the title")
  func notifications() throws {
    let context0 = DayFixtures.context()
    let sent = context0.clock.timestamp(zone: "America/New_York", day: 0, seconds: 18 * 3600)
    let note = PlannedNotification(account: "lee", profile: "hana", title: 12, time: sent)
    func plan(open: Double, follow: Double) -> (plans: [SessionPlan], events: [Event]) {
      var behavior = ViewingBehavior()
      behavior.notificationOpenIntercept = open
      behavior.notificationFollow = follow
      let context = DayFixtures.context(behavior: behavior, notifications: ["hana": note])
      let h = DayFixtures.household("lee")
      var log = DayFixtures.log(context, household: h)
      var random = SeededGenerator(seed: 3)
      let plans = SessionPlanner(context: context, household: h).notified(log: &log, random: &random)
      return (plans, log.events.map(\.event))
    }
    let followed = plan(open: 50, follow: 1)
    let actions = followed.events.compactMap { event -> NotificationAction? in
      if case .notification(_, let action, _, _) = event.payload { action } else { nil }
    }
    #expect(actions == [.sent, .opened, .clicked])
    #expect(followed.events[0].timestamp == sent)
    let session = try #require(followed.plans.first)
    #expect(followed.plans.count == 1 && session.notification == note && session.device == .computer)
    let opened = followed.events[1].timestamp.secondsSinceEpoch - context0.clock.timestamp(zone: "America/New_York", day: 0, seconds: 0).secondsSinceEpoch
    #expect(session.start == Int(opened) + 10 && session.limit == session.start + 3 * 3600)
    let ignored = plan(open: -50, follow: 1)
    #expect(ignored.plans.isEmpty && ignored.events.count == 1)
  }
}
