import Inference
import Support
import Testing

/// The one AUC and the one ECE, against values computed by hand.
@Suite("AUC and calibration error")
struct MetricAgreementTests {
  /// The AUC by its definition: over every (positive, negative) pair, a
  /// win when the positive scores higher, one half for a tie.
  private func countedPairs(_ scores: [Double], _ positives: [Bool]) -> Double {
    var wins = 0.0
    var pairs = 0.0
    for i in scores.indices where positives[i] {
      for j in scores.indices where !positives[j] {
        wins += scores[i] > scores[j] ? 1 : (scores[i] == scores[j] ? 0.5 : 0)
        pairs += 1
      }
    }
    return wins / pairs
  }

  @Test("AUC equals counting the pairs, exactly, with many ties")
  func aucByPairs() {
    var random = SeededGenerator(seed: 7)
    for trial in 0..<20 {
      let n = 5 + trial * 7
      // Scores on a coarse grid so that ties are common.
      let scores = (0..<n).map { _ in Double(random.next() % 8) / 8 }
      var positives = (0..<n).map { _ in random.next() % 3 == 0 }
      positives[0] = true
      positives[1] = false
      #expect(ClassificationMetrics.areaUnderROC(scores: scores, positives: positives) == countedPairs(scores, positives))
      let floats = scores.map(Float.init)
      #expect(ClassificationMetrics.areaUnderROC(scores: floats, positives: positives) == countedPairs(scores, positives))
    }
    // 3 positives, 2 negatives: pairs (0.9>0.2, 0.9>0.5, 0.5=0.5, 0.5>0.2, 0.1<0.2, 0.1<0.5) → 3.5 of 6.
    #expect(ClassificationMetrics.areaUnderROC(scores: [0.9, 0.5, 0.1, 0.2, 0.5], positives: [true, true, true, false, false]) == 3.5 / 6)
  }

  @Test("ECE by hand over five occupied bins")
  func eceByHand() {
    // Bins of width 0.1: [0.9, 1) holds 0.95 and 0.92, both right (gap |1 − 0.935| = 0.065);
    // [0.8, 0.9) 0.85 wrong (0.85); [0.6, 0.7) 0.62 right (0.38); [0.5, 0.6) 0.57 wrong (0.57);
    // [0.3, 0.4) 0.33 wrong (0.33). ECE = (2·0.065 + 0.85 + 0.38 + 0.57 + 0.33) / 6.
    let summary = CalibrationSummary(
      confidences: [0.95, 0.92, 0.85, 0.62, 0.57, 0.33], correct: [true, true, false, true, false, false])
    #expect(abs(summary.expectedCalibrationError - 2.26 / 6) < 1e-12)
    #expect(abs(summary.maximumCalibrationError - 0.85) < 1e-12)
    #expect(summary.bins.map(\.count) == [0, 0, 0, 1, 0, 1, 1, 0, 1, 2])
    #expect(abs(summary.bins[9].meanConfidence - 0.935) < 1e-12 && summary.bins[9].accuracy == 1)
    #expect(CalibrationSummary(confidences: [], correct: []).expectedCalibrationError == 0)
  }
}
