import LinearAlgebra

/// The popularity baseline: the same list for everyone, titles ordered by
/// how many users interacted with them in training (ties by lower index),
/// each user's own training titles skipped.
public struct PopularityRanker: Sendable {
  /// Title indices, most popular first.
  public let order: [Int]

  /// Counts each title's users in a users × titles matrix.
  public init(_ train: SparseMatrix) {
    var counts = [Int](repeating: 0, count: train.columns)
    for c in train.columnIndices { counts[Int(c)] += 1 }
    order = counts.indices.sorted { (counts[$0], -$0) > (counts[$1], -$1) }
  }

  /// The top `count` titles for a user, skipping the user's stored titles in `excluding`.
  public func recommend(user: Int, count: Int, excluding: SparseMatrix) -> [Int] {
    let seen = Set(excluding.range(ofRow: user).map { Int(excluding.columnIndices[$0]) })
    var result: [Int] = []
    for item in order where !seen.contains(item) {
      result.append(item)
      if result.count == count { break }
    }
    return result
  }
}
