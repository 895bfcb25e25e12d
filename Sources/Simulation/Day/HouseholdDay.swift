import Catalog
import Datasets
import Events
import Support
import Platform
import Population
import Recommendation
import Scenarios

#if canImport(Glibc)
import Glibc
#endif

/// One household's day: its members' sessions in time order, each written
/// as the events the platform's apps would log, with the app's view of each
/// profile kept current as events happen.
///
/// A household is simulated on one thread with its own seeded generator, so
/// the events depend only on the scenario, the seed, the day and the
/// platform's state at the start of the day.
struct HouseholdDay {
  let context: DayContext
  let household: Int
  private(set) var events: [(time: Timestamp, event: Event)] = []
  private(set) var sessions: [SessionRecord] = []
  private var random: SeededGenerator
  private var activities: [String: ProfileActivity] = [:]
  private var sequence = 0
  /// Titles added to My List today (not added twice in a day).
  private var listed: Set<Int> = []

  init(context: DayContext, household: Int) {
    self.context = context
    self.household = household
    var seed = context.seed ^ (UInt64(household) &* 0x9E37_79B9_7F4A_7C15)
    seed ^= UInt64(context.day) &* 0xC2B2_AE3D_27D4_EB4F
    self.random = SeededGenerator(seed: seed)
  }

  private var population: Population { context.population }
  private var platform: StreamingPlatform { context.platform }
  private var behavior: ViewingBehavior { context.behavior }
  private var account: String { population.households[household].id }

  /// A planned session: who, where, when, until when.
  private struct Plan {
    let member: Int
    let profile: Int
    let device: Device
    let start: Int
    let limit: Int
    let notification: PlannedNotification?
  }

  /// Simulates the day.
  mutating func run() {
    let home = population.households[household]
    for profile in home.profiles { activities[profile.id] = platform.activity(profile: profile.id) }
    if context.day == 0 { signUp() }
    var plans: [Plan] = []
    let weekday = Weekday.allCases[context.day % 7]
    for m in home.members {
      let member = population.members[m]
      guard !member.profiles.isEmpty else { continue }
      for window in member.schedule where window.days.contains(weekday) {
        guard random.nextUnitDouble() < window.probability else { continue }
        let duration = window.durationMinutes
        let latest = max(0, duration - 20)
        let startMinute = window.start.minutes + Int(random.next() % UInt64(latest + 1))
        let device = window.device ?? member.devices[Int(random.next() % UInt64(member.devices.count))]
        let profile = member.profiles[Int(random.next() % UInt64(member.profiles.count))]
        plans.append(
          Plan(
            member: m, profile: profile, device: device,
            start: startMinute * 60 + Int(random.next() % 60),
            limit: (window.start.minutes + duration + behavior.overrunMinutes) * 60,
            notification: nil))
      }
    }
    plans += notificationSessions()
    plans.sort { ($0.start, $0.member) < ($1.start, $1.member) }
    for plan in plans { session(plan) }
    if behavior.customerServicePerDay > 0, random.nextUnitDouble() < behavior.customerServicePerDay {
      contactCustomerService()
    }
    events.sort { a, b in
      a.time.secondsSinceEpoch != b.time.secondsSinceEpoch
        ? a.time.secondsSinceEpoch < b.time.secondsSinceEpoch : a.event.id < b.event.id
    }
  }

  // MARK: Events

  private mutating func log(
    _ payload: EventPayload, profile: String?, zone: String, seconds: Int
  ) {
    let time = context.clock.timestamp(zone: zone, day: context.day, seconds: seconds)
    log(payload, profile: profile, time: time, account: account)
  }

  /// Logs an event at a given time for an account (another household's,
  /// for a click on a link someone here shared).
  private mutating func log(
    _ payload: EventPayload, profile: String?, time: Timestamp, account: String
  ) {
    sequence += 1
    let event = Event(
      id: "\(household)-\(context.day)-\(sequence)", timestamp: time, account: account,
      profile: profile, payload: payload)
    if let profile {
      let index = context.platform.index
      activities[profile]?.record(event, index: index)
    }
    events.append((time, event))
  }

  /// Day 0: the account is created and each profile's settings are logged.
  private mutating func signUp() {
    let home = population.households[household]
    let first = population.members[home.members.first ?? 0]
    let zone = first.timeZone
    let seconds = 9 * 3600
    // Some crowd account holders give a date of birth and some are known to
    // a data broker: the labels the platform's demographic classifier
    // trains on. Personas never do, so what is shown about them is inferred.
    let labelled = !first.isPersona
    let birth = labelled && random.nextUnitDouble() < context.behavior.dateOfBirthShare
      ? dateOfBirth(first.ageBand) : nil
    log(
      .accountCreated(
        name: "Member \(home.id)", email: "\(home.id)@example.com", postalCode: nil, phone: nil,
        paymentMethod: .card, dateOfBirth: birth),
      profile: nil, zone: zone, seconds: seconds)
    if labelled && random.nextUnitDouble() < context.behavior.brokerRecordShare,
       let profile = first.profiles.first.map({ home.profiles[$0].id }) {
      log(
        .partnerRecord(
          partner: "Acme Audience Data", partnerKind: .dataBroker, attributeKind: .demographic,
          attributes: ["age_band": first.ageBand.rawValue, "gender": first.gender.rawValue]),
        profile: profile, zone: zone, seconds: seconds + 3_600)
    }
    for profile in home.profiles {
      log(
        .profileSettings(
          profileName: profile.name, kids: profile.isKids, language: "en",
          maturity: profile.isKids ? .olderKids : .adults),
        profile: profile.id, zone: zone, seconds: seconds + 1)
    }
  }

  /// A date of birth in an age band, relative to the simulation's start.
  private mutating func dateOfBirth(_ band: AgeBand) -> CalendarDate? {
    let ages = band.years
    let age = ages.lowerBound + Int(random.next() % UInt64(ages.count))
    let startYear = Int(1970 + context.clock.startSeconds / 31_556_952)
    return CalendarDate(year: startYear - age - 1, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))
  }

  /// Notifications to this household's profiles: sent, maybe opened, maybe
  /// followed by a session that plays the promoted title.
  private mutating func notificationSessions() -> [Plan] {
    let home = population.households[household]
    var plans: [Plan] = []
    for (p, profile) in home.profiles.enumerated() {
      guard let note = context.notifications[profile.id], !profile.viewers.isEmpty else { continue }
      let viewer = profile.viewers[Int(random.next() % UInt64(profile.viewers.count))]
      let member = population.members[viewer]
      let zone = member.timeZone
      let dayStart = context.clock.timestamp(zone: zone, day: context.day, seconds: 0)
      let sent = Int(note.time.secondsSinceEpoch - dayStart.secondsSinceEpoch)
      let campaign = "daily-pick"
      let titleID = context.catalog.titles[note.title].id.text
      log(
        .notification(channel: .push, action: .sent, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: sent)
      let affinity = population.affinity(member: viewer, title: note.title)
      let open = ViewingBehavior.logistic(
        behavior.notificationOpenIntercept + behavior.clickPerAffinity * affinity)
      guard random.nextUnitDouble() < open else { continue }
      let opened = sent + 60 + Int(random.next() % 5400)
      log(
        .notification(channel: .push, action: .opened, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: opened)
      guard random.nextUnitDouble() < behavior.notificationFollow else { continue }
      log(
        .notification(channel: .push, action: .clicked, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: opened + 5)
      let device = member.devices.contains(.phone) ? Device.phone : member.devices[0]
      plans.append(
        Plan(
          member: viewer, profile: p, device: device, start: opened + 10,
          limit: opened + 10 + 3 * 3600, notification: note))
    }
    return plans
  }

  // MARK: Sessions

  private mutating func session(_ plan: Plan) {
    let home = population.households[household]
    let profile = home.profiles[plan.profile].id
    let member = population.members[plan.member]
    let zone = member.timeZone
    var now = plan.start
    let phoneOnCellular = plan.device == .phone && random.nextUnitDouble() < behavior.phoneOnCellular
    log(
      .sessionStart(
        device: DeviceIdentity.id(household: household, member: plan.member, device: plan.device),
        deviceType: DeviceIdentity.type(plan.device),
        os: DeviceIdentity.os(plan.device, member: plan.member),
        appVersion: DeviceIdentity.appVersion,
        ip: phoneOnCellular
          ? DeviceIdentity.carrierAddress(member: plan.member, day: context.day, timeZone: zone)
          : DeviceIdentity.address(household: household, timeZone: zone),
        connection: phoneOnCellular ? .cellular : plan.device == .tv ? .ethernet : .wifi),
      profile: profile, zone: zone, seconds: now)
    sessions.append(
      SessionRecord(
        member: plan.member, profile: profile, device: plan.device,
        start: context.clock.timestamp(zone: zone, day: context.day, seconds: now),
        fromNotification: plan.notification != nil))
    now += 5
    if plan.notification == nil, plan.device == .phone || plan.device == .tablet,
      behavior.gameOnMobileSession > 0, isGamer(plan.member),
      random.nextUnitDouble() < behavior.gameOnMobileSession
    {
      playGame(member: plan.member, profile: profile, zone: zone, now: &now)
    }
    if let note = plan.notification {
      let outcome = watch(
        title: note.title, appeal: nil, member: plan.member, profile: profile, zone: zone,
        now: &now, limit: plan.limit)
      guard outcome != .interrupted, random.nextUnitDouble() < member.bingeTendency else { return }
    }
    var started = 0
    var limit = plan.limit
    while started < behavior.maximumTitlesPerSession, now < limit {
      guard
        let pick = browse(
          member: plan.member, profile: profile, zone: zone, device: plan.device, now: &now)
      else { return }
      started += 1
      let outcome = watch(
        title: pick.title, appeal: pick.appeal, member: plan.member, profile: profile, zone: zone,
        now: &now, limit: limit)
      switch outcome {
      case .interrupted: return
      case .completed:
        if random.nextUnitDouble() >= member.bingeTendency { return }
        // "Just one more": a binge runs past the planned end of the evening.
        limit = max(limit, now + Int(behavior.bingeOverrunMinutes * 60 * member.bingeTendency))
      case .stopped: if random.nextUnitDouble() >= behavior.browseAgain { return }
      }
    }
  }

  /// Scans the homepage; returns the clicked title (and its artwork's
  /// appeal), a title found by searching, or `nil` when the member leaves.
  private mutating func browse(
    member m: Int, profile: String, zone: String, device: Device, now: inout Int
  ) -> (title: Int, appeal: Double?)? {
    let activity = activities[profile] ?? ProfileActivity()
    let page = platform.homepage(profile: profile, activity: activity)
    for (r, row) in page.rows.enumerated() {
      if r > 0 && random.nextUnitDouble() >= behavior.nextRow { break }
      let visible = row.titles.prefix(behavior.visibleTiles)
      var shown: [(title: Int, variant: ArtworkVariant)] = []
      let situation = platform.artworkContext(
        profile: profile, time: context.clock.timestamp(zone: zone, day: context.day, seconds: now),
        device: DeviceIdentity.type(device))
      for (position, title) in visible.enumerated() {
        let (variant, choice) = platform.chooseArtwork(
          title: title, context: situation, random: &random)
        log(
          .impression(
            title: context.catalog.titles[title].id.text, row: row.kind.description, rowIndex: r,
            position: position, artwork: variant.id, propensity: choice.propensity),
          profile: profile, zone: zone, seconds: now)
        shown.append((title, variant))
      }
      now += 2
      for (title, variant) in shown {
        now += 1
        let affinity = population.affinity(member: m, title: title)
        let appeal = population.artworkAppeal(member: m, variant: variant)
        let click = ViewingBehavior.logistic(
          behavior.clickIntercept + behavior.clickPerAffinity * affinity
            + behavior.clickPerAppeal * appeal)
        if random.nextUnitDouble() < click {
          let id = context.catalog.titles[title].id.text
          log(.artworkClick(title: id, artwork: variant.id), profile: profile, zone: zone, seconds: now)
          now += 3
          log(.titlePageOpen(title: id), profile: profile, zone: zone, seconds: now)
          now += 10 + Int(random.next() % 30)
          return (title, appeal)
        }
        // Worth watching, but not now: saved to My List.
        if behavior.listAdd > 0, affinity >= behavior.listAddAffinity, !listed.contains(title),
          random.nextUnitDouble() < behavior.listAdd
        {
          listed.insert(title)
          now += 2
          log(.listAdd(title: context.catalog.titles[title].id.text), profile: profile, zone: zone, seconds: now)
        }
        if random.nextUnitDouble() >= behavior.nextTile { break }
      }
    }
    guard random.nextUnitDouble() < behavior.search else { return nil }
    return search(member: m, profile: profile, zone: zone, activity: activity, now: &now)
  }

  /// Searches for a title the member would choose freely (∝ exp(affinity)),
  /// typing the first word of its name.
  private mutating func search(
    member m: Int, profile: String, zone: String, activity: ProfileActivity, now: inout Int
  ) -> (title: Int, appeal: Double?)? {
    let index = platform.index
    let candidates = (0..<index.count).filter {
      !activity.watched.contains($0) && !(activity.isKids && index.maturity[$0] > .pg)
    }
    guard !candidates.isEmpty else { return nil }
    let scores = candidates.map { population.affinity(member: m, title: $0) }
    let top = scores.max() ?? 0
    let weights = scores.map { exp($0 - top) }
    var u = random.nextUnitDouble() * weights.reduce(0, +)
    var chosen = candidates[candidates.count - 1]
    for (i, weight) in weights.enumerated() {
      u -= weight
      if u < 0 {
        chosen = candidates[i]
        break
      }
    }
    let title = context.catalog.titles[chosen]
    let query = title.name.split(separator: " ").first.map { $0.lowercased() } ?? title.name
    now += 8 + Int(random.next() % 20)
    log(.search(query: query, clicked: title.id.text), profile: profile, zone: zone, seconds: now)
    now += 5
    log(.titlePageOpen(title: title.id.text), profile: profile, zone: zone, seconds: now)
    now += 10
    return (chosen, nil)
  }

  /// How a playback ended.
  private enum Outcome { case completed, stopped, interrupted }

  /// Plays a title: from where the profile stopped, for a fraction set by
  /// true affinity (and disappointment when the artwork over-promised),
  /// with heartbeats; sometimes rates it.
  private mutating func watch(
    title: Int, appeal: Double?, member m: Int, profile: String, zone: String, now: inout Int,
    limit: Int
  ) -> Outcome {
    let entry = context.catalog.titles[title]
    let id = entry.id.text
    let runtime = Double(entry.runtimeMinutes * 60)
    let resume = activities[profile]?.resumePosition(title: title) ?? 0
    let start = resume < runtime - 60 ? resume : 0
    let affinity = population.affinity(member: m, title: title)
    let disappointment = max(0, (appeal ?? 0) - affinity)
    let abandon = ViewingBehavior.logistic(
      behavior.abandonIntercept + behavior.abandonPerAffinity * affinity
        + behavior.abandonPerDisappointment * disappointment)
    let fraction: Double
    if random.nextUnitDouble() < abandon {
      fraction = min(1, (60 + 200 * random.nextUnitDouble()) / runtime)
    } else {
      fraction = ViewingBehavior.logistic(
        behavior.watchIntercept + behavior.watchPerAffinity * affinity
          + behavior.watchNoise * random.nextGaussian())
    }
    var end = max(start, min(runtime, fraction >= behavior.completionFraction ? runtime : fraction * runtime))
    if fraction >= behavior.completionFraction && start > 0 { end = runtime }
    var interrupted = false
    if Double(limit - now) < end - start {
      end = start + Double(max(0, limit - now))
      interrupted = true
    }
    let playback = "\(household)-\(context.day)-\(sequence + 1)p"
    log(.playStart(title: id, playback: playback, position: start, runtime: runtime), profile: profile, zone: zone, seconds: now)
    let begin = now
    // Heartbeats at content positions, with pauses and rewinds between
    // them; each interlude adds wall-clock time after it.
    let breaks = interludes(from: start, to: end)
    var away = 0
    var next = 0
    var position = start + behavior.heartbeatSeconds
    while true {
      if position < end, next == breaks.count || position <= breaks[next].position {
        log(.heartbeat(title: id, playback: playback, position: position), profile: profile, zone: zone,
            seconds: begin + Int(position - start) + away)
        position += behavior.heartbeatSeconds
      } else if next < breaks.count {
        let interlude = breaks[next]
        next += 1
        let at = begin + Int(interlude.position - start) + away
        if interlude.rewind {
          let to = max(0, interlude.position - Double(interlude.seconds))
          log(.seek(title: id, playback: playback, from: interlude.position, to: to), profile: profile, zone: zone,
              seconds: at)
          away += Int(interlude.position - to)
        } else {
          log(.pause(title: id, playback: playback, position: interlude.position), profile: profile, zone: zone,
              seconds: at)
          away += interlude.seconds
        }
      } else {
        break
      }
    }
    now = begin + Int(end - start) + away
    let completed = !interrupted && end >= runtime
    if completed {
      log(.completion(title: id, playback: playback, runtime: runtime), profile: profile, zone: zone, seconds: now)
    } else {
      log(.stop(title: id, playback: playback, position: end, runtime: runtime), profile: profile, zone: zone, seconds: now)
    }
    if random.nextUnitDouble() < behavior.rate {
      let rating: Rating =
        affinity > behavior.strongAffinity && completed ? .twoThumbsUp : affinity > 0 && end - start > 600 ? .thumbsUp : .thumbsDown
      now += 5
      log(.rating(title: id, rating: rating), profile: profile, zone: zone, seconds: now)
    }
    if completed && affinity >= behavior.strongAffinity {
      if behavior.review > 0, random.nextUnitDouble() < behavior.review {
        now += 60 + Int(random.next() % 120)
        let text = Self.reviews[Int(random.next() % UInt64(Self.reviews.count))]
        log(.review(title: id, text: text), profile: profile, zone: zone, seconds: now)
      }
      if behavior.referral > 0, random.nextUnitDouble() < behavior.referral {
        now += 20 + Int(random.next() % 60)
        share(title: id, profile: profile, zone: zone, seconds: now)
      }
    }
    now += 15
    if interrupted { return .interrupted }
    return completed ? .completed : .stopped
  }

  // MARK: Other activity

  /// Short reviews of titles a member loved.
  private static let reviews = [
    "Loved it.", "Couldn't stop watching.", "One of the best I've seen this year.",
    "Watch it, you won't regret it.", "Beautifully made.",
  ]

  /// Messaging apps links are shared through.
  private static let messagingApps = ["Chirp", "Parley"]

  /// Games in the app.
  private static let games = ["g-puzzle", "g-racer", "g-words", "g-tower", "g-trivia"]

  /// Customer-service contacts: channel and topic.
  private static let contacts: [(ContactChannel, String)] = [
    (.chat, "billing question"), (.phone, "playback problem"), (.email, "password reset"),
    (.chat, "change of plan"),
  ]

  /// Pauses and rewinds during a playback from `start` to `end` (content
  /// seconds), in position order; `seconds` is the time away (pause) or
  /// the seconds rewound.
  private mutating func interludes(
    from start: Double, to end: Double
  ) -> [(position: Double, rewind: Bool, seconds: Int)] {
    let watched = end - start
    var breaks: [(position: Double, rewind: Bool, seconds: Int)] = []
    if behavior.pausePerHour > 0, watched >= 1200,
      random.nextUnitDouble() < behavior.pausePerHour * watched / 3600
    {
      let position = (start + 60 + (watched - 120) * random.nextUnitDouble()).rounded()
      breaks.append((position, false, 60 + Int(random.next() % 541)))
    }
    if behavior.rewind > 0, watched >= 600, random.nextUnitDouble() < behavior.rewind {
      let position = (start + 30 + (watched - 60) * random.nextUnitDouble()).rounded()
      breaks.append((position, true, 10 + Int(random.next() % 21)))
    }
    return breaks.sorted { ($0.position, $0.rewind ? 1 : 0) < ($1.position, $1.rewind ? 1 : 0) }
  }

  /// Whether a member plays the app's games: fixed per member (a hash of
  /// the seed and the member, not the day's generator).
  private func isGamer(_ member: Int) -> Bool {
    var mixed = SeededGenerator(seed: context.seed ^ (UInt64(member) &* 0xD6E8_FEB8_6659_FD93) ^ 0x6761_6D65)
    return mixed.nextUnitDouble() < behavior.gamerShare
  }

  /// A game played in the app: launched, then quit with its duration.
  private mutating func playGame(member: Int, profile: String, zone: String, now: inout Int) {
    let game = Self.games[member % Self.games.count]
    let duration = 300 + Int(random.next() % 1201)
    log(.gameActivity(game: game, action: .launch, duration: nil), profile: profile, zone: zone, seconds: now)
    now += duration
    log(
      .gameActivity(game: game, action: .quit, duration: Double(duration)), profile: profile, zone: zone,
      seconds: now)
    now += 5
  }

  /// A title shared through a messaging app, and maybe the click on the
  /// link by a member of another household, logged for that account in
  /// its own time zone's offset.
  private mutating func share(title: String, profile: String, zone: String, seconds: Int) {
    let referral = "r\(household)-\(context.day)-\(sequence + 1)"
    let app = Self.messagingApps[Int(random.next() % UInt64(Self.messagingApps.count))]
    log(.referralShared(title: title, referral: referral, app: app), profile: profile, zone: zone, seconds: seconds)
    let households = population.households.count
    guard households > 1, random.nextUnitDouble() < behavior.referralClicked else { return }
    var other = Int(random.next() % UInt64(households - 1))
    if other >= household { other += 1 }
    let friend = population.households[other]
    let delay = 300 + Int(random.next() % 10_501)
    let shared = context.clock.timestamp(zone: zone, day: context.day, seconds: seconds)
    let friendZone = friend.members.first.map { population.members[$0].timeZone } ?? zone
    let offset = context.clock.timestamp(zone: friendZone, day: context.day, seconds: seconds).offsetMinutes
    guard
      let clicked = Timestamp(
        secondsSinceEpoch: shared.secondsSinceEpoch + Int64(delay), offsetMinutes: Int(offset))
    else { return }
    log(.referralClick(title: title, referral: referral), profile: nil, time: clicked, account: friend.id)
  }

  /// A contact with customer service, in the afternoon.
  private mutating func contactCustomerService() {
    let home = population.households[household]
    let zone = home.members.first.map { population.members[$0].timeZone } ?? "UTC"
    let (channel, topic) = Self.contacts[Int(random.next() % UInt64(Self.contacts.count))]
    log(
      .customerServiceContact(channel: channel, topic: topic), profile: nil, zone: zone,
      seconds: 10 * 3600 + Int(random.next() % (8 * 3600)))
  }
}
