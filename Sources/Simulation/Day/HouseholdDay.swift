import Events
import Platform
import Population
import Support

/// One household's day: its members' sessions in time order, each written
/// as the events the platform's apps would log, with the app's view of each
/// profile kept current as events happen.
///
/// The day is put together from parts: ``AccountSignUp`` on day 0,
/// ``SessionPlanner`` for who watches when (and who follows a
/// notification), a ``ViewingSession`` per plan (with a ``Playback`` per
/// title), all writing to one ``HouseholdEventLog``; an afternoon call to
/// customer service is the household's own.
///
/// A household is simulated on one thread with its own seeded generator,
/// shared by the parts in that order, so the events depend only on the
/// scenario, the seed, the day and the platform's state at the start of the
/// day.
struct HouseholdDay {
  /// The day's shared context.
  let context: DayContext
  /// The household's position in the population.
  let household: Int
  /// The day's events in time order (after ``run()``).
  private(set) var events: [(time: Timestamp, event: Event)] = []
  /// The hidden truth of the day's sessions, in the order they ran.
  private(set) var sessions: [SessionRecord] = []
  private var random: SeededGenerator
  private var log: HouseholdEventLog
  /// Titles added to My List today (not added twice in a day).
  private var listed: Set<Int> = []

  /// A household's day, not yet run.
  init(context: DayContext, household: Int) {
    self.context = context
    self.household = household
    var seed = context.seed ^ (UInt64(household) &* 0x9E37_79B9_7F4A_7C15)
    seed ^= UInt64(context.day) &* 0xC2B2_AE3D_27D4_EB4F
    self.random = SeededGenerator(seed: seed)
    let home = context.population.households[household]
    var activities: [String: ProfileActivity] = [:]
    for profile in home.profiles { activities[profile.id] = context.platform.activity(profile: profile.id) }
    self.log = HouseholdEventLog(
      household: household, day: context.day, account: home.id, clock: context.clock,
      index: context.platform.index, activities: activities)
  }

  /// Simulates the day.
  mutating func run() {
    if context.day == 0 { AccountSignUp(context: context, household: household).log(into: &log, random: &random) }
    let planner = SessionPlanner(context: context, household: household)
    var plans = planner.scheduled(random: &random)
    plans += planner.notified(log: &log, random: &random)
    plans.sort { ($0.start, $0.member) < ($1.start, $1.member) }
    for plan in plans {
      var session = ViewingSession(plan: plan, household: household, context: context)
      sessions.append(session.record)
      session.run(log: &log, random: &random, listed: &listed)
    }
    let behavior = context.behavior
    if behavior.customerServicePerDay > 0, random.nextUnitDouble() < behavior.customerServicePerDay {
      contactCustomerService()
    }
    events = log.chronological
  }

  /// Customer-service contacts: channel and topic.
  static let contacts: [(ContactChannel, String)] = [
    (.chat, "billing question"), (.phone, "playback problem"), (.email, "password reset"),
    (.chat, "change of plan"),
  ]

  /// A contact with customer service, in the afternoon.
  private mutating func contactCustomerService() {
    let population = context.population
    let home = population.households[household]
    let zone = home.members.first.map { population.members[$0].timeZone } ?? "UTC"
    let (channel, topic) = Self.contacts[Int(random.next() % UInt64(Self.contacts.count))]
    log.log(
      .customerServiceContact(channel: channel, topic: topic), profile: nil, zone: zone,
      seconds: 10 * 3600 + Int(random.next() % (8 * 3600)))
  }
}
