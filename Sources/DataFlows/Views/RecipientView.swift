import Scenarios

/// Everything one recipient received from a run: its contract as declared
/// and as the data policy let it be honoured, the per-person subjects (for
/// raw-event and segment contracts) or the aggregate counts (for aggregate
/// contracts), and why it received nothing when the policy blocked it.
public struct RecipientView: Sendable, Codable {
  /// The recipient.
  public let recipient: String
  /// Its display name.
  public let name: String
  /// What kind of business it is.
  public let kind: Recipient.Kind
  /// The contract as the scenario declares it.
  public let contract: DataContract
  /// The contract as honoured under the data policy: never more fields
  /// than declared.
  public let effectiveContract: DataContract
  /// Why the recipient received nothing, when the policy blocked it.
  public let blocked: String?
  /// Deliveries over the run.
  public let deliveries: Int
  /// The people it holds records on (per-person contracts).
  public let subjects: [RecipientSubject]
  /// The counts it received (aggregate contracts).
  public let aggregates: AudienceAnalytics?

  /// Every field present in what was received, read from the content.
  public var fieldsReceived: Set<DataField> {
    var fields = subjects.reduce(into: Set<DataField>()) { $0.formUnion($1.fieldsPresent) }
    if let aggregates { fields.formUnion(aggregates.fieldsPresent) }
    return fields
  }

  /// The subjects whose records come from a profile.
  public func subjects(profile: String) -> [RecipientSubject] {
    subjects.filter { $0.profiles.contains(profile) }
  }
}
