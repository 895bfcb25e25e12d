import Events
import LinearAlgebra

/// The platform's intake: what of each offered event it stores under its
/// ``CollectionPolicy``. Everything the platform logs and learns from passes
/// through ``collect(_:)`` first, so under a minimising policy a partner
/// record, a full IP address or a cross-service device id never reaches its
/// log or its models.
///
/// Collecting is idempotent: an event collected once comes out of a second
/// pass unchanged (so a log written by the platform can be replayed into it).
public struct EventCollector: Sendable {
  /// The policy.
  public let policy: CollectionPolicy
  /// The table that places an address in a region.
  public let geoIP: GeoIPTable

  /// The prefix of a platform-only device pseudonym.
  public static let pseudonymPrefix = "pd-"

  /// Creates a collector.
  public init(policy: CollectionPolicy, geoIP: GeoIPTable = .sample) {
    self.policy = policy
    self.geoIP = geoIP
  }

  /// The event as the platform stores it, or `nil` when it is not taken in
  /// (partner data under a policy without it).
  ///
  /// - Complexity: O(1), plus a geo-IP lookup for session starts.
  public func collect(_ event: Event) -> Event? {
    if policy.collectsEverything { return event }
    if !policy.partnerData && event.source == .partner { return nil }
    guard case .sessionStart(let device, let type, let os, let version, let ip, let connection) = event.payload
    else { return event }
    var stored = event
    stored.payload = .sessionStart(
      device: policy.crossServiceIdentifiers ? device : Self.pseudonym(device: device), deviceType: type, os: os,
      appVersion: version, ip: policy.location == .region ? coarsened(ip) : ip, connection: connection)
    return stored
  }

  /// The events the platform stores of those offered, in the same order.
  ///
  /// - Complexity: O(n).
  public func collect(_ events: [Event]) -> [Event] {
    policy.collectsEverything ? events : events.compactMap(collect)
  }

  /// An address replaced by the network address of its geo-IP region (the
  /// unspecified address `::` when the table does not place it).
  public func coarsened(_ address: IPAddress) -> IPAddress {
    geoIP.lookup(address)?.network ?? IPAddress(value: 0)
  }

  /// A device id as only this platform knows it: a stable hash, so the
  /// platform still tells devices apart, that no other company's device id
  /// matches. Already pseudonymous ids are kept.
  public static func pseudonym(device: String) -> String {
    if device.hasPrefix(pseudonymPrefix) { return device }
    let hash = StableHash.fnv1a("glasshouse-platform-device/" + device)
    let hex = String(hash, radix: 16)
    return pseudonymPrefix + String(repeating: "0", count: max(0, 12 - hex.count)) + hex.suffix(12)
  }

  /// Whether the retention period lets the platform keep an event when the
  /// latest event it has seen is at `now` (seconds since 1970). Sign-up and
  /// profile settings are kept while the account exists: the service needs
  /// them to work.
  public func retains(_ event: Event, now: Int64) -> Bool {
    guard let cutoff = retentionCutoff(now: now) else { return true }
    return event.timestamp.secondsSinceEpoch >= cutoff || Self.isAccountData(event)
  }

  /// Seconds since 1970 before which raw events are deleted, when the latest
  /// event seen is at `now`; `nil` when events are kept for ever.
  public func retentionCutoff(now: Int64) -> Int64? {
    policy.retentionDays.map { now - Int64($0) * 86_400 }
  }

  /// Sign-up and profile settings: kept for as long as the account exists.
  public static func isAccountData(_ event: Event) -> Bool {
    switch event.payload {
    case .accountCreated, .profileSettings: return true
    default: return false
    }
  }
}
