/// What the platform collects, keeps and passes on. ``standard`` is what
/// the privacy statements describe; ``minimal`` collects only what the
/// service needs to work.
public struct DataPolicy: Hashable, Sendable, Codable {
  /// How precisely the platform keeps where sessions come from.
  public enum LocationPrecision: String, CaseIterable, Hashable, Sendable, Codable {
    /// Every session's full IP address.
    case precise
    /// Only the geo-IP region (the address replaced by its region's
    /// network address).
    case region
  }

  /// The preset the policy started from (`standard` or `minimal`).
  public var preset: String
  /// Whether the platform takes in data from partners and brokers
  /// (partner records, referral reports).
  public var partnerData: Bool
  /// How precisely locations are kept.
  public var location: LocationPrecision
  /// Whether identifiers that follow a person to other services (email
  /// hash, device id, IP address) are passed to recipients.
  public var crossServiceIdentifiers: Bool
  /// Days raw events are kept before the end of the run; `nil` keeps them.
  public var retentionDays: Int?
  /// Whether per-person data is sold or shared with recipients other than
  /// service providers.
  public var sale: Bool

  /// Creates a policy.
  public init(
    preset: String, partnerData: Bool, location: LocationPrecision, crossServiceIdentifiers: Bool,
    retentionDays: Int?, sale: Bool
  ) {
    self.preset = preset
    self.partnerData = partnerData
    self.location = location
    self.crossServiceIdentifiers = crossServiceIdentifiers
    self.retentionDays = retentionDays
    self.sale = sale
  }

  /// What the privacy statements and the reporting describe: everything
  /// collected, kept and shared.
  public static let standard = DataPolicy(
    preset: "standard", partnerData: true, location: .precise, crossServiceIdentifiers: true,
    retentionDays: nil, sale: true)

  /// Only what the service needs: no partner data, region-level location,
  /// no cross-service identifiers, 14 days of raw events, no sale.
  public static let minimal = DataPolicy(
    preset: "minimal", partnerData: false, location: .region, crossServiceIdentifiers: false,
    retentionDays: 14, sale: false)
}
