import Support

/// A generated implicit-feedback data set with a known structure, for
/// demonstrations and tests when no real file is at hand.
///
/// Titles fall into ``groups`` taste groups; each user has one favourite
/// group. Title popularity follows a power law (weight ∝ rank^−0.9, as in
/// `make_matrix.py`) and user activity a Pareto law, like real viewing
/// logs. A share ``focus`` of each user's interactions comes from their
/// favourite group, the rest from the whole catalog; values are 1–5.
public struct SyntheticInteractions: Sendable {
  /// The number of users.
  public var users: Int
  /// The number of titles.
  public var items: Int
  /// The number of distinct (user, title) pairs to draw.
  public var interactions: Int
  /// The number of taste groups.
  public var groups: Int
  /// The share of a user's interactions drawn from their favourite group.
  public var focus: Double
  /// The random seed.
  public var seed: UInt64

  /// Creates a generator.
  public init(users: Int = 2_000, items: Int = 1_000, interactions: Int = 60_000, groups: Int = 8,
              focus: Double = 0.7, seed: UInt64 = 1) {
    self.users = users
    self.items = items
    self.interactions = interactions
    self.groups = max(1, groups)
    self.focus = focus
    self.seed = seed
  }

  /// The favourite group of each user.
  public func favouriteGroup(ofUser user: Int) -> Int { (user * 7 + 3) % groups }

  /// The group of each title.
  public func group(ofItem item: Int) -> Int { item % groups }

  /// Draws the interactions (labels are 1-based numbers, timestamps spread
  /// over 2019). At most `users × items` pairs exist; fewer are returned
  /// when the request exceeds that.
  public func generate() -> [Interaction] {
    var random = SeededGenerator(seed: seed)
    let target = min(interactions, users * items)
    guard target > 0 else { return [] }
    let itemWeights = (0..<items).map { 1 / pow(Double($0 + 1), 0.9) }
    let global = CumulativeTable(itemWeights)
    let perGroup = (0..<groups).map { g in
      CumulativeTable((0..<items).map { group(ofItem: $0) == g ? itemWeights[$0] : 0 })
    }
    let activity = CumulativeTable((0..<users).map { _ in
      1 / pow(max(random.nextUnitDouble(), 1e-9), 1 / 1.5)
    })
    var seen = Set<Int>()
    var result: [Interaction] = []
    result.reserveCapacity(target)
    var attempts = 0
    while result.count < target && attempts < target * 50 {
      attempts += 1
      let user = activity.draw(&random)
      let table = random.nextUnitDouble() < focus ? perGroup[favouriteGroup(ofUser: user)] : global
      let item = table.draw(&random)
      guard seen.insert(user * items + item).inserted else { continue }
      let value = Float(1 + Int(random.next() % 5))
      let stamp = 1_546_300_800 + Int64(random.next() % 31_536_000)
      result.append(Interaction(user: Label(user + 1), item: Label(item + 1), value: value, timestamp: stamp))
    }
    return result
  }
}

/// Draws indices with probability proportional to fixed weights.
private struct CumulativeTable {
  let sums: [Double]

  init(_ weights: [Double]) {
    var running = 0.0
    sums = weights.map { running += $0; return running }
  }

  func draw(_ random: inout SeededGenerator) -> Int {
    let target = random.nextUnitDouble() * (sums.last ?? 0)
    var lo = 0, hi = sums.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if sums[mid] <= target { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}

#if canImport(Glibc)
import Glibc
#endif
