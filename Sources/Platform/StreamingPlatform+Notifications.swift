import Events
import Recommendation

/// Re-engagement notifications for idle profiles.
extension StreamingPlatform {
  /// The notifications of a day: every profile idle for
  /// ``PlatformConfiguration/notifyAfterIdleDays`` days that the model
  /// knows is sent its best unwatched title at the notification hour in
  /// the UTC offset it was last seen in.
  ///
  /// - Parameter dayStart: midnight UTC of the day, seconds since 1970.
  public func notifications(dayStart: Int64) -> [PlannedNotification] {
    var planned: [PlannedNotification] = []
    for (p, id) in profileIDs.enumerated() {
      let activity = profiles.activities[p]
      guard let seen = activity.lastSeen else { continue }
      let offset = Int64(seen.offsetMinutes) * 60
      let send = dayStart + Int64(configuration.notificationHour) * 3600 - offset
      guard send - seen.secondsSinceEpoch >= Int64(configuration.notifyAfterIdleDays) * 86_400,
        let scores = learnedTastes.scores(profile: p)
      else { continue }
      var best: Int?
      for t in scores.indices where !activity.watched.contains(t) {
        if activity.isKids && index.maturity[t] > .pg { continue }
        if best.map({ scores[t] > scores[$0] }) ?? true { best = t }
      }
      guard let title = best,
        let time = Timestamp(secondsSinceEpoch: send, offsetMinutes: Int(seen.offsetMinutes))
      else { continue }
      planned.append(PlannedNotification(account: profiles.accounts[p], profile: id, title: title, time: time))
    }
    return planned
  }
}
