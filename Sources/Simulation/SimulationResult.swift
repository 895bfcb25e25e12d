import Events
import Platform
import Population

/// What a run produced, in two separate parts: what the platform recorded
/// and holds (``record``: the event log, the catalog and its final state)
/// and the hidden truth (``truth``: the population and who really started
/// each session), for comparing the two afterwards. What the platform is
/// said to believe is computed from the record alone.
public struct SimulationResult: Sendable {
  /// What the platform holds.
  public let record: PlatformRecord
  /// The hidden truth.
  public let truth: SimulationTruth
  /// Wall-clock seconds the run took.
  public let seconds: Double
  /// The events as offered, when the platform's collection policy changed
  /// or dropped some (see ``offeredEvents``).
  var offered: [Event]? = nil

  /// A result: the platform's record beside the truth.
  public init(record: PlatformRecord, truth: SimulationTruth, seconds: Double = 0) {
    self.record = record
    self.truth = truth
    self.seconds = seconds
  }

  init(record: PlatformRecord, truth: SimulationTruth, seconds: Double, offered: [Event]?) {
    self.record = record
    self.truth = truth
    self.seconds = seconds
    self.offered = offered
  }

  /// Every event in log order (time, then household, then sequence); empty
  /// when ``SimulationConfiguration/keepsEvents`` is off. Part of ``record``.
  public var events: [Event] { record.events }
  /// Events logged per day. Part of ``record``.
  public var eventsPerDay: [Int] { record.eventsPerDay }
  /// The platform at the end. Part of ``record``.
  public var platform: StreamingPlatform { record.platform }
  /// Everyone and their households. Part of ``truth``.
  public var population: Population { truth.population }
  /// The hidden truth of every session. Part of ``truth``.
  public var sessions: [SessionRecord] { truth.sessions }

  /// Every event as the members' apps and partners offered it, before the
  /// platform's collection policy: what a platform collecting everything
  /// would have logged from the same behaviour. Not part of the platform's
  /// log; the same as ``events`` under the standard policy.
  public var offeredEvents: [Event] { offered ?? events }

  /// The total number of events logged.
  public var eventCount: Int { eventsPerDay.reduce(0, +) }

  /// The same record beside another truth: what an assessment would say if
  /// the people were someone else (the platform's beliefs cannot change).
  public func replacingTruth(_ truth: SimulationTruth) -> SimulationResult {
    SimulationResult(record: record, truth: truth, seconds: seconds, offered: offered)
  }

  /// Writes the event log as JSON Lines (Docs/EventLog.md).
  ///
  /// - Throws: ``EventLogError/cannotWrite(path:reason:)``.
  public func writeEventLog(to path: String) throws(EventLogError) {
    try EventLogWriter.write(events, to: path)
  }
}
