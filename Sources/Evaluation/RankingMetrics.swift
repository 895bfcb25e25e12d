#if canImport(Glibc)
import Glibc
#endif

/// Precision, recall and NDCG at N of ranked lists against held-out sets,
/// averaged over the users that have a held-out set, exactly as the shared
/// protocol defines them: precision@N = hits / N, recall@N = hits / |test|,
/// NDCG@N with binary relevance and the ideal DCG over min(N, |test|) items.
public struct RankingMetrics: Sendable, Equatable, Codable {
  /// N.
  public let cutoff: Int
  /// Users evaluated (those with a held-out set).
  public let usersEvaluated: Int
  /// Mean precision@N.
  public let precision: Double
  /// Mean recall@N.
  public let recall: Double
  /// Mean NDCG@N.
  public let ndcg: Double

  /// Scores ranked lists (one per user index, best first) against held-out
  /// title sets (one per user index).
  public init(rankings: [[Int]], heldOut: [Set<Int>], cutoff: Int) {
    precondition(rankings.count == heldOut.count, "one ranking per user expected")
    let discounts = (0..<max(cutoff, 1)).map { 1 / log2(Double($0) + 2) }
    var p = 0.0, r = 0.0, g = 0.0, users = 0
    for (ranking, truth) in zip(rankings, heldOut) where !truth.isEmpty {
      users += 1
      var hits = 0.0, dcg = 0.0
      for (rank, item) in ranking.prefix(cutoff).enumerated() where truth.contains(item) {
        hits += 1
        dcg += discounts[rank]
      }
      let ideal = discounts.prefix(min(cutoff, truth.count)).reduce(0, +)
      p += hits / Double(cutoff)
      r += hits / Double(truth.count)
      g += ideal > 0 ? dcg / ideal : 0
    }
    self.cutoff = cutoff
    self.usersEvaluated = users
    let n = Double(max(users, 1))
    precision = p / n
    recall = r / n
    ndcg = g / n
  }
}
