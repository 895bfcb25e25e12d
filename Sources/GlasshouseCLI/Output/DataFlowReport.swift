import Assessment
import Catalog
import DataFlows
import Scenarios
import Simulation

/// The data-flow part of a run, computed only when the scenario declares
/// recipients, a data policy other than the standard one, or flow
/// expectations: what each recipient received and can infer, what joining
/// recipients reveals, and what a minimising platform would cost.
struct DataFlowReport: Encodable {
  let analysis: DataFlowAnalysis?
  let comparison: MinimisationComparison?
  let outcomes: [ExpectationOutcome]

  /// Whether the scenario asked for any of it.
  var isPresent: Bool { analysis != nil }

  init(result: SimulationResult, scenario: Scenario, catalog: Catalog, progress: (String) -> Void) {
    guard !scenario.recipients.isEmpty || scenario.dataPolicy != .standard || !scenario.flowExpectations.isEmpty
    else {
      analysis = nil
      comparison = nil
      outcomes = []
      return
    }
    progress("computing data flows")
    let analysis = DataFlowAnalysis(result: result, scenario: scenario, catalog: catalog)
    let comparison = scenario.dataPolicy != .standard
      ? MinimisationComparison(result: result, scenario: scenario, catalog: catalog) : nil
    self.analysis = analysis
    self.comparison = comparison
    outcomes = DataFlowExpectations.check(
      result: result, scenario: scenario, catalog: catalog, flows: analysis, comparison: comparison)
  }

  private enum CodingKeys: String, CodingKey { case flows, minimisation, expectations }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(analysis, forKey: .flows)
    try container.encodeIfPresent(comparison, forKey: .minimisation)
    try container.encode(outcomes, forKey: .expectations)
  }
}
