/// The result of one data-flow expectation written in a scenario.
public struct FlowExpectationOutcome: Sendable, Codable, Equatable {
  /// `file:line:column` of the expectation.
  public let location: String
  /// The expectation in words.
  public let statement: String
  /// Whether it held.
  public let passed: Bool
  /// What was found.
  public let found: String
}
