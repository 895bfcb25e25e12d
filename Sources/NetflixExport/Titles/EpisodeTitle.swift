/// A viewing's title as Netflix writes it, split into the show and its
/// episode: `Show: Season 2: Episode Name`, `Show: Limited Series: Episode`,
/// `Show: Part 1: Episode`, `Show: Volume 2: …`, `Show: Book One: …`,
/// `Show: Chapter 3`; a show's own name may hold colons
/// (`Star Wars: The Clone Wars: Season 1: Ambush`). A title with no season
/// or episode part is a film (or a special) and stands by itself —
/// `Mission: Impossible` stays whole.
public struct EpisodeTitle: Sendable, Equatable {
  /// The show, or the film's whole title.
  public let show: String
  /// The season part as written (`Season 2`, `Limited Series`), if any.
  public let season: String?
  /// The episode's name (`Episode Name`, `Chapter 3`), if any.
  public let episode: String?

  /// Whether the title is an episode of a show.
  public var isEpisode: Bool { season != nil || episode != nil }

  /// Splits a title.
  public init(_ title: String) {
    let parts = title.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmedField }
    // The first part after the show's own name that names a season.
    if parts.count >= 2, let index = parts.indices.dropFirst().first(where: { Self.isSeason(parts[$0]) }) {
      show = parts[..<index].joined(separator: ": ")
      season = parts[index]
      let rest = parts[(index + 1)...].joined(separator: ": ")
      episode = rest.isEmpty ? nil : Self.unquoted(rest)
      return
    }
    // `Show: Chapter 3`, `Show: Episode 4`: an episode without a season.
    if parts.count >= 2, let last = parts.last, Self.isEpisodeNumber(last) {
      show = parts.dropLast().joined(separator: ": ")
      season = nil
      episode = last
      return
    }
    show = title.trimmedField
    season = nil
    episode = nil
  }

  /// Whether a part names a season: `Season 2`, `Series 1`, `Part 1`,
  /// `Volume 2`, `Vol. 3`, `Book One`, `Collection 2`, `Limited Series`,
  /// `Miniseries`.
  static func isSeason(_ part: String) -> Bool {
    let lower = part.lowercased()
    if ["limited series", "miniseries", "mini-series", "mini series"].contains(lower) { return true }
    let words = lower.split(separator: " ")
    guard words.count == 2 else { return false }
    let markers: Set<Substring> = ["season", "series", "part", "volume", "vol.", "vol", "book", "collection"]
    return markers.contains(words[0]) && Self.isCount(words[1])
  }

  /// Whether a part is `Chapter N` or `Episode N`.
  static func isEpisodeNumber(_ part: String) -> Bool {
    let words = part.lowercased().split(separator: " ")
    guard words.count == 2, ["chapter", "episode", "ep.", "ep"].contains(words[0]) else { return false }
    return isCount(words[1])
  }

  /// A number in digits, Roman numerals or English words up to twenty.
  static func isCount(_ word: Substring) -> Bool {
    if word.allSatisfy(\.isASCIIDigit) { return true }
    if !word.isEmpty, word.allSatisfy({ "ivxlc".contains($0) }) { return true }
    let words: Set<Substring> = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]
    return words.contains(word)
  }

  /// An episode name without the quotes Netflix puts around some
  /// (`"Episode 6"`).
  static func unquoted(_ text: String) -> String {
    guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
    return String(text.dropFirst().dropLast())
  }
}
