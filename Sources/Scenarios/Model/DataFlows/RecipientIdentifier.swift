/// What a recipient's per-person records are keyed by.
public enum RecipientIdentifier: String, CaseIterable, Hashable, Sendable, Codable {
  /// A fresh random key in every delivery: records of one delivery cannot
  /// be linked to the next.
  case none
  /// A key stable across deliveries but known only to this recipient (a
  /// salted hash of the profile): linkable over time, not across companies.
  case pseudonym
  /// The hash of the account's email address.
  case emailHash = "email_hash"
  /// The profile's most used device id.
  case deviceID = "device_id"
  /// The profile's most used IP address.
  case ip

  /// The data field that carries this identifier, when it is one.
  public var field: DataField? {
    switch self {
    case .none, .pseudonym: return nil
    case .emailHash: return .emailHash
    case .deviceID: return .deviceID
    case .ip: return .ip
    }
  }
}
