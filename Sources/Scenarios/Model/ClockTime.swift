/// A time of day in minutes after midnight, written `"HH:MM"`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Minutes after midnight, 0 to 1439.
  public let minutes: Int

  /// Creates a time from hours and minutes.
  public init?(hour: Int, minute: Int) {
    guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
    minutes = hour * 60 + minute
  }

  /// Parses `"HH:MM"` or `"H:MM"` (24-hour clock); `"24:00"` is not
  /// accepted, write `"00:00"`.
  public init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return nil }
    self.init(hour: hour, minute: minute)
  }

  /// `"HH:MM"`.
  public var description: String {
    let hour = minutes / 60
    let minute = minutes % 60
    return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  /// Orders times through the day.
  public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}
