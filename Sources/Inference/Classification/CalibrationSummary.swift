import LinearAlgebra

/// How well predicted probabilities match observed frequencies: reliability
/// bins of the top-class confidence and the expected calibration error
/// (Naeini, Cooper and Hauskrecht, AAAI 2015; Guo et al., ICML 2017).
public struct CalibrationSummary: Sendable, Codable, Equatable {
  /// One bin of predictions whose top-class probability falls in
  /// `[lower, upper)` (the last bin includes 1).
  public struct Bin: Sendable, Codable, Equatable {
    /// The bin's lower edge.
    public let lower: Double
    /// The bin's upper edge.
    public let upper: Double
    /// How many predictions fell in it.
    public let count: Int
    /// Their mean top-class probability (0 when empty).
    public let meanConfidence: Double
    /// The share of them that were right (0 when empty).
    public let accuracy: Double
  }

  /// Equal-width bins over [0, 1].
  public let bins: [Bin]
  /// ECE: `Σ_b (n_b / n) · |accuracy_b − confidence_b|`; 0 for perfect
  /// calibration, at most 1.
  public let expectedCalibrationError: Double
  /// The largest `|accuracy_b − confidence_b|` over non-empty bins.
  public let maximumCalibrationError: Double

  /// Summarizes predictions against labels with `binCount` equal-width bins
  /// of the top-class probability.
  ///
  /// - Complexity: O(n·C).
  public init(probabilities: DenseMatrix, labels: [Int], binCount: Int = 10) {
    let c = probabilities.columns
    var confidences: [Double] = []
    var correct: [Bool] = []
    confidences.reserveCapacity(labels.count)
    correct.reserveCapacity(labels.count)
    for r in labels.indices {
      let predicted = ClassificationMetrics.predictedClass(probabilities, row: r)
      confidences.append(Double(probabilities.storage[r * c + predicted]))
      correct.append(predicted == labels[r])
    }
    self.init(confidences: confidences, correct: correct, binCount: binCount)
  }

  /// Summarizes answers given with a confidence (whether each was right)
  /// with `binCount` equal-width bins of the confidence: the one ECE of the
  /// package, used by the demographic evaluation and the population
  /// accuracy table.
  ///
  /// - Complexity: O(n).
  public init(confidences: [Double], correct: [Bool], binCount: Int = 10) {
    precondition(confidences.count == correct.count, "one outcome per confidence")
    let count = max(1, binCount)
    var n = [Int](repeating: 0, count: count)
    var confidence = [Double](repeating: 0, count: count)
    var right = [Double](repeating: 0, count: count)
    for (p, isCorrect) in zip(confidences, correct) {
      let bin = min(count - 1, max(0, Int(p * Double(count))))
      n[bin] += 1
      confidence[bin] += p
      if isCorrect { right[bin] += 1 }
    }
    var bins: [Bin] = []
    var ece = 0.0
    var mce = 0.0
    let total = Double(max(confidences.count, 1))
    for b in 0..<count {
      let meanConfidence = n[b] > 0 ? confidence[b] / Double(n[b]) : 0
      let accuracy = n[b] > 0 ? right[b] / Double(n[b]) : 0
      bins.append(Bin(
        lower: Double(b) / Double(count), upper: Double(b + 1) / Double(count), count: n[b],
        meanConfidence: meanConfidence, accuracy: accuracy))
      if n[b] > 0 {
        let gap = abs(accuracy - meanConfidence)
        ece += Double(n[b]) / total * gap
        mce = max(mce, gap)
      }
    }
    self.bins = bins
    self.expectedCalibrationError = ece
    self.maximumCalibrationError = mce
  }
}
