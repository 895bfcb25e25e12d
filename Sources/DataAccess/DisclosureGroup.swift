import Events

/// The groups a streaming service's privacy statement sorts personal data
/// into, in the order a "what we know about you" page shows them.
public enum DisclosureGroup: String, CaseIterable, Sendable, Codable {
  /// What the member gave: sign-up details, profile settings, ratings, reviews.
  case provided = "information you gave us"
  /// What was recorded as they used the service: viewing, searches, what
  /// they were shown, list, games.
  case activity = "collected automatically as you used the service"
  /// Devices, apps and connections, with the places their IP addresses map to.
  case device = "device and connection information"
  /// Notifications sent to them and their contacts with customer service.
  case communications = "communications"
  /// What partners, brokers and other services supplied, and referrals.
  case partner = "from partners and other sources"

  /// The group of an event's source category.
  public init(_ source: SourceCategory) {
    switch source {
    case .provided: self = .provided
    case .activity: self = .activity
    case .device: self = .device
    case .communications: self = .communications
    case .partner: self = .partner
    }
  }
}
