/// A day in the proleptic Gregorian calendar without a time or time zone,
/// such as a date of birth; written `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, 1 to 9999.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 28...31.
  public let day: Int

  /// Creates a date, or `nil` when the day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`.
  public init?(_ text: String) {
    let array = Array(text.utf8)
    guard array.count == 10 else { return nil }
    guard let parsed = array.withUnsafeBytes({ CalendarDate(utf8: $0) }) else { return nil }
    self = parsed
  }

  /// Parses the bytes of `YYYY-MM-DD`.
  init?(utf8 bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
      let y = CalendarDate.digits(bytes, 0, 4), let m = CalendarDate.digits(bytes, 5, 2),
      let d = CalendarDate.digits(bytes, 8, 2)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2)
  }

  /// Earlier dates first.
  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  /// The number of days in a month.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Hinnant's days_from_civil).
  var daysSinceEpoch: Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = Int64((month + 9) % 12)
    let doy = (153 * mp + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date a number of days after 1970-01-01 (Hinnant's civil_from_days).
  init(daysSinceEpoch days: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = Int(yoe + era * 400 + (m <= 2 ? 1 : 0))
    self.month = Int(m)
    self.day = Int(d)
  }

  /// `count` ASCII digits starting at `start`, or `nil` (raw bytes: hot
  /// path of the `ingestion` benchmarks).
  @inline(__always)
  static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
      let digit = Int(bytes[index]) &- 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value &* 10 &+ digit
    }
    return value
  }

  /// A number with leading zeros to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
