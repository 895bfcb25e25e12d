import Datasets
import Events
import Recommendation

/// The profiles the platform has seen, in order of first appearance in its
/// log, with what their events say: the account each belongs to, its
/// ``ProfileActivity`` and the geo-IP region of its latest session.
///
/// A profile's position here is its position everywhere in the platform:
/// the learned tastes, the signal history and the artwork features keep their
/// per-profile state in the same order.
struct ProfileDirectory: Sendable {
  /// The profile ids, in order of first appearance.
  private(set) var ids: [String] = []
  /// Per profile, its account.
  private(set) var accounts: [String] = []
  /// Per profile, what its events say.
  private(set) var activities: [ProfileActivity] = []
  /// Per profile, the geo-IP region of its latest session, if known.
  private(set) var regions: [String?] = []
  private var positions: [String: Int] = [:]

  /// No profiles yet.
  init() {}

  /// The number of profiles seen.
  var count: Int { ids.count }

  /// The position of a profile id, once the log has mentioned it.
  func position(of id: String) -> Int? { positions[id] }

  /// The position of a profile, added at the end when the log mentions it
  /// for the first time (`isNew`).
  mutating func register(profile: String, account: String) -> (position: Int, isNew: Bool) {
    if let p = positions[profile] { return (p, false) }
    let p = ids.count
    positions[profile] = p
    ids.append(profile)
    accounts.append(account)
    activities.append(ProfileActivity())
    regions.append(nil)
    return (p, true)
  }

  /// Takes one of a profile's events into account: its activity and, for a
  /// session start from an address the sample geo-IP table knows, its
  /// region.
  ///
  /// - Parameter index: the catalog, to turn title ids into indices.
  mutating func record(_ event: Event, profile p: Int, index: CatalogIndex) {
    activities[p].record(event, index: index)
    if case .sessionStart(_, _, _, _, let ip, _) = event.payload, let entry = GeoIPTable.sample.lookup(ip) {
      regions[p] = entry.region
    }
  }
}
