import Events

/// An event's time as the member lived it: the local hour, weekday and date
/// in the UTC offset the event was recorded with.
struct LocalTime: Sendable {
  /// Seconds since midnight, 0..<86400.
  let secondOfDay: Int
  /// 0 = Monday … 6 = Sunday.
  let weekday: Int
  /// Days since 1970-01-01 in local time.
  let day: Int64

  init(_ timestamp: Timestamp) {
    let local = timestamp.secondsSinceEpoch + Int64(timestamp.offsetMinutes) * 60
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    self.day = days
    self.secondOfDay = Int(local - days * 86_400)
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    self.weekday = Int(((days + 3) % 7 + 7) % 7)
  }

  /// The hour of the day, 0..<24.
  var hour: Int { secondOfDay / 3600 }

  /// Whether the day is a Saturday or Sunday.
  var isWeekend: Bool { weekday >= 5 }

  static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// `HH:MM` for minutes since midnight (1440 → 00:00).
  static func clock(minutes: Int) -> String {
    let m = ((minutes % 1440) + 1440) % 1440
    let h = m / 60, mm = m % 60
    return (h < 10 ? "0" : "") + "\(h):" + (mm < 10 ? "0" : "") + "\(mm)"
  }

  /// `HH:00` for an hour (24 → 00).
  static func clock(_ hour: Int) -> String {
    let h = ((hour % 24) + 24) % 24
    return (h < 10 ? "0" : "") + "\(h):00"
  }
}
