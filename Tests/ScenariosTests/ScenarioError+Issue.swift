import Scenarios
import Support

extension ScenarioError {
  /// The located issue of a problem at a place in the file; `nil` for an
  /// unreadable file or a catalog's problem.
  var issue: LocatedIssue? {
    if case .located(let issue) = self { issue } else { nil }
  }
}
