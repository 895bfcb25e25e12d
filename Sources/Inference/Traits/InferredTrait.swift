/// One thing the platform concludes about a person from their behaviour:
/// what it concluded, how sure it is, and which events gave it away.
public struct InferredTrait: Sendable, Codable, Equatable {
  /// What kind of conclusion this is.
  public enum Category: String, Sendable, Codable, CaseIterable {
    /// Age band, gender.
    case demographic
    /// Genres, cast, tone, the taste vector.
    case taste
    /// When and how the person watches.
    case rhythm
    /// Where the person lives and travels, their devices.
    case location
    /// Who shares the profile: how many viewers, kids.
    case household
    /// How exposed the person is: how few events single them out.
    case privacy
  }

  /// The category.
  public let category: Category
  /// What is inferred, e.g. `genre affinity`, `active hours`, `home region`.
  public let name: String
  /// The conclusion in words, e.g. `Horror`, `20:00–23:00`, `NL-NH`.
  public let value: String
  /// The strength behind the conclusion in the trait's own unit (a share of
  /// watching, a lift, a rate); documented by each inference.
  public let score: Double
  /// How sure the platform is, from 0 to 1 (a calibrated probability for
  /// classifiers; an evidence-based certainty for descriptive traits).
  public let confidence: Double
  /// The events that gave the trait away, largest effect first.
  public let evidence: [Evidence]
  /// What a reader must know to weigh the conclusion, said beside it: for
  /// a classifier that does no better than the base rate, that the guess
  /// is the most common answer (``ClassifierSkill/caveat``).
  public let caveat: String?

  /// Creates a trait; non-finite numbers become 0 and confidence is clamped
  /// to [0, 1].
  public init(
    category: Category, name: String, value: String, score: Double, confidence: Double,
    evidence: [Evidence] = [], caveat: String? = nil
  ) {
    self.caveat = caveat
    self.category = category
    self.name = name
    self.value = value
    self.score = score.isFinite ? score : 0
    self.confidence = confidence.isFinite ? min(1, max(0, confidence)) : 0
    self.evidence = evidence
  }

  /// The same trait with other evidence.
  public func with(evidence: [Evidence]) -> InferredTrait {
    InferredTrait(
      category: category, name: name, value: value, score: score, confidence: confidence, evidence: evidence,
      caveat: caveat)
  }

  /// One line: `genre affinity: Horror (score 0.62, confidence 0.91)`.
  public var summary: String {
    "\(name): \(value) (score \(Self.format(score)), confidence \(Self.format(confidence)))"
  }

  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
  }
}
