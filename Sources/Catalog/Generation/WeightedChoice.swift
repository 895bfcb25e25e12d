import Support

/// Draws an index with probability proportional to its weight.
enum WeightedChoice {
  /// An index `i` drawn with probability `weights[i] / sum(weights)`; the
  /// last index with positive weight if rounding runs past the end.
  ///
  /// - Complexity: O(weights.count).
  static func index(_ weights: [Double], using generator: inout SeededGenerator) -> Int {
    let total = weights.reduce(0, +)
    var remaining = generator.nextUnitDouble() * total
    var last = 0
    for (index, weight) in weights.enumerated() where weight > 0 {
      remaining -= weight
      last = index
      if remaining < 0 { return index }
    }
    return last
  }

  /// An index drawn from cumulative weights (`cumulative[i]` is the sum of
  /// weights `0...i`) by binary search.
  ///
  /// - Complexity: O(log n).
  static func index(cumulative: [Double], using generator: inout SeededGenerator) -> Int {
    let target = generator.nextUnitDouble() * (cumulative.last ?? 0)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
