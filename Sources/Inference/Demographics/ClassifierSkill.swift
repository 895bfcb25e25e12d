/// How well a demographic classifier tells its classes apart among the
/// members whose labels the platform holds, measured on held-out rows of
/// its own cross-validation: what the platform can know about its guesses
/// without any hidden truth.
public struct ClassifierSkill: Sendable, Codable, Equatable {
  /// The trait, gender or age band.
  public let trait: TraitKind
  /// The held-out macro one-versus-rest AUC at the chosen penalty
  /// (`nil` when there were too few labelled members to hold any out).
  public let heldOutAUC: Double?
  /// Labelled members the classifier was trained on.
  public let labelled: Int
  /// The most common label among them.
  public let commonest: String
  /// Its share of them.
  public let commonestShare: Double

  /// Below this held-out AUC a guess is reported as no better than the
  /// base rate.
  public static let guessingBelow = 0.6

  /// Creates a measured skill.
  public init(trait: TraitKind, heldOutAUC: Double?, labelled: Int, commonest: String, commonestShare: Double) {
    self.trait = trait
    self.heldOutAUC = heldOutAUC.flatMap { $0.isFinite ? $0 : nil }
    self.labelled = labelled
    self.commonest = commonest
    self.commonestShare = commonestShare.isFinite ? commonestShare : 0
  }

  /// Whether the classifier does no better than guessing the most common
  /// answer (held-out AUC below ``guessingBelow``, or not measurable).
  public var isGuessing: Bool { (heldOutAUC ?? 0.5) < Self.guessingBelow }

  /// What to say beside each guess when ``isGuessing``, e.g. "no better
  /// than guessing the most common answer: 71% of labelled members are
  /// male (AUC 0.49, where a coin toss scores 0.5)"; `nil` otherwise.
  public var caveat: String? {
    guard isGuessing else { return nil }
    let percent = Int((commonestShare * 100).rounded())
    // In words first; the AUC (0.5 is a coin toss, 1 perfect) for those who know it.
    let auc = heldOutAUC.map {
      " (AUC " + String(Double(Int(($0 * 100).rounded())) / 100) + ", where a coin toss scores 0.5)"
    } ?? ""
    return "no better than guessing the most common answer: \(percent)% of the \(labelled) labelled members are "
      + "\(commonest)\(auc)"
  }
}
