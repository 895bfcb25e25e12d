/// What the platform collects and keeps of the events its apps and partners
/// offer it: the structural side of a data policy, applied by
/// ``EventCollector`` before anything is stored or learnt from.
///
/// The standard policy collects everything and keeps it; a minimising one
/// takes in no partner data, keeps only the geo-IP region of a session's
/// address, replaces device ids with ids that mean something only to this
/// platform, and deletes raw events past a retention period as the service
/// runs (account and profile settings are kept while the account exists).
public struct CollectionPolicy: Sendable, Hashable {
  /// How precisely the platform stores where a session came from.
  public enum Location: String, Sendable, Hashable {
    /// The full IP address.
    case precise
    /// Only the network address of the address's geo-IP region.
    case region
  }

  /// Whether partner records and referral reports are taken in.
  public var partnerData: Bool
  /// How precisely session addresses are stored.
  public var location: Location
  /// Whether device ids that other services also see are stored as they
  /// come; without, each is replaced by a platform-only pseudonym.
  public var crossServiceIdentifiers: Bool
  /// Days raw events are kept; `nil` keeps them for ever.
  public var retentionDays: Int?

  /// Creates a policy.
  public init(partnerData: Bool, location: Location, crossServiceIdentifiers: Bool, retentionDays: Int?) {
    self.partnerData = partnerData
    self.location = location
    self.crossServiceIdentifiers = crossServiceIdentifiers
    self.retentionDays = retentionDays
  }

  /// Everything collected and kept.
  public static let standard = CollectionPolicy(
    partnerData: true, location: .precise, crossServiceIdentifiers: true, retentionDays: nil)

  /// Whether events are stored as offered, with nothing dropped, changed or
  /// expired.
  public var collectsEverything: Bool { self == .standard }
}
