import Datasets
import LinearAlgebra

/// The per-user time split of the shared evaluation protocol
/// (`shared/bench/implicit_als.py eval`): for every user with at least 5
/// interactions, sorted by (timestamp, title label), the last 20% (at least
/// one) are held out for testing and the rest train; users with fewer than
/// 5 interactions train only.
public struct TimeSplit: Sendable {
  /// Users × titles training matrix (duplicates summed).
  public let train: SparseMatrix
  /// For each user index, the held-out title indices (empty when none).
  public let heldOut: [Set<Int>]
  /// User labels ↔ indices (every user of the input, sorted).
  public let users: IndexMap<Label>
  /// Title labels ↔ indices (every title of the input, sorted).
  public let items: IndexMap<Label>
  /// The number of held-out interactions.
  public let testCount: Int

  /// Splits interactions by the protocol.
  ///
  /// - Parameters:
  ///   - minimumInteractions: users with fewer interactions train only (5).
  ///   - testFraction: the held-out share of each such user (0.2).
  public init(_ interactions: [Interaction], minimumInteractions: Int = 5, testFraction: Double = 0.2) {
    let users = IndexMap(labels: interactions.lazy.map(\.user))
    let items = IndexMap(labels: interactions.lazy.map(\.item))
    var byUser = [[Int]](repeating: [], count: users.count)
    for (position, interaction) in interactions.enumerated() {
      byUser[users.index(of: interaction.user)!].append(position)
    }
    var isTest = [Bool](repeating: false, count: interactions.count)
    var heldOut = [Set<Int>](repeating: [], count: users.count)
    var testCount = 0
    for (user, positions) in byUser.enumerated() where positions.count >= minimumInteractions {
      let ordered = positions.sorted {
        let a = interactions[$0], b = interactions[$1]
        return (a.timestamp, a.item) < (b.timestamp, b.item)
      }
      let k = max(1, Int(Double(ordered.count) * testFraction))
      for position in ordered.suffix(k) {
        isTest[position] = true
        heldOut[user].insert(items.index(of: interactions[position].item)!)
        testCount += 1
      }
    }
    var entries: [(row: Int, column: Int, value: Float)] = []
    entries.reserveCapacity(interactions.count - testCount)
    for (position, interaction) in interactions.enumerated() where !isTest[position] {
      entries.append((users.index(of: interaction.user)!, items.index(of: interaction.item)!, interaction.value))
    }
    self.train = SparseMatrix(rows: users.count, columns: items.count, entries: entries)
    self.heldOut = heldOut
    self.users = users
    self.items = items
    self.testCount = testCount
  }
}
