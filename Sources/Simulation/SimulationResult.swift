import Events
import Platform
import Population

/// What a run produced, kept in two separate parts: what the platform
/// recorded and believes (the event log and its final state) and the hidden
/// truth (the population and who really started each session), for
/// comparing the two afterwards.
public struct SimulationResult: Sendable {
  /// Every event in log order (time, then household, then sequence);
  /// empty when ``SimulationConfiguration/keepsEvents`` is off.
  public let events: [Event]
  /// Events logged per day, so the log can be replayed day by day.
  public let eventsPerDay: [Int]
  /// The platform at the end: its model, profile ids, activities, inferred
  /// genre affinities and artwork policy.
  public let platform: StreamingPlatform
  /// The hidden truth: everyone and their households.
  public let population: Population
  /// The hidden truth of every session.
  public let sessions: [SessionRecord]
  /// Wall-clock seconds the run took.
  public let seconds: Double
  /// The events as offered, when the platform's collection policy changed
  /// or dropped some (see ``offeredEvents``).
  var offered: [Event]? = nil

  /// Every event as the members' apps and partners offered it, before the
  /// platform's collection policy: what a platform collecting everything
  /// would have logged from the same behaviour. Not part of the platform's
  /// log; the same as ``events`` under the standard policy.
  public var offeredEvents: [Event] { offered ?? events }

  /// The total number of events logged.
  public var eventCount: Int { eventsPerDay.reduce(0, +) }

  /// Writes the event log as JSON Lines (Docs/EventLog.md).
  ///
  /// - Throws: ``EventLogError/cannotWrite(path:reason:)``.
  public func writeEventLog(to path: String) throws(EventLogError) {
    try EventLogWriter.write(events, to: path)
  }
}
