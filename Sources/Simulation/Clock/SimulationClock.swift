import Events
import Foundation

/// Turns "day d, local minute m in time zone z" into timestamps with the
/// member's UTC offset, using the system's time-zone database (offsets are
/// computed once per zone and day, at local noon).
public struct SimulationClock: Sendable {
  /// Midnight UTC of day 0, seconds since 1970.
  public let startSeconds: Int64
  /// The number of days covered.
  public let days: Int
  private let offsets: [String: [Int]]

  /// A clock for some time zones over a number of days.
  public init(start: CalendarDate, days: Int, timeZones: Set<String>) {
    let startSeconds = Self.daysFromCivil(start) * 86_400
    self.startSeconds = startSeconds
    self.days = days
    var offsets: [String: [Int]] = [:]
    for zone in timeZones {
      let timeZone = TimeZone(identifier: zone) ?? TimeZone(secondsFromGMT: 0)
      offsets[zone] = (0...days).map { day in
        let noon = Date(timeIntervalSince1970: Double(startSeconds + Int64(day) * 86_400 + 43_200))
        return (timeZone?.secondsFromGMT(for: noon) ?? 0) / 60
      }
    }
    self.offsets = offsets
  }

  /// Midnight UTC of a day.
  public func dayStart(_ day: Int) -> Int64 { startSeconds + Int64(day) * 86_400 }

  /// The UTC offset of a zone on a day, minutes.
  public func offsetMinutes(zone: String, day: Int) -> Int {
    offsets[zone]?[min(max(0, day), days)] ?? 0
  }

  /// The instant of a local time: day `day`, `seconds` after local midnight
  /// (may exceed a day for windows past midnight).
  public func timestamp(zone: String, day: Int, seconds: Int) -> Timestamp {
    let offset = offsetMinutes(zone: zone, day: day)
    let utc = dayStart(day) + Int64(seconds) - Int64(offset) * 60
    guard let time = Timestamp(secondsSinceEpoch: utc, offsetMinutes: offset) else {
      preconditionFailure("simulated time \(utc) with offset \(offset) is out of range")
    }
    return time
  }

  /// Days since 1970-01-01 (Hinnant's days_from_civil).
  static func daysFromCivil(_ date: CalendarDate) -> Int64 {
    let y = Int64(date.month <= 2 ? date.year - 1 : date.year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = Int64((date.month + 9) % 12)
    let doy = (153 * mp + 2) / 5 + Int64(date.day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
