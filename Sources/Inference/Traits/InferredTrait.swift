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

  /// What the trait is about.
  public let kind: TraitKind
  /// The conclusion, as data (``TraitValue/text`` gives its words).
  public let value: TraitValue
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

  /// The category of the trait's kind.
  public var category: Category { kind.category }
  /// The trait's name as people read it (`sleep window`).
  public var name: String { kind.name }
  /// The conclusion in words (`22:00–06:00`), derived from ``value``.
  public var text: String { value.text }

  /// Creates a trait; non-finite numbers become 0 and confidence is clamped
  /// to [0, 1].
  public init(
    _ kind: TraitKind, _ value: TraitValue, score: Double, confidence: Double,
    evidence: [Evidence] = [], caveat: String? = nil
  ) {
    self.kind = kind
    self.value = value
    self.caveat = caveat
    self.score = score.isFinite ? score : 0
    self.confidence = confidence.isFinite ? min(1, max(0, confidence)) : 0
    self.evidence = evidence
  }

  /// The same trait with other evidence.
  public func with(evidence: [Evidence]) -> InferredTrait {
    InferredTrait(kind, value, score: score, confidence: confidence, evidence: evidence, caveat: caveat)
  }

  /// The same trait with a caveat.
  public func with(caveat: String?) -> InferredTrait {
    InferredTrait(kind, value, score: score, confidence: confidence, evidence: evidence, caveat: caveat)
  }

  /// One line: `genre affinity: Horror (score 0.62, confidence 0.91)`.
  public var summary: String {
    "\(name): \(text) (score \(Self.format(score)), confidence \(Self.format(confidence)))"
  }

  private enum CodingKeys: String, CodingKey {
    case category, name, value, data, score, confidence, evidence, caveat
  }

  /// Writes the category, name and words a person reads, and the value as
  /// data (`data`).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(category, forKey: .category)
    try container.encode(kind, forKey: .name)
    try container.encode(text, forKey: .value)
    try container.encode(value, forKey: .data)
    try container.encode(score, forKey: .score)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(evidence, forKey: .evidence)
    try container.encodeIfPresent(caveat, forKey: .caveat)
  }

  /// Reads what ``encode(to:)`` writes (the kind from `name`, the value
  /// from `data`; the words are derived again).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode(TraitKind.self, forKey: .name), try container.decode(TraitValue.self, forKey: .data),
      score: try container.decode(Double.self, forKey: .score),
      confidence: try container.decode(Double.self, forKey: .confidence),
      evidence: try container.decode([Evidence].self, forKey: .evidence),
      caveat: try container.decodeIfPresent(String.self, forKey: .caveat))
  }

  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
  }
}
