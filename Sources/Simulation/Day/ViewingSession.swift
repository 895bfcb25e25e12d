import Events
import Population
import Scenarios
import Support

/// One session of a member on one of the household's profiles: it starts
/// (the device reports itself), maybe a game on a phone or tablet, the
/// promoted title when it follows a notification, then browsing and
/// watching until the member stops, leaves or runs out of time.
///
/// The session keeps its own clock (`now`, seconds after local midnight)
/// and limit; the household's log, its generator and the titles added to
/// My List today are passed in, as the household's sessions share them.
struct ViewingSession {
  /// How a playback ended.
  enum Outcome { case completed, stopped, interrupted }

  /// The day's shared context.
  let context: DayContext
  /// The household's position in the population.
  let household: Int
  /// The plan.
  let plan: SessionPlan
  /// The profile's id.
  let profile: String
  /// The member watching.
  let member: Member
  /// The member's time zone.
  let zone: String
  /// The session's clock: seconds after local midnight.
  private(set) var now: Int
  /// When the session must end (a binge moves it later).
  private(set) var limit: Int

  /// A session about to start.
  init(plan: SessionPlan, household: Int, context: DayContext) {
    self.context = context
    self.household = household
    self.plan = plan
    self.profile = context.population.households[household].profiles[plan.profile].id
    self.member = context.population.members[plan.member]
    self.zone = member.timeZone
    self.now = plan.start
    self.limit = plan.limit
  }

  /// The population (hidden truth: the member's affinities).
  var population: Population { context.population }
  /// How members behave.
  var behavior: ViewingBehavior { context.behavior }

  /// The hidden truth of the session: who sat down, where and when.
  var record: SessionRecord {
    SessionRecord(
      member: plan.member, profile: profile, device: plan.device,
      start: context.clock.timestamp(zone: zone, day: context.day, seconds: plan.start),
      fromNotification: plan.notification != nil)
  }

  /// Runs the session.
  ///
  /// - Parameter listed: titles added to My List today in the household
  ///   (not added twice in a day).
  mutating func run(log: inout HouseholdEventLog, random: inout SeededGenerator, listed: inout Set<Int>) {
    let phoneOnCellular = plan.device == .phone && random.nextUnitDouble() < behavior.phoneOnCellular
    log.log(
      DeviceIdentity.sessionStart(
        household: household, member: plan.member, device: plan.device, day: context.day, timeZone: zone,
        onCellular: phoneOnCellular),
      profile: profile, zone: zone, seconds: now)
    now += 5
    if plan.notification == nil, plan.device == .phone || plan.device == .tablet,
      behavior.gameOnMobileSession > 0, isGamer(plan.member),
      random.nextUnitDouble() < behavior.gameOnMobileSession
    {
      playGame(log: &log, random: &random)
    }
    if let note = plan.notification {
      let outcome = watch(title: note.title, appeal: nil, log: &log, random: &random)
      guard outcome != .interrupted, random.nextUnitDouble() < member.bingeTendency else { return }
    }
    var started = 0
    while started < behavior.maximumTitlesPerSession, now < limit {
      guard let pick = browse(log: &log, random: &random, listed: &listed) else { return }
      started += 1
      switch watch(title: pick.title, appeal: pick.appeal, log: &log, random: &random) {
      case .interrupted: return
      case .completed:
        if random.nextUnitDouble() >= member.bingeTendency { return }
        // "Just one more": a binge runs past the planned end of the evening.
        limit = max(limit, now + Int(behavior.bingeOverrunMinutes * 60 * member.bingeTendency))
      case .stopped: if random.nextUnitDouble() >= behavior.browseAgain { return }
      }
    }
  }

  /// Moves the session's clock on.
  mutating func advance(_ seconds: Int) { now += seconds }

  // MARK: Games

  /// Games in the app.
  static let games = ["g-puzzle", "g-racer", "g-words", "g-tower", "g-trivia"]

  /// Whether a member plays the app's games: fixed per member (a hash of
  /// the seed and the member, not the day's generator).
  func isGamer(_ member: Int) -> Bool {
    var mixed = SeededGenerator(seed: context.seed ^ (UInt64(member) &* 0xD6E8_FEB8_6659_FD93) ^ 0x6761_6D65)
    return mixed.nextUnitDouble() < behavior.gamerShare
  }

  /// A game played in the app: launched, then quit with its duration.
  private mutating func playGame(log: inout HouseholdEventLog, random: inout SeededGenerator) {
    let game = Self.games[plan.member % Self.games.count]
    let duration = 300 + Int(random.next() % 1201)
    log.log(.gameActivity(game: game, action: .launch, duration: nil), profile: profile, zone: zone, seconds: now)
    now += duration
    log.log(
      .gameActivity(game: game, action: .quit, duration: Double(duration)), profile: profile, zone: zone,
      seconds: now)
    now += 5
  }
}
