import Events
import Population
import Scenarios
import Support

/// Who sits down to watch in a household today, and when: each member's
/// viewing windows that come up today (each with its probability, at a
/// random minute in it, on a random one of the member's devices and
/// profiles), and the sessions that follow a notification a viewer opened
/// and followed.
struct SessionPlanner {
  /// The day's shared context.
  let context: DayContext
  /// The household's position in the population.
  let household: Int

  /// The sessions of the members' viewing windows today, member by member.
  func scheduled(random: inout SeededGenerator) -> [SessionPlan] {
    let population = context.population
    let home = population.households[household]
    var plans: [SessionPlan] = []
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
          SessionPlan(
            member: m, profile: profile, device: device,
            start: startMinute * 60 + Int(random.next() % 60),
            limit: (window.start.minutes + duration + context.behavior.overrunMinutes) * 60,
            notification: nil))
      }
    }
    return plans
  }

  /// The day's notifications to the household's profiles: each is sent
  /// (logged), seen by one of the profile's viewers, maybe opened (more
  /// likely the more the viewer truly likes the title) and maybe followed
  /// by a session on the phone that plays the promoted title.
  func notified(log: inout HouseholdEventLog, random: inout SeededGenerator) -> [SessionPlan] {
    let population = context.population
    let behavior = context.behavior
    let home = population.households[household]
    var plans: [SessionPlan] = []
    for (p, profile) in home.profiles.enumerated() {
      guard let note = context.notifications[profile.id], !profile.viewers.isEmpty else { continue }
      let viewer = profile.viewers[Int(random.next() % UInt64(profile.viewers.count))]
      let member = population.members[viewer]
      let zone = member.timeZone
      let dayStart = log.time(zone: zone, seconds: 0)
      let sent = Int(note.time.secondsSinceEpoch - dayStart.secondsSinceEpoch)
      let campaign = "daily-pick"
      let titleID = context.catalog.titles[note.title].id.text
      log.log(
        .notification(channel: .push, action: .sent, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: sent)
      let affinity = population.affinity(member: viewer, title: note.title)
      let open = ViewingBehavior.logistic(
        behavior.notificationOpenIntercept + behavior.clickPerAffinity * affinity)
      guard random.nextUnitDouble() < open else { continue }
      let opened = sent + 60 + Int(random.next() % 5400)
      log.log(
        .notification(channel: .push, action: .opened, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: opened)
      guard random.nextUnitDouble() < behavior.notificationFollow else { continue }
      log.log(
        .notification(channel: .push, action: .clicked, campaign: campaign, title: titleID),
        profile: profile.id, zone: zone, seconds: opened + 5)
      let device = member.devices.contains(.phone) ? Device.phone : member.devices[0]
      plans.append(
        SessionPlan(
          member: viewer, profile: p, device: device, start: opened + 10,
          limit: opened + 10 + 3 * 3600, notification: note))
    }
    return plans
  }
}
