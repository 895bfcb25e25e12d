import Events
import Platform

/// How a simulation runs beyond what the scenario says: the calendar, the
/// platform's schedule of retrains, scale overrides for benchmarks, and the
/// behaviour model's constants.
public struct SimulationConfiguration: Sendable {
  /// The first simulated day (a Monday, so schedules' weekdays line up).
  public var startDate: CalendarDate
  /// A full retrain every this many days; `nil` takes the scenario's
  /// `retrain_interval_hours` rounded to whole days (at least 1).
  public var retrainEveryDays: Int?
  /// Overrides the scenario's crowd size.
  public var crowdMembers: Int?
  /// Overrides the scenario's number of days.
  public var days: Int?
  /// How members behave.
  public var behavior = ViewingBehavior()
  /// Whether the result keeps every event in memory (turn off for very
  /// large runs that stream the log with an event sink).
  public var keepsEvents = true

  /// The defaults: starting Monday 2025-01-06.
  public init(
    startDate: CalendarDate = SimulationConfiguration.defaultStart,
    retrainEveryDays: Int? = nil, crowdMembers: Int? = nil, days: Int? = nil
  ) {
    self.startDate = startDate
    self.retrainEveryDays = retrainEveryDays
    self.crowdMembers = crowdMembers
    self.days = days
  }

  /// Monday 2025-01-06.
  public static let defaultStart: CalendarDate = {
    guard let date = CalendarDate(year: 2025, month: 1, day: 6) else {
      preconditionFailure("2025-01-06 is a date")
    }
    return date
  }()
}
