/// Where a long run is, reported after each simulated day (and before each
/// retrain) so the command line can draw a progress bar; the library itself
/// never prints.
public struct SimulationProgress: Sendable, Equatable {
  /// What the simulator is doing.
  public enum Phase: Sendable, Equatable {
    /// Building the population and calibrating tastes.
    case preparing
    /// Members are using the platform on ``SimulationProgress/day``.
    case simulatingDay
    /// The platform is ingesting the day (fold-in or retrain).
    case updatingPlatform
    /// The run is over.
    case finished
  }

  /// The phase.
  public let phase: Phase
  /// Days completed so far.
  public let daysCompleted: Int
  /// Days in the run.
  public let days: Int
  /// Events logged so far.
  public let events: Int

  /// The fraction of days completed, 0 to 1.
  public var fraction: Double { days > 0 ? Double(daysCompleted) / Double(days) : 1 }
}
