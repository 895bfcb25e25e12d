/// A label an advertising platform would sell a person under, named after
/// the tiers of the IAB Tech Lab Audience Taxonomy (1.1): `Demographic`,
/// `Interest` and `Purchase Intent`, e.g. `Interest > Movies > Horror`.
public struct AdvertisingSegment: Sendable, Codable, Equatable {
  /// The taxonomy's top tiers.
  public enum Tier: String, Sendable, Codable, CaseIterable {
    /// Who the person is (age, gender, household, location).
    case demographic = "Demographic"
    /// What the person is interested in.
    case interest = "Interest"
    /// What the person may be about to buy.
    case purchaseIntent = "Purchase Intent"
  }

  /// The tier.
  public let tier: Tier
  /// The full path, e.g. `Demographic > Age Range > 25-34`.
  public let name: String
  /// The confidence of the trait the segment comes from.
  public let confidence: Double
  /// Whether the segment is a sensitive inference (a minor's age, gender,
  /// precise location, or anything a privacy law singles out).
  public let sensitive: Bool
  /// Why it is sensitive, when it is.
  public let sensitivity: String?
  /// The trait it was derived from, in words (`name: value`).
  public let source: String
  /// What the segment tells whoever receives it, as a trait of its own:
  /// `Demographic > Age Range > 25-34` states the age band 25-34,
  /// `Interest > Movies > Celebrity Fan` only that the person is a fan.
  public let statement: Statement

  /// A segment's content as a trait's kind and value.
  public struct Statement: Sendable, Codable, Equatable {
    /// The kind of trait the segment states.
    public let kind: TraitKind
    /// Its value, as far as the segment says it.
    public let value: TraitValue

    /// Creates a statement.
    public init(_ kind: TraitKind, _ value: TraitValue) {
      self.kind = kind
      self.value = value
    }
  }

  /// Creates a segment.
  public init(
    tier: Tier, name: String, confidence: Double, sensitive: Bool, sensitivity: String?, source: String,
    statement: Statement
  ) {
    self.tier = tier
    self.name = name
    self.confidence = confidence
    self.sensitive = sensitive
    self.sensitivity = sensitivity
    self.source = source
    self.statement = statement
  }
}
