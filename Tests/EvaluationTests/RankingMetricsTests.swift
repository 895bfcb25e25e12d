import Evaluation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Ranking metrics")
struct RankingMetricsTests {
  @Test("hand-computed precision, recall and NDCG")
  func handComputed() {
    // User 0: hits at ranks 1 and 3 of 3; truth has 2 items.
    // User 1: no held-out set (not evaluated). User 2: one hit at rank 2, truth 4 items.
    let m = RankingMetrics(rankings: [[5, 6, 7], [1, 2, 3], [8, 9, 10]],
                           heldOut: [[5, 7], [], [9, 11, 12, 13]], cutoff: 3)
    #expect(m.usersEvaluated == 2)
    #expect(abs(m.precision - (2.0 / 3 + 1.0 / 3) / 2) < 1e-12)
    #expect(abs(m.recall - (1.0 + 0.25) / 2) < 1e-12)
    let ndcg0 = (1 + 1 / log2(4.0)) / (1 + 1 / log2(3.0))
    let ndcg2 = (1 / log2(3.0)) / (1 + 1 / log2(3.0) + 1 / log2(4.0))
    #expect(abs(m.ndcg - (ndcg0 + ndcg2) / 2) < 1e-12)
  }
}
