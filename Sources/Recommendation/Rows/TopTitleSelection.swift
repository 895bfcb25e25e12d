/// The `limit` best titles offered to it, kept in order as they arrive: a
/// partial insertion sort by value, highest first, equal values broken by
/// a seeded hash of the title (computed only when values are equal).
///
/// Offering the same titles in the same order always gives the same
/// selection, NaN values included (a NaN never goes before anything).
///
/// - Complexity: O(1) per rejected title, O(limit) per accepted one.
struct TopTitleSelection {
  /// The selected titles, best first.
  private(set) var titles: [Int] = []
  private var values: [Float] = []
  private let limit: Int
  private let seed: UInt64

  /// Creates an empty selection of at most `limit` titles.
  init(limit: Int, seed: UInt64) {
    self.limit = limit
    self.seed = seed
    titles.reserveCapacity(limit + 1)
    values.reserveCapacity(limit + 1)
  }

  /// Whether title `a` with value `x` ranks before title `b` with value `y`.
  @inline(__always)
  private func before(_ a: Int, _ x: Float, _ b: Int, _ y: Float) -> Bool {
    x != y ? x > y : HomepageBuilder.mix(seed, UInt64(a)) < HomepageBuilder.mix(seed, UInt64(b))
  }

  /// Offers a title; it is kept when it ranks among the best so far.
  // Hot path of the "homepages for 10,000 profiles" benchmark
  // (RecommendationBenchmarks): the full-row test rejects most titles
  // with one comparison.
  @inline(__always)
  mutating func offer(_ title: Int, value: Float) {
    if titles.count == limit {
      guard before(title, value, titles[limit - 1], values[limit - 1]) else { return }
      titles.removeLast()
      values.removeLast()
    }
    var position = titles.count
    while position > 0, before(title, value, titles[position - 1], values[position - 1]) {
      position -= 1
    }
    titles.insert(title, at: position)
    values.insert(value, at: position)
  }
}
