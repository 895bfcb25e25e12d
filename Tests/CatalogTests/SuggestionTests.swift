import Catalog
import Foundation
import Testing

/// "Did you mean" searches cost at most linear time in the value's length:
/// counted in edit-distance cells, not timed.
@Suite("Suggestion: the did-you-mean search is bounded")
struct SuggestionTests {
  static let zones = TimeZone.knownTimeZoneIdentifiers

  @Test("A value far longer than every candidate compares with none of them")
  func longValueSkipsEveryCandidate() {
    #expect(Self.zones.count > 100)
    let search = Suggestion.search(for: String(repeating: "A", count: 100_000), among: Self.zones)
    #expect(search.suggestion == nil)
    #expect(search.compared == 0)
    #expect(search.cells == 0)
  }

  @Test("Only cells near the diagonal are computed: (2·limit + 1) per character per candidate")
  func bandedWork() {
    for length in [1_000, 10_000, 100_000] {
      let word = String(repeating: "ab", count: length / 2)
      let near = word + "c"
      let search = Suggestion.search(for: word, among: [near, String(repeating: "x", count: length)])
      #expect(search.suggestion == near)
      #expect(search.compared == 2)
      // limit 3 for long words: at most 7 cells a character, not length².
      #expect(search.cells <= 2 * 7 * (length + 1), "length \(length)")
    }
  }

  @Test("A typo of a time zone is still found, with work bounded by the candidates' lengths")
  func typoStillFound() {
    let search = Suggestion.search(for: "Europe/Londn", among: Self.zones)
    #expect(search.suggestion == "Europe/London")
    let longest = Self.zones.map(\.count).max() ?? 0
    #expect(search.cells <= search.compared * 7 * (longest + 3))
    #expect(search.compared < Self.zones.count)
  }

  @Test("The bounded distance agrees with the full one within the limit")
  func agreesWithFullDistance() {
    let words = ["", "a", "ab", "ba", "dark", "drak", "kitten", "sitting", "personas", "persons", "Europe/London"]
    for a in words {
      for b in words {
        let full = Suggestion.editDistance(a, b)
        let expected = full <= 3 ? full : nil
        var cells = 0
        #expect(Suggestion.boundedDistance(Array(a), Array(b), limit: 3, cells: &cells) == expected, "\(a) / \(b)")
      }
    }
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("drak", "dark") == 1)
  }
}
