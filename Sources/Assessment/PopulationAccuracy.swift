/// How right the platform was across the whole simulated population, per
/// inference type: the figures a teacher quotes ("it guessed gender right
/// for 78% of members whose gender it was never told").
public struct PopulationAccuracy: Sendable, Codable, Equatable {
  /// Accuracy of one inference type.
  public struct Score: Sendable, Codable, Equatable {
    /// The inference.
    public let inference: String
    /// Profiles scored.
    public let evaluated: Int
    /// Share inferred correctly.
    public let accuracy: Double
    /// Share a baseline gets (the majority class, or chance): what the
    /// accuracy must beat to mean anything.
    public let baseline: Double
    /// Mean confidence the platform gave its answers (calibration check:
    /// close to `accuracy` when well calibrated).
    public let meanConfidence: Double
  }

  /// The scores, one per inference type.
  public let scores: [Score]
}
