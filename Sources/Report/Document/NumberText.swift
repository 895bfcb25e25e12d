import Support
/// Numbers written the same way on every machine and locale: a fixed number
/// of decimals, a dot, no grouping, never `-0`.
enum NumberText {
  /// `value` rounded half away from zero to `digits` decimals (0…6);
  /// non-finite values are written as `0`.
  static func fixed(_ value: Double, _ digits: Int = 1) -> String {
    guard value.isFinite else { return "0" }
    let digits = min(max(digits, 0), 6)
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return value < 0 ? "-9e15" : "9e15" }
    let whole = Int64(scaled)
    if whole == 0 { return digits == 0 ? "0" : "0." + String(repeating: "0", count: digits) }
    var text = String(whole)
    if digits > 0 {
      if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
      text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
    }
    return value < 0 ? "-" + text : text
  }

  /// An SVG coordinate: at most one decimal, without a trailing `.0`.
  static func coordinate(_ value: Double) -> String {
    let text = fixed(value, 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// A share as a whole percentage: `0.734` → `73%`.
  static func percent(_ share: Double) -> String { fixed(share * 100, 0) + "%" }
}

extension NumberText {
  /// A count with its noun in agreement (``Words/count(_:_:_:)``).
  static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    Words.count(number, singular, plural)
  }

  /// The noun alone, singular for 1 and plural otherwise.
  static func noun(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    Words.noun(number, singular, plural)
  }

  /// The regular English plural of a noun.
  static func plural(of singular: String) -> String { Words.plural(of: singular) }

  /// A whole number with thousands grouped by commas.
  static func whole(_ number: Int) -> String { Words.whole(number) }

  /// A list in words: `a`, `a and b`, `a, b and c`.
  static func list(_ items: [String]) -> String { Words.list(items) }
}
