/// A company outside the platform that receives data about its members,
/// and its contract. Docs/DataFlows.md describes the default contract of
/// each kind and the reporting it follows.
public struct Recipient: Hashable, Sendable, Identifiable {
  /// What kind of business the recipient is.
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Buys viewing-based audience segments to target ads.
    case adNetwork = "ad_network"
    /// Matches records on hashed emails and resells profiles.
    case dataBroker = "data_broker"
    /// A social network told about recommendations sent through its
    /// private messages, the clicks they got and where those came from.
    case socialPartner = "social_partner"
    /// Audience measurement: counts of who watched what, by group.
    case measurement

    /// The contract a recipient of this kind gets when the scenario does
    /// not say otherwise (Docs/DataFlows.md gives the sources).
    public var defaultContract: DataContract {
      switch self {
      case .adNetwork:
        return DataContract(
          fields: [.segments, .demographics, .region, .deviceID, .ip, .deviceType],
          granularity: .segments, identifier: .deviceID, frequency: .daily)
      case .dataBroker:
        return DataContract(
          fields: [.segments, .demographics, .region, .emailHash], granularity: .segments,
          identifier: .emailHash, frequency: .monthly)
      case .socialPartner:
        return DataContract(
          fields: [.referrals, .emailHash, .region], granularity: .rawEvents,
          identifier: .emailHash, frequency: .weekly)
      case .measurement:
        return DataContract(
          fields: [.viewing, .region, .demographics], granularity: .aggregate, identifier: .none,
          frequency: .weekly, minimumGroupSize: 10)
      }
    }

    /// Whether giving this recipient per-person data is a sale or sharing
    /// of personal data (everything but measurement, which works as a
    /// service provider on aggregates).
    public var isSale: Bool { self != .measurement }
  }

  /// The recipient's id in the scenario (`adnet`).
  public var id: String
  /// A display name.
  public var name: String
  /// What kind of business it is.
  public var kind: Kind
  /// What it receives.
  public var contract: DataContract

  /// Creates a recipient.
  public init(id: String, name: String, kind: Kind, contract: DataContract) {
    self.id = id
    self.name = name
    self.kind = kind
    self.contract = contract
  }
}
