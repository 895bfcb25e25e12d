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

  /// Summarizes predictions against labels with `binCount` equal-width bins.
  ///
  /// - Complexity: O(n·C).
  public init(probabilities: DenseMatrix, labels: [Int], binCount: Int = 10) {
    let count = max(1, binCount)
    var n = [Int](repeating: 0, count: count)
    var confidence = [Double](repeating: 0, count: count)
    var correct = [Double](repeating: 0, count: count)
    let c = probabilities.columns
    for r in labels.indices {
      let predicted = ClassificationMetrics.predictedClass(probabilities, row: r)
      let p = Double(probabilities.storage[r * c + predicted])
      let bin = min(count - 1, max(0, Int(p * Double(count))))
      n[bin] += 1
      confidence[bin] += p
      if predicted == labels[r] { correct[bin] += 1 }
    }
    var bins: [Bin] = []
    var ece = 0.0
    var mce = 0.0
    let total = Double(max(labels.count, 1))
    for b in 0..<count {
      let meanConfidence = n[b] > 0 ? confidence[b] / Double(n[b]) : 0
      let accuracy = n[b] > 0 ? correct[b] / Double(n[b]) : 0
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
