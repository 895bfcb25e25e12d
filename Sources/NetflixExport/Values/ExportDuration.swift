/// Durations and positions of an export, written `HH:MM:SS` (hours may have
/// more than two digits; `MM:SS` is accepted too).
public enum ExportDuration {
  /// Seconds, or `nil` when the text is not a duration.
  public static func parse(_ text: String) -> Double? {
    let fields = text.trimmedField.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3,
      fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    let numbers = fields.compactMap { Int($0) }
    guard numbers.count == fields.count else { return nil }
    let (hours, minutes, seconds) = numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1])
    guard minutes < 60, seconds < 60 else { return nil }
    return Double(hours * 3600 + minutes * 60 + seconds)
  }

  /// Seconds as `HH:MM:SS` (rounded to the second).
  public static func format(_ seconds: Double) -> String {
    let total = max(0, Int(seconds.rounded()))
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return two(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60)
  }
}
