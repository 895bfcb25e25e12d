import Events
import Scenarios

/// A data policy applied to the platform's event log: what the platform
/// would still hold had it collected less. Partner data is dropped, session
/// addresses are coarsened to their geo-IP region, and raw events older
/// than the retention period are deleted (account and profile settings are
/// kept while the account exists: the service needs them to work).
///
/// The simulation itself runs under the standard policy; this filter shows
/// what a minimising platform would have kept of the same run.
public struct PolicyFilter: Sendable {
  /// The policy.
  public let policy: DataPolicy
  /// The table that places an address in a region.
  public let geoIP: GeoIPTable

  /// Creates a filter.
  public init(policy: DataPolicy, geoIP: GeoIPTable = .sample) {
    self.policy = policy
    self.geoIP = geoIP
  }

  /// The events the platform keeps, in the same order.
  ///
  /// - Complexity: O(n) in the number of events.
  public func apply(to events: [Event]) -> [Event] {
    let end = events.lazy.map(\.timestamp.secondsSinceEpoch).max() ?? 0
    let cutoff = policy.retentionDays.map { end - Int64($0) * 86_400 }
    var kept: [Event] = []
    kept.reserveCapacity(events.count)
    for event in events {
      if !policy.partnerData && event.source == .partner { continue }
      if let cutoff, event.timestamp.secondsSinceEpoch < cutoff, !Self.isAccountData(event) {
        continue
      }
      guard policy.location == .region,
        case .sessionStart(let device, let type, let os, let version, let ip, let connection) =
          event.payload
      else {
        kept.append(event)
        continue
      }
      var coarse = event
      coarse.payload = .sessionStart(
        device: device, deviceType: type, os: os, appVersion: version,
        ip: coarsened(ip), connection: connection)
      kept.append(coarse)
    }
    return kept
  }

  /// An address replaced by the network address of its geo-IP region (the
  /// unspecified address `::` when the table does not place it).
  public func coarsened(_ address: IPAddress) -> IPAddress {
    geoIP.lookup(address)?.network ?? IPAddress(value: 0)
  }

  /// Sign-up and profile settings: kept for as long as the account exists.
  static func isAccountData(_ event: Event) -> Bool {
    switch event.payload {
    case .accountCreated, .profileSettings: return true
    default: return false
    }
  }
}
