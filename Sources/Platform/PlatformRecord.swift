import Catalog
import Events

/// Everything the platform holds after it has run: its event log, how many
/// events each day added, its final state (models, profiles, policies) and
/// its catalog. The platform's beliefs (module Beliefs) are computed from
/// this alone; the simulation's hidden truth is kept elsewhere.
public struct PlatformRecord: Sendable {
  /// Every event in log order; empty when the simulation did not keep them.
  public let events: [Event]
  /// Events logged per day, so the log can be replayed day by day.
  public let eventsPerDay: [Int]
  /// The platform at the end: its model, profile ids, activities, genre
  /// affinities and artwork policy.
  public let platform: StreamingPlatform
  /// The titles the platform offered.
  public let catalog: Catalog

  /// A record.
  public init(events: [Event], eventsPerDay: [Int], platform: StreamingPlatform, catalog: Catalog) {
    self.events = events
    self.eventsPerDay = eventsPerDay
    self.platform = platform
    self.catalog = catalog
  }

  /// The same record with the platform's final state replaced (its model
  /// swapped for factors trained by another engine, say).
  public func replacingPlatform(_ platform: StreamingPlatform) -> PlatformRecord {
    PlatformRecord(events: events, eventsPerDay: eventsPerDay, platform: platform, catalog: catalog)
  }
}
