import Support

/// Draws from weights given as a dictionary, in a fixed key order (a
/// dictionary's own order changes from run to run).
enum WeightedDraw {
  /// A key drawn with probability proportional to its weight; `nil` when
  /// every weight is zero.
  static func draw<Key: Hashable>(
    _ weights: [Key: Double], order: (Key, Key) -> Bool, using random: inout SeededGenerator
  ) -> Key? {
    let keys = weights.keys.sorted(by: order).filter { (weights[$0] ?? 0) > 0 }
    let total = keys.reduce(0) { $0 + (weights[$1] ?? 0) }
    guard total > 0 else { return nil }
    var u = random.nextUnitDouble() * total
    for key in keys {
      u -= weights[key] ?? 0
      if u < 0 { return key }
    }
    return keys.last
  }

  /// An index drawn with probability proportional to its weight.
  static func index(_ weights: [Double], using random: inout SeededGenerator) -> Int {
    let total = weights.reduce(0, +)
    guard total > 0 else { return 0 }
    var u = random.nextUnitDouble() * total
    for (index, weight) in weights.enumerated() {
      u -= weight
      if u < 0 { return index }
    }
    return weights.count - 1
  }
}
