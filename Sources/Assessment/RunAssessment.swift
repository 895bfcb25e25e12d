import Beliefs
import Catalog
import Datasets
import Events
import Factorization
import Foundation
import Inference
import LinearAlgebra
import Platform
import Population
import Scenarios
import Signals
import Simulation

/// What a run showed: for each persona, what the platform now believes
/// (with confidence and evidence) beside the hidden truth; the scenario's
/// expectations checked; and how right the platform was across the whole
/// population.
///
/// This is the one place where the platform's beliefs and the hidden truth
/// meet. The beliefs are computed only from what the platform holds — the
/// event log, the catalog and its trained model — with the `Inference`
/// module; the truth comes from the `Population`.
public struct RunAssessment: Sendable, Codable {
  /// The scenario's name.
  public let scenario: String
  /// Events in the log.
  public let events: Int
  /// Profiles the platform knows.
  public let profiles: Int
  /// Profiles whose age band or gender the platform holds from a date of
  /// birth or a data broker (its classifier's training labels).
  public let labelledProfiles: Int
  /// One report per persona.
  public let personas: [PersonaReport]
  /// The scenario's expectations, checked.
  public let expectations: [ExpectationOutcome]
  /// Accuracy across the population, per inference type.
  public let accuracy: PopulationAccuracy

  /// Whether every expectation held.
  public var passed: Bool { expectations.allSatisfy(\.passed) }

  /// Assesses a finished run.
  public init(result: SimulationResult, scenario: Scenario) {
    // The beliefs come from the platform's record alone; the truth only
    // meets them here.
    self.init(result: result, scenario: scenario, beliefs: PlatformBeliefs(record: result.record))
  }

  /// Assesses a finished run with the beliefs already computed from its
  /// record (`PlatformBeliefs(record: result.record)`), for a caller that
  /// uses them too.
  package init(result: SimulationResult, scenario: Scenario, beliefs: PlatformBeliefs) {
    let log = beliefs.log
    let population = result.truth.population
    let truth = TruthView(population: population, sessions: result.truth.sessions)
    var reports: [String: PersonaReport] = [:]
    var order: [String] = []
    for (index, member) in population.members.enumerated() {
      guard let persona = member.personaID, let first = member.profiles.first else { continue }
      let household = population.households[member.household]
      let profile = household.profiles[first]
      reports[persona] = beliefs.report(
        persona: persona, name: scenario.persona(id: persona)?.name ?? persona, member: member,
        memberIndex: index, account: household.id, profile: profile, truth: truth)
      order.append(persona)
    }
    self.scenario = scenario.name
    self.events = log.eventCount
    self.profiles = result.platform.profileIDs.count
    self.labelledProfiles = beliefs.held.count
    // Personas on the same first profile, named in each other's reports.
    let firstReports = reports
    for id in order {
      guard let report = firstReports[id] else { continue }
      reports[id]?.sharedWith = order.filter { $0 != id && firstReports[$0]?.profile == report.profile }
        .compactMap { firstReports[$0]?.name }
    }
    self.personas = order.compactMap { reports[$0] }
    self.expectations = scenario.expectations.map { ExpectationChecker.check($0, beliefs: beliefs, reports: reports) }
    self.accuracy = beliefs.accuracy(truth: truth)
  }
}
