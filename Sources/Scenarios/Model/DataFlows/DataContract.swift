/// What a recipient is contractually given: which fields, at what
/// granularity, keyed by which identifier, how often, and — for
/// aggregates — the smallest group a count may describe.
public struct DataContract: Hashable, Sendable, Codable {
  /// The fields the recipient may receive; nothing else ever reaches it.
  public var fields: Set<DataField>
  /// How detailed the records are.
  public var granularity: DataGranularity
  /// What per-person records are keyed by (``RecipientIdentifier/none``
  /// for aggregates).
  public var identifier: RecipientIdentifier
  /// How often a delivery is made.
  public var frequency: DeliveryFrequency
  /// The fewest distinct profiles an aggregate count may describe.
  public var minimumGroupSize: Int

  /// Creates a contract.
  public init(
    fields: Set<DataField>, granularity: DataGranularity, identifier: RecipientIdentifier,
    frequency: DeliveryFrequency, minimumGroupSize: Int = 10
  ) {
    self.fields = fields
    self.granularity = granularity
    self.identifier = identifier
    self.frequency = frequency
    self.minimumGroupSize = minimumGroupSize
  }

  /// The fields in declaration order, for stable output.
  public var orderedFields: [DataField] { DataField.allCases.filter(fields.contains) }

  /// Encodes the contract with its fields in declaration order
  /// (``orderedFields``): a set's own order changes from process to
  /// process, and flows.json must be byte-identical for the same seed.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(orderedFields, forKey: .fields)
    try container.encode(granularity, forKey: .granularity)
    try container.encode(identifier, forKey: .identifier)
    try container.encode(frequency, forKey: .frequency)
    try container.encode(minimumGroupSize, forKey: .minimumGroupSize)
  }
}
