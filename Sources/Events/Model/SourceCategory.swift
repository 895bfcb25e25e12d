/// Where an event's information comes from, in the categories streaming platforms' privacy statements use.
public enum SourceCategory: String, CaseIterable, Hashable, Sendable {
  /// Information the member provides (sign-up, profiles, ratings, reviews).
  case provided = "provided"
  /// Activity on the service (impressions, plays, searches, ...).
  case activity = "activity"
  /// Device and connection information.
  case device = "device"
  /// Notifications and customer-service contacts.
  case communications = "communications"
  /// Data from partners and other sources (ISPs, device makers, brokers, referrals).
  case partner = "partner"

  /// The position in `allCases`.
  var index: Int {
    switch self {
    case .provided: return 0
    case .activity: return 1
    case .device: return 2
    case .communications: return 3
    case .partner: return 4
    }
  }
}
