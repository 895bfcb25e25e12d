import Scenarios

/// Why a scenario's counterfactual expectation cannot be checked; the
/// message names the file, line and column of the field at fault.
public enum CounterfactualExpectationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A `reveals` filter that the catalog or the filter grammar rejects.
  case badFilter(location: SourceLocation, filter: String, reason: String)

  /// The message for a person.
  public var description: String {
    switch self {
    case .badFilter(let location, let filter, let reason):
      return "\(location): 'reveals.without' must be an event filter (Docs/Counterfactual.md), found '\(filter)': \(reason)"
    }
  }
}
