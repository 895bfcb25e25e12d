import Platform

extension SimulationResult {
  /// The same run with the platform's final state replaced — for example
  /// after its model was swapped for factors trained by another engine
  /// (`glasshouse run --factors-from`); the log and the hidden truth stay.
  public func replacingPlatform(_ platform: StreamingPlatform) -> SimulationResult {
    SimulationResult(record: record.replacingPlatform(platform), truth: truth, seconds: seconds, offered: offered)
  }
}
