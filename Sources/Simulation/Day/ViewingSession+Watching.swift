import Events
import Support

/// Watching: a playback, then what a member does after it (a rating, a
/// review, a link shared with someone in another household).
extension ViewingSession {
  /// Short reviews of titles a member loved.
  static let reviews = [
    "Loved it.", "Couldn't stop watching.", "One of the best I've seen this year.",
    "Watch it, you won't regret it.", "Beautifully made.",
  ]

  /// Messaging apps links are shared through.
  static let messagingApps = ["Chirp", "Parley"]

  /// Plays a title from where the profile stopped (see ``Playback``);
  /// sometimes rates it, and a title the member loved is sometimes
  /// reviewed or shared.
  mutating func watch(
    title: Int, appeal: Double?, log: inout HouseholdEventLog, random: inout SeededGenerator
  ) -> Outcome {
    let entry = context.catalog.titles[title]
    let id = entry.id.text
    let runtime = Double(entry.runtimeMinutes * 60)
    let resume = log.activity(of: profile)?.resumePosition(title: title) ?? 0
    let affinity = population.affinity(member: plan.member, title: title)
    let playback = Playback(
      title: title, runtime: runtime, resume: resume, affinity: affinity, appeal: appeal, available: limit - now,
      behavior: behavior, random: &random)
    let ended = playback.log(
      as: log.nextID + "p", titleID: id, profile: profile, zone: zone, from: now,
      heartbeatSeconds: behavior.heartbeatSeconds, into: &log)
    advance(ended - now)
    let completed = playback.completed
    if random.nextUnitDouble() < behavior.rate {
      let rating: Rating =
        affinity > behavior.strongAffinity && completed
        ? .twoThumbsUp : affinity > 0 && playback.end - playback.start > 600 ? .thumbsUp : .thumbsDown
      advance(5)
      log.log(.rating(title: id, rating: rating), profile: profile, zone: zone, seconds: now)
    }
    if completed && affinity >= behavior.strongAffinity {
      if behavior.review > 0, random.nextUnitDouble() < behavior.review {
        advance(60 + Int(random.next() % 120))
        let text = Self.reviews[Int(random.next() % UInt64(Self.reviews.count))]
        log.log(.review(title: id, text: text), profile: profile, zone: zone, seconds: now)
      }
      if behavior.referral > 0, random.nextUnitDouble() < behavior.referral {
        advance(20 + Int(random.next() % 60))
        share(title: id, log: &log, random: &random)
      }
    }
    advance(15)
    if playback.interrupted { return .interrupted }
    return completed ? .completed : .stopped
  }

  /// A title shared through a messaging app, and maybe the click on the
  /// link by a member of another household, logged for that account in
  /// its own time zone's offset.
  private func share(title: String, log: inout HouseholdEventLog, random: inout SeededGenerator) {
    let referral = "r" + log.nextID
    let app = Self.messagingApps[Int(random.next() % UInt64(Self.messagingApps.count))]
    log.log(.referralShared(title: title, referral: referral, app: app), profile: profile, zone: zone, seconds: now)
    let households = population.households.count
    guard households > 1, random.nextUnitDouble() < behavior.referralClicked else { return }
    var other = Int(random.next() % UInt64(households - 1))
    if other >= household { other += 1 }
    let friend = population.households[other]
    let delay = 300 + Int(random.next() % 10_501)
    let shared = log.time(zone: zone, seconds: now)
    let friendZone = friend.members.first.map { population.members[$0].timeZone } ?? zone
    let offset = log.time(zone: friendZone, seconds: now).offsetMinutes
    guard
      let clicked = Timestamp(
        secondsSinceEpoch: shared.secondsSinceEpoch + Int64(delay), offsetMinutes: Int(offset))
    else { return }
    log.log(.referralClick(title: title, referral: referral), profile: nil, time: clicked, account: friend.id)
  }
}
