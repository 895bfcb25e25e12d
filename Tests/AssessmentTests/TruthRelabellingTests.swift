import Assessment
import Catalog
import Foundation
import Scenarios
import Simulation
import TestSupport
import Testing

/// The truth wall, tested by behaviour: after a simulation, giving everyone
/// someone else's age, gender and tastes changes only the comparison with
/// the truth, never what the platform is said to believe.
@Suite("Relabelling the truth leaves every belief unchanged")
struct TruthRelabellingTests {
  @Test("swap ages, genders and tastes between personas and crowd: beliefs byte-identical, comparisons not")
  func relabel() throws {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/shared-family-profile.yaml").path
    let scenario = try ScenarioLoader.load(path: path)
    let catalog = try scenario.catalog.load()
    var configuration = SimulationConfiguration(crowdMembers: 40, days: 14)
    // No channel hands the platform a label (dates of birth, broker
    // records), so nothing in the log comes from the truth being swapped.
    configuration.behavior.dateOfBirthShare = 0
    configuration.behavior.brokerRecordShare = 0
    let result = Simulator(scenario: scenario, catalog: catalog, threads: 2, configuration: configuration).run()

    var swapped = result.truth
    let members = swapped.population.members
    #expect(members.count > 10)
    // Everyone takes the next member's age band, gender and tastes.
    for index in members.indices {
      let next = members[(index + 1) % members.count]
      swapped.population.members[index].ageBand = next.ageBand
      swapped.population.members[index].gender = next.gender
      swapped.population.members[index].taste = next.taste
    }
    let relabelled = result.replacingTruth(swapped)

    let before = RunAssessment(result: result, scenario: scenario)
    let after = RunAssessment(result: relabelled, scenario: scenario)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(before.personas.count == after.personas.count && !before.personas.isEmpty)
    for (a, b) in zip(before.personas, after.personas) {
      #expect(a.persona == b.persona)
      #expect(try encoder.encode(a.beliefs) == encoder.encode(b.beliefs), "\(a.persona)'s beliefs changed")
      #expect(a.topGenres == b.topGenres)
      #expect(a.comparisons.map(\.inferred) == b.comparisons.map(\.inferred))
      #expect(a.comparisons.map(\.confidence) == b.comparisons.map(\.confidence))
    }
    // The truth side did change: some persona's true age band or gender
    // now reads differently beside the same belief.
    let truths = { (assessment: RunAssessment) in assessment.personas.flatMap { $0.comparisons.map(\.truth) } }
    #expect(truths(before) != truths(after))
    // So did the accuracy over the population, scored against new truths.
    #expect(try encoder.encode(before.accuracy) != encoder.encode(after.accuracy))
  }
}
