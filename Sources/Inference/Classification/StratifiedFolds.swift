import LinearAlgebra

/// Stratified k-fold assignment: every stratum (a class, or a combination of
/// classes) is spread as evenly as possible over the folds, and the folds
/// differ in size by at most one.
public enum StratifiedFolds {
  /// The fold (in `0..<folds`) of each item.
  ///
  /// Items are shuffled within their stratum with a seeded generator, then
  /// dealt round-robin, strata in ascending order, the deal continuing from
  /// stratum to stratum. Same strata and seed → same folds.
  ///
  /// - Complexity: O(n log n).
  public static func assign(strata: [Int], folds: Int, seed: UInt64) -> [Int] {
    precondition(folds >= 1, "at least one fold")
    var random = SeededGenerator(seed: seed)
    var members: [Int: [Int]] = [:]
    for (item, stratum) in strata.enumerated() { members[stratum, default: []].append(item) }
    var result = [Int](repeating: 0, count: strata.count)
    var dealt = 0
    for stratum in members.keys.sorted() {
      var items = members[stratum]!
      if items.count > 1 {
        for i in stride(from: items.count - 1, to: 0, by: -1) {
          let j = Int(random.next() % UInt64(i + 1))
          items.swapAt(i, j)
        }
      }
      for item in items {
        result[item] = dealt % folds
        dealt += 1
      }
    }
    return result
  }
}
