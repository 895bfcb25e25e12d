/// The result of one expectation written in a scenario.
public struct ExpectationOutcome: Sendable, Codable, Equatable {
  /// `file:line:column` of the expectation.
  public let location: String
  /// The expectation in words.
  public let statement: String
  /// Whether it held.
  public let passed: Bool
  /// What was found.
  public let found: String

  /// An outcome (for expectations checked outside this module, such as
  /// module Counterfactual's).
  public init(location: String, statement: String, passed: Bool, found: String) {
    self.location = location
    self.statement = statement
    self.passed = passed
    self.found = found
  }
}
