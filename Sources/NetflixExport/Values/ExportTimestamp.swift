import Events

/// The times of an export. Netflix writes UTC as `YYYY-MM-DD HH:MM:SS`;
/// other forms seen in exports and in files people re-save are accepted
/// too: ISO 8601 (`2024-03-01T20:15:00Z`, with a fraction, with an offset,
/// or without a zone, read as UTC), a trailing ` UTC`, minutes without
/// seconds, a date alone (`2024-03-01`, midnight UTC), `YYYY/MM/DD`, and
/// the US order a spreadsheet writes (`3/1/2024 20:15`, `3/1/24`).
public enum ExportTimestamp {
  /// The instant a field names, or `nil` when it is in none of the forms.
  public static func parse(_ text: String) -> Timestamp? {
    var value = text.trimmedField
    if value.hasSuffix(" UTC") || value.hasSuffix(" GMT") { value = String(value.dropLast(4)) }
    if let iso = Timestamp(value.replacingFirst(" ", with: "T")) { return iso }
    if value.hasSuffix("Z") || value.hasSuffix("z") { value = String(value.dropLast()) }
    let parts = value.split(separator: value.contains("T") ? "T" : " ", maxSplits: 1).map(String.init)
    guard let date = parts.first.flatMap(Self.date) else { return nil }
    var seconds = 0
    var nanoseconds: Int32 = 0
    if parts.count == 2 {
      guard let time = Self.time(parts[1]) else { return nil }
      (seconds, nanoseconds) = time
    }
    return Timestamp(
      secondsSinceEpoch: date * 86_400 + Int64(seconds), nanoseconds: nanoseconds, offsetMinutes: 0)
  }

  /// Days since 1970-01-01 of `YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY` or `M/D/YY`.
  static func date(_ text: String) -> Int64? {
    let dash = text.split(separator: "-", omittingEmptySubsequences: false)
    let slash = text.split(separator: "/", omittingEmptySubsequences: false)
    var year: Int?, month: Int?, day: Int?
    if dash.count == 3, dash[0].count == 4 {
      (year, month, day) = (Int(dash[0]), Int(dash[1]), Int(dash[2]))
    } else if slash.count == 3, slash[0].count == 4 {
      (year, month, day) = (Int(slash[0]), Int(slash[1]), Int(slash[2]))
    } else if slash.count == 3, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count),
      slash[2].count == 4 || slash[2].count == 2
    {
      (month, day, year) = (Int(slash[0]), Int(slash[1]), Int(slash[2]))
      if let short = year, slash[2].count == 2 { year = 2000 + short }
    }
    guard let year, let month, let day, let calendar = CalendarDate(year: year, month: month, day: day),
      let midnight = Timestamp(calendar.description + "T00:00:00Z")
    else { return nil }
    return midnight.secondsSinceEpoch / 86_400
  }

  /// Seconds into the day and nanoseconds of `HH:MM[:SS[.f]]`.
  static func time(_ text: String) -> (Int, Int32)? {
    let fields = text.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3, let hour = Int(fields[0]), let minute = Int(fields[1]),
      (0..<24).contains(hour), (0..<60).contains(minute), fields[0].count <= 2, fields[1].count == 2
    else { return nil }
    var second = 0
    var nanoseconds: Int32 = 0
    if fields.count == 3 {
      let secondParts = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      guard secondParts[0].count == 2, let whole = Int(secondParts[0]), (0..<60).contains(whole) else {
        return nil
      }
      second = whole
      if secondParts.count == 2 {
        let digits = secondParts[1]
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit), let fraction = Int(digits)
        else { return nil }
        var scaled = fraction
        for _ in digits.count..<9 { scaled *= 10 }
        nanoseconds = Int32(scaled)
      }
    }
    return (hour * 3600 + minute * 60 + second, nanoseconds)
  }

  /// An instant as Netflix writes it: `YYYY-MM-DD HH:MM:SS`, in UTC.
  public static func format(_ time: Timestamp) -> String {
    let utc = Timestamp(secondsSinceEpoch: time.secondsSinceEpoch, offsetMinutes: 0) ?? time
    let text = utc.description  // YYYY-MM-DDTHH:MM:SS+00:00
    return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(8))
  }

  /// The date of an instant in UTC, `YYYY-MM-DD`.
  public static func formatDate(_ time: Timestamp) -> String { String(format(time).prefix(10)) }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: Character, with replacement: Character) -> String {
    guard let index = firstIndex(of: target) else { return self }
    var copy = self
    copy.replaceSubrange(index...index, with: String(replacement))
    return copy
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
