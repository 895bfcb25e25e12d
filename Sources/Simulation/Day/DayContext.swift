import Catalog
import Platform
import Population

/// Everything the households of one day share, read-only: the population
/// (hidden truth), the platform frozen at the start of the day, the clock,
/// the behaviour model and the day's notifications.
struct DayContext: Sendable {
  let day: Int
  let seed: UInt64
  let population: Population
  let platform: StreamingPlatform
  let catalog: Catalog
  let clock: SimulationClock
  let behavior: ViewingBehavior
  /// The notifications of the day, by profile id.
  let notifications: [String: PlannedNotification]
}
