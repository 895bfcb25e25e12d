/// Finds the likely intended word for a misspelt one ("did you mean
/// 'personas'?") by edit distance.
package enum Suggestion {
  /// The candidate closest to `word`, when it is close enough to be a
  /// plausible typo: an edit distance of at most 1 for short words, 2 for
  /// words of 5 letters or more and 3 for words of 9 or more, compared
  /// without regard to case, `_` versus `-`, or spaces.
  ///
  /// - Complexity: O(candidates · word length · candidate length).
  package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = normalized(word)
    let limit = target.count >= 9 ? 3 : target.count >= 5 ? 2 : 1
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let distance = editDistance(target, normalized(candidate))
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
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
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  private static func normalized(_ word: String) -> String {
    String(word.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
  }
}
