import Assessment
import Catalog
import Foundation
import Report
import Scenarios
import Simulation
import TestSupport

/// A small run of a bundled scenario, simulated once and shared by the
/// report tests.
struct ReportFixture: Sendable {
  let scenario: Scenario
  let catalog: Catalog
  let result: SimulationResult
  let assessment: RunAssessment

  /// `Scenarios/<file>` with a small crowd over two weeks; `edit` may change
  /// the scenario and catalog before the run.
  static func make(
    _ file: String = "binge-watcher.yaml", crowd: Int = 40, days: Int = 14,
    edit: (inout Scenario, inout Catalog) throws -> Void = { _, _ in }
  ) throws -> ReportFixture {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/" + file).path
    var scenario = try ScenarioLoader.load(path: path)
    var catalog = try scenario.catalog.load()
    try edit(&scenario, &catalog)
    let result = Simulator(
      scenario: scenario, catalog: catalog, threads: 2,
      configuration: SimulationConfiguration(crowdMembers: crowd, days: days)
    ).run()
    let assessment = RunAssessment(result: result, scenario: scenario)
    return ReportFixture(scenario: scenario, catalog: catalog, result: result, assessment: assessment)
  }

  /// The binge-watcher run, simulated once per test process.
  static let bingeWatcher = Result { try make() }

  /// The report's HTML.
  var html: String {
    HTMLReport(result: result, assessment: assessment, catalog: catalog, scenario: scenario).html
  }
}
