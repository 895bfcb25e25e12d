import Catalog
import Events
import Platform

/// Rebuilds a platform's state after a run by feeding it the run's log day
/// by day, exactly as the simulation did: the platform learns only at the
/// end of each day from that day's events, so the same log, catalog and
/// settings give back the same models (up to the last bits across
/// machines).
public enum PlatformReplay {
  /// What went wrong when the day sizes do not fit the log.
  public struct Mismatch: Error, Sendable, Equatable, CustomStringConvertible {
    /// Events in the log.
    public let events: Int
    /// Events the days add up to.
    public let expected: Int
    /// The message for a person.
    public var description: String {
      "the log has \(events) events but the run's days add up to \(expected); was events.jsonl edited or replaced?"
    }
  }

  /// The platform after ingesting `events` in days of `eventsPerDay`.
  ///
  /// - Throws: ``Mismatch`` when the day sizes do not add up to the log.
  /// - Complexity: the run's learning: a fold-in or retrain per day.
  public static func platform(
    events: [Event], eventsPerDay: [Int], catalog: Catalog, configuration: PlatformConfiguration
  ) throws(Mismatch) -> StreamingPlatform {
    let total = eventsPerDay.reduce(0, +)
    guard total == events.count else { throw Mismatch(events: events.count, expected: total) }
    var platform = StreamingPlatform(catalog: catalog, configuration: configuration)
    var start = 0
    for count in eventsPerDay {
      platform.endOfDay(Array(events[start..<start + count]))
      start += count
    }
    return platform
  }
}
