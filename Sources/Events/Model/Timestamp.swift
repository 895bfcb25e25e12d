/// An instant with the UTC offset it was recorded in, written in ISO 8601
/// with an explicit offset: `2026-03-01T20:15:00+01:00`, optionally with a
/// fraction of a second (`20:15:00.250+01:00`).
///
/// The offset is kept on purpose: it reveals the member's time zone. Two
/// timestamps are equal only when both the instant and the offset are;
/// ordering is by instant first. `Z` is accepted on input and written back
/// as `+00:00`; fractions are written with 3, 6 or 9 digits, whichever is
/// the shortest exact form.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Whole seconds since 1970-01-01T00:00:00Z.
  public let secondsSinceEpoch: Int64
  /// Nanoseconds after `secondsSinceEpoch`, 0 to 999,999,999.
  public let nanoseconds: Int32
  /// The UTC offset in minutes (+60 for `+01:00`), -1080 to +1080.
  public let offsetMinutes: Int16

  /// Creates a timestamp from its parts; `nil` when a part is out of range:
  /// the local time (the instant shifted by the offset) must fall on a day
  /// from 0001-01-01 to 9999-12-31, the years ``CalendarDate`` holds, and
  /// the offset must be from -18:00 to +18:00.
  public init?(secondsSinceEpoch: Int64, nanoseconds: Int32 = 0, offsetMinutes: Int) {
    guard (0..<1_000_000_000).contains(nanoseconds), (-1080...1080).contains(offsetMinutes),
      (Timestamp.minimumLocalSeconds...Timestamp.maximumLocalSeconds)
        .contains(secondsSinceEpoch &+ Int64(offsetMinutes) * 60)
    else { return nil }
    self.secondsSinceEpoch = secondsSinceEpoch
    self.nanoseconds = nanoseconds
    self.offsetMinutes = Int16(offsetMinutes)
  }

  /// Parses an ISO 8601 timestamp with an offset; `nil` when malformed.
  public init?(_ text: String) {
    var text = text
    guard let parsed = text.withUTF8({ Timestamp(utf8: UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    self = parsed
  }

  /// The instant as fractional seconds since 1970 (for arithmetic on ages).
  public var seconds: Double { Double(secondsSinceEpoch) + Double(nanoseconds) * 1e-9 }

  /// The local date and time in the recorded offset, as written.
  public var description: String {
    let local = secondsSinceEpoch + Int64(offsetMinutes) * 60
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let secondOfDay = Int(local - days * 86_400)
    let date = CalendarDate(daysSinceEpoch: days)
    var text =
      date.description + "T" + CalendarDate.pad(secondOfDay / 3600, 2) + ":"
      + CalendarDate.pad(secondOfDay / 60 % 60, 2) + ":" + CalendarDate.pad(secondOfDay % 60, 2)
    if nanoseconds != 0 {
      let n = Int(nanoseconds)
      if n % 1_000_000 == 0 {
        text += "." + CalendarDate.pad(n / 1_000_000, 3)
      } else if n % 1000 == 0 {
        text += "." + CalendarDate.pad(n / 1000, 6)
      } else {
        text += "." + CalendarDate.pad(n, 9)
      }
    }
    let offset = Int(offsetMinutes)
    text +=
      (offset < 0 ? "-" : "+") + CalendarDate.pad(abs(offset) / 60, 2) + ":"
      + CalendarDate.pad(abs(offset) % 60, 2)
    return text
  }

  /// Earlier instants first; equal instants by offset, so the order agrees
  /// with equality.
  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    (a.secondsSinceEpoch, a.nanoseconds, a.offsetMinutes)
      < (b.secondsSinceEpoch, b.nanoseconds, b.offsetMinutes)
  }

  /// Whether `a` happens before `b`, ignoring offsets.
  static func isEarlier(_ a: Timestamp, than b: Timestamp) -> Bool {
    a.secondsSinceEpoch < b.secondsSinceEpoch
      || (a.secondsSinceEpoch == b.secondsSinceEpoch && a.nanoseconds < b.nanoseconds)
  }

  /// The supported range of local times, as messages and Docs/EventLog.md
  /// say it: every second of the years 1 to 9999 (the instant itself may
  /// lie up to 18 hours beyond, by the offset).
  public static let supportedRange =
    "local times from 0001-01-01T00:00:00 to 9999-12-31T23:59:59, offsets from -18:00 to +18:00"
  /// 0001-01-01T00:00:00 as seconds since 1970, in local time.
  static let minimumLocalSeconds: Int64 = -62_135_596_800
  /// 9999-12-31T23:59:59 as seconds since 1970, in local time.
  static let maximumLocalSeconds: Int64 = 253_402_300_799

  /// Parses the bytes of `YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)`.
  ///
  /// Hot path of the `ingestion` benchmarks: no allocation.
  init?(utf8 b: UnsafeRawBufferPointer) {
    let n = b.count
    guard n >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x74,
      b[13] == 0x3A, b[16] == 0x3A,
      let year = CalendarDate.digits(b, 0, 4), let month = CalendarDate.digits(b, 5, 2),
      let day = CalendarDate.digits(b, 8, 2), let hour = CalendarDate.digits(b, 11, 2),
      let minute = CalendarDate.digits(b, 14, 2), let second = CalendarDate.digits(b, 17, 2),
      let date = CalendarDate(year: year, month: month, day: day),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var i = 19
    var nanos = 0
    if b[i] == 0x2E {
      i += 1
      var digits = 0
      while i < n, b[i] >= 0x30, b[i] <= 0x39 {
        guard digits < 9 else { return nil }
        nanos = nanos * 10 + Int(b[i] - 0x30)
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<9 { nanos *= 10 }
    }
    guard i < n else { return nil }
    var offset = 0
    if b[i] == 0x5A || b[i] == 0x7A {
      guard i + 1 == n else { return nil }
    } else {
      guard b[i] == 0x2B || b[i] == 0x2D, i + 6 == n, b[i + 3] == 0x3A,
        let oh = CalendarDate.digits(b, i + 1, 2), let om = CalendarDate.digits(b, i + 4, 2),
        om < 60
      else { return nil }
      offset = oh * 60 + om
      if b[i] == 0x2D { offset = -offset }
    }
    let local = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.init(
      secondsSinceEpoch: local - Int64(offset) * 60, nanoseconds: Int32(nanos),
      offsetMinutes: offset)
  }
}
