import Scenarios

/// One recipient's side of a run: its view, summarised, and per persona
/// exactly what it received and what it can infer from that alone.
public struct RecipientFlow: Sendable, Codable {
  /// The recipient's id.
  public let recipient: String
  /// Its display name.
  public let name: String
  /// Its kind.
  public let kind: Recipient.Kind
  /// The contract as declared and as honoured under the policy.
  public let contract: DataContract, effectiveContract: DataContract
  /// Why it received nothing, when the policy blocked it.
  public let blocked: String?
  /// Deliveries over the run.
  public let deliveries: Int
  /// Records (keys) it holds.
  public let subjects: Int
  /// Fields present in what it received (read from the content).
  public let fieldsReceived: [DataField]
  /// Per persona, in scenario order.
  public let personas: [PersonaFlow]
  /// The aggregates it received (aggregate contracts).
  public let aggregates: AudienceAnalytics?

  /// The flow of one persona.
  public func persona(_ id: String) -> PersonaFlow? { personas.first { $0.persona == id } }
}
