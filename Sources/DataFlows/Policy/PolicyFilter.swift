import Events
import Platform
import Scenarios
import Simulation

/// A data policy applied after the fact to events a platform was offered:
/// what a platform collecting under that policy would hold at the end of
/// the same run — the platform's own ``EventCollector`` (no partner data,
/// coarse addresses, platform-only device ids) and its retention period
/// counted back from the last event (account and profile settings kept).
///
/// A run whose scenario declares the policy does not need it: its platform
/// collected that way during the run (``StreamingPlatform/collect(_:)``), and
/// its log and models never held more. The filter serves comparisons — the
/// standard run seen through another policy.
public struct PolicyFilter: Sendable {
  /// The policy.
  public let policy: DataPolicy
  /// The platform's intake under the policy.
  public let collector: EventCollector

  /// Creates a filter.
  public init(policy: DataPolicy, geoIP: GeoIPTable = .sample) {
    self.policy = policy
    collector = EventCollector(policy: CollectionPolicy(policy), geoIP: geoIP)
  }

  /// The events the platform keeps, in the same order.
  ///
  /// - Complexity: O(n) in the number of events.
  public func apply(to events: [Event]) -> [Event] {
    let end = events.lazy.map(\.timestamp.secondsSinceEpoch).max() ?? 0
    return collector.collect(events).filter { collector.retains($0, now: end) }
  }

  /// An address replaced by the network address of its geo-IP region (the
  /// unspecified address `::` when the table does not place it).
  public func coarsened(_ address: IPAddress) -> IPAddress { collector.coarsened(address) }
}
