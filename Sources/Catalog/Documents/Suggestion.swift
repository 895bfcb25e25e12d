/// Finds the likely intended word for a misspelt one ("did you mean
/// 'personas'?") by edit distance.
package enum Suggestion {
  /// What one suggestion search found, and the work it did.
  package struct Search: Sendable, Equatable {
    /// The closest candidate within the distance limit, if any.
    package var suggestion: String?
    /// Candidates whose length was near enough to the word's to compare.
    package var compared = 0
    /// Edit-distance table cells computed, over all candidates: at most
    /// (2 · limit + 1) per character of the word for each compared
    /// candidate, so linear in the word's length.
    package var cells = 0
  }

  /// The candidate closest to `word`, when it is close enough to be a
  /// plausible typo: an edit distance of at most 1 for short words, 2 for
  /// words of 5 letters or more and 3 for words of 9 or more, compared
  /// without regard to case, `_` versus `-`, or spaces.
  ///
  /// - Complexity: O(word length + total candidate length) — a candidate
  ///   whose length differs from the word's by more than the limit is
  ///   skipped, and the others are compared only near the diagonal.
  package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    search(for: word, among: candidates).suggestion
  }

  /// ``closest(to:among:)`` with a count of the work done, so tests can check
  /// that no value costs more than linear time.
  package static func search(for word: String, among candidates: some Sequence<String>) -> Search {
    let target = Array(normalized(word))
    let limit = limit(forLength: target.count)
    var result = Search()
    var bestDistance = Int.max
    for candidate in candidates where candidate != word {
      // The distance is at least the difference in length: skip such a
      // candidate before comparing anything.
      let other = Array(normalized(candidate))
      guard abs(other.count - target.count) <= limit else { continue }
      result.compared += 1
      guard let distance = boundedDistance(target, other, limit: limit, cells: &result.cells)
      else { continue }
      if distance < bestDistance {
        bestDistance = distance
        result.suggestion = candidate
      }
    }
    return result
  }

  /// The largest edit distance that still counts as a typo of a word of
  /// `length` characters.
  package static func limit(forLength length: Int) -> Int {
    length >= 9 ? 3 : length >= 5 ? 2 : 1
  }

  /// The edit distance between two strings, counted in characters:
  /// insertions, deletions, substitutions and swaps of two neighbours each
  /// cost 1 (the optimal-string-alignment variant of Damerau–Levenshtein,
  /// so "drak" is one edit from "dark").
  ///
  /// - Complexity: O(a.count · b.count) time, O(b.count) space.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var cells = 0
    return boundedDistance(a, b, limit: max(a.count, b.count), cells: &cells) ?? max(a.count, b.count)
  }

  /// The edit distance of ``editDistance(_:_:)`` when it is at most
  /// `limit`, `nil` otherwise; only the cells within `limit` of the
  /// diagonal are computed (Ukkonen 1985), and `cells` counts them.
  ///
  /// - Complexity: O(min(a.count, b.count) · limit) time, O(b.count) space.
  package static func boundedDistance(
    _ a: [Character], _ b: [Character], limit: Int, cells: inout Int
  ) -> Int? {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let far = limit + 1
    var beforePrevious = [Int](repeating: far, count: m + 1)
    var previous = (0...m).map { $0 <= limit ? $0 : far }
    var current = [Int](repeating: far, count: m + 1)
    for i in 1...n {
      let low = max(1, i - limit)
      let high = min(m, i + limit)
      current[low - 1] = low == 1 ? min(i, far) : far
      var rowMinimum = current[low - 1]
      if low <= high {
        for j in low...high {
          let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
          var value = min(previous[j] + 1, current[j - 1] + 1, substitution)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, beforePrevious[j - 2] + 1)
          }
          current[j] = min(value, far)
          rowMinimum = min(rowMinimum, current[j])
        }
        cells += high - low + 1
      }
      if high < m { current[high + 1] = far }
      guard rowMinimum <= limit else { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[m] <= limit ? previous[m] : nil
  }

  private static func normalized(_ word: String) -> String {
    String(word.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
  }
}
