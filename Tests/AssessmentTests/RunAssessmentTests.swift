import Assessment
import Catalog
import Foundation
import Scenarios
import Simulation
import TestSupport
import Testing

@Suite("Run assessment: beliefs beside truth, expectations")
struct RunAssessmentTests {
  static func familyRun() throws -> (Scenario, Catalog, SimulationResult) {
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/shared-family-profile.yaml").path
    let scenario = try ScenarioLoader.load(path: path)
    let catalog = try scenario.catalog.load()
    let result = Simulator(
      scenario: scenario, catalog: catalog, threads: 2,
      configuration: SimulationConfiguration(crowdMembers: 60, days: 21)
    ).run()
    return (scenario, catalog, result)
  }

  @Test("every persona gets beliefs with evidence, compared with the truth, and every expectation an outcome")
  func assessment() throws {
    let (scenario, catalog, result) = try Self.familyRun()
    let assessment = RunAssessment(result: result, scenario: scenario)
    #expect(assessment.personas.map(\.persona) == scenario.personas.map(\.id))
    #expect(assessment.expectations.count == scenario.expectations.count)
    for persona in assessment.personas {
      #expect(persona.events > 0)
      #expect(persona.comparisons.map(\.trait) == [
        "age band", "gender", "time zone", "viewers", "people in the account", "children", "top genre",
      ])
      #expect(persona.beliefs.contains { $0.name == "home region" && !$0.evidence.isEmpty })
      #expect(persona.beliefs.allSatisfy { $0.confidence >= 0 && $0.confidence <= 1 })
    }
    // The shared Family profile is one persona's first profile at least.
    let viewers = assessment.personas.flatMap(\.comparisons).filter { $0.trait == "viewers" }
    #expect(viewers.contains { $0.truth == "2" })
    #expect(assessment.accuracy.scores.map(\.inference).contains("viewers per profile"))
    // The family has a child: the truth says so, and the account-level
    // rows are scored across the population.
    #expect(assessment.personas.flatMap(\.comparisons).contains { $0.trait == "children" && $0.truth == "present" })
    #expect(assessment.accuracy.scores.map(\.inference).suffix(2) == ["people per account", "children at home"])
    #expect(assessment.passed == assessment.expectations.allSatisfy(\.passed))
    let data = try JSONEncoder().encode(assessment)
    #expect(!data.isEmpty)
  }

  @Test("the same run assessed twice gives the same JSON")
  func deterministic() throws {
    let (scenario, catalog, result) = try Self.familyRun()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let a = try encoder.encode(RunAssessment(result: result, scenario: scenario))
    let b = try encoder.encode(RunAssessment(result: result, scenario: scenario))
    #expect(a == b)
  }
}
