import Inference

/// How right the platform was across the whole simulated population, per
/// inference type: the figures a teacher quotes ("it guessed gender right
/// for 78% of members whose gender it was never told").
public struct PopulationAccuracy: Sendable, Codable, Equatable {
  /// Accuracy of one inference type.
  public struct Score: Sendable, Codable, Equatable {
    /// The inference.
    public let inference: String
    /// Profiles (or accounts, see ``unit``) scored.
    public let evaluated: Int
    /// What was scored: `profiles` or `accounts`.
    public let unit: String
    /// Share inferred correctly.
    public let accuracy: Double
    /// Share a baseline gets (the majority class, or chance): what the
    /// accuracy must beat to mean anything.
    public let baseline: Double
    /// Mean confidence the platform gave its answers (calibration check:
    /// close to `accuracy` when well calibrated).
    public let meanConfidence: Double
    /// Expected calibration error of the confidences: over 10 equal-width
    /// confidence bins, the share-weighted gap between accuracy and mean
    /// confidence (0 is perfectly calibrated).
    public let calibrationError: Double
    /// For two-class inferences (gender), the area under the ROC curve of
    /// the probability the platform gives one class; `nil` otherwise.
    public let auc: Double?

    /// Scores outcomes (whether each answer was right, and the platform's
    /// confidence in it); `positiveScores` are (probability of the
    /// positive class, truly positive) pairs for a two-class AUC.
    public init(inference: String, outcomes: [(correct: Bool, confidence: Double)], baseline: Double,
                positiveScores: [(score: Double, positive: Bool)]? = nil, unit: String = "profiles") {
      let n = outcomes.count
      self.inference = inference
      self.evaluated = n
      self.unit = unit
      self.accuracy = n == 0 ? 0 : Double(outcomes.filter(\.correct).count) / Double(n)
      self.baseline = baseline
      self.meanConfidence = n == 0 ? 0 : outcomes.reduce(0) { $0 + $1.confidence } / Double(n)
      self.calibrationError = CalibrationSummary(
        confidences: outcomes.map(\.confidence), correct: outcomes.map(\.correct)
      ).expectedCalibrationError
      self.auc = positiveScores.flatMap(Self.areaUnderROC)
    }

    /// Whether the inference is no better than always giving the commonest
    /// answer: its accuracy does not beat the baseline, or, for a
    /// two-class inference, its AUC is under 0.6 (a coin toss scores 0.5).
    public var isGuessing: Bool { auc.map { $0 < 0.6 } ?? false || accuracy <= baseline }

    /// The probability that a random positive scores above a random
    /// negative (ties count half); `nil` without both classes.
    static func areaUnderROC(_ pairs: [(score: Double, positive: Bool)]) -> Double? {
      guard pairs.contains(where: \.positive), pairs.contains(where: { !$0.positive }) else { return nil }
      return ClassificationMetrics.areaUnderROC(scores: pairs.map(\.score), positives: pairs.map(\.positive))
    }
  }

  /// The scores, one per inference type.
  public let scores: [Score]
}
