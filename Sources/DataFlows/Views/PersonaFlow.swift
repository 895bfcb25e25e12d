import Inference
import Scenarios

/// What one recipient received about one persona and what it can tell from
/// that alone.
public struct PersonaFlow: Sendable, Codable {
  /// The persona.
  public let persona: String
  /// The persona's own profile.
  public let profile: String
  /// The keys the recipient files the persona's records under.
  public let keys: [String]
  /// Items received, per field, in the order of ``DataField``.
  public let received: [FieldCount]
  /// The segments received, by name.
  public let segments: [String]
  /// Everything received, in delivery and time order.
  public let items: [DeliveredItem]
  /// What the recipient can tell from its view alone (no evidence).
  public let inferred: [InferredTrait]

  /// A field and how many items of it were received.
  public struct FieldCount: Sendable, Codable, Equatable {
    /// The field.
    public let field: DataField
    /// Items received.
    public let count: Int
  }

  /// Items received of a field.
  public func count(of field: DataField) -> Int { received.first { $0.field == field }?.count ?? 0 }
}
