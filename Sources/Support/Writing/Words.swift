/// Numbers and lists in words, the one place Glasshouse pluralises: the
/// terminal, the report and the data-flow texts all count with it.
public enum Words {
  /// A count with its noun in agreement: `count(1, "delivery")` →
  /// `1 delivery`, `count(3, "delivery")` → `3 deliveries`,
  /// `count(0, "person", "people")` → `0 people`.
  public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    whole(number) + " " + noun(number, singular, plural)
  }

  /// The noun alone, singular for 1 and plural otherwise.
  public static func noun(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    number == 1 ? singular : plural ?? Self.plural(of: singular)
  }

  /// The regular English plural of a noun (the last word of a phrase):
  /// `delivery` → `deliveries`, `day` → `days`, `match` → `matches`,
  /// `person` → `people`.
  public static func plural(of singular: String) -> String {
    let irregular = ["person": "people", "child": "children", "this": "these", "that": "those", "is": "are",
                     "was": "were", "has": "have"]
    let words = singular.split(separator: " ", omittingEmptySubsequences: false)
    guard let last = words.last.map(String.init), !last.isEmpty else { return singular }
    let head = words.dropLast().joined(separator: " ")
    let joined = { (word: String) in head.isEmpty ? word : head + " " + word }
    if let word = irregular[last] { return joined(word) }
    let lower = last.lowercased()
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return joined(String(last.dropLast()) + "ies")
    }
    if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return joined(last + "es") }
    return joined(last + "s")
  }

  /// A whole number with thousands grouped by commas (`149869` →
  /// `149,869`), the same on every machine.
  public static func whole(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var out = ""
    for (position, digit) in digits.enumerated() {
      if position > 0 && (digits.count - position) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return number < 0 ? "-" + out : out
  }

  /// A list in words: `a`, `a and b`, `a, b and c`.
  public static func list(_ items: [String]) -> String {
    items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}
