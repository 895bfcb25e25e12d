import Catalog
import Foundation
import Population
import Scenarios
import Simulation
import TestSupport

/// A scenario run for data-flow tests: loaded, scripted events replayed,
/// simulated on two threads.
struct FlowRun {
  let scenario: Scenario
  let catalog: Catalog
  let result: SimulationResult

  /// Runs a bundled scenario file.
  static func bundled(_ name: String, crowd: Int? = nil, days: Int? = nil) throws -> FlowRun {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/\(name)").path
    return try run(ScenarioLoader.load(path: path), crowd: crowd, days: days)
  }

  /// Runs scenario text.
  static func text(_ text: String, crowd: Int? = nil, days: Int? = nil) throws -> FlowRun {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("flows-\(UUID().uuidString).yaml").path
    return try run(ScenarioLoader.parse(text, path: path), crowd: crowd, days: days)
  }

  static func run(_ scenario: Scenario, crowd: Int?, days: Int?) throws -> FlowRun {
    let catalog = try scenario.catalog.load()
    let configuration = SimulationConfiguration(crowdMembers: crowd, days: days)
    let population = Population(scenario: scenario, catalog: catalog, crowdMembers: crowd, threads: 2)
    let clock = Simulator(scenario: scenario, catalog: catalog, configuration: configuration).clock(for: population)
    let replay = ScriptedEventReplay(scenario: scenario, population: population, clock: clock)
    let result = Simulator(
      scenario: scenario, catalog: catalog, threads: 2, configuration: configuration,
      population: population, scripted: replay.events
    ).run()
    return FlowRun(scenario: scenario, catalog: catalog, result: result)
  }
}
