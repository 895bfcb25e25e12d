import Assessment
import Testing

@Suite("Population accuracy scores")
struct PopulationAccuracyTests {
  @Test("hand-computed accuracy, calibration error and AUC")
  func handComputed() {
    // Bin 9 (0.9–1): 2 answers, 1 right → |0.5 − 0.95| = 0.45, weight 2/4.
    // Bin 6 (0.6–0.7): 2 answers, 2 right → |1 − 0.65| = 0.35, weight 2/4.
    let score = PopulationAccuracy.Score(
      inference: "gender", outcomes: [(true, 0.9), (false, 1.0), (true, 0.6), (true, 0.7)], baseline: 0.5,
      positiveScores: [(0.9, true), (0.2, false), (0.6, true), (0.6, false)])
    #expect(score.evaluated == 4)
    #expect(score.accuracy == 0.75)
    #expect(abs(score.meanConfidence - 0.8) < 1e-12)
    #expect(abs(score.calibrationError - (0.5 * 0.45 + 0.5 * 0.35)) < 1e-12)
    // Positives {0.9, 0.6} vs negatives {0.2, 0.6}: wins 1 + 1 + 1 + 0.5 = 3.5 of 4.
    #expect(score.auc == 0.875)
  }

  @Test("no outcomes or a single class give zeros and no AUC, never NaN")
  func degenerate() {
    let empty = PopulationAccuracy.Score(inference: "x", outcomes: [], baseline: 0, positiveScores: [])
    #expect(empty.accuracy == 0 && empty.calibrationError == 0 && empty.auc == nil)
    let oneClass = PopulationAccuracy.Score(
      inference: "x", outcomes: [(true, 0.5)], baseline: 0, positiveScores: [(0.5, true)])
    #expect(oneClass.auc == nil)
  }
}
