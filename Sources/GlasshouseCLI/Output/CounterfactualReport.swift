import Assessment
import Catalog
import Counterfactual
import Foundation
import Scenarios
import Simulation

/// What `glasshouse run` recomputes from part of a profile's log: the
/// scenario's `checkpoints` (what the platform knew after a subject's first
/// plays) and its counterfactual expectations (`after_plays`, `reveals`),
/// checked with module Counterfactual; written to counterfactual.json.
struct CounterfactualReport: Encodable {
  /// One progression per `checkpoints` entry.
  let progressions: [CheckpointProgression]
  /// The counterfactual expectations, checked.
  let outcomes: [ExpectationOutcome]

  /// Whether the scenario asked for anything.
  var isPresent: Bool { !progressions.isEmpty || !outcomes.isEmpty }

  /// Checks a finished run (nothing is computed when the scenario asks for
  /// nothing).
  init(result: SimulationResult, scenario: Scenario, catalog: Catalog, assessment: RunAssessment) {
    guard !scenario.checkpoints.isEmpty || !scenario.counterfactualExpectations.isEmpty else {
      progressions = []
      outcomes = []
      return
    }
    let state = PlatformState(events: result.events, platform: result.platform, catalog: catalog)
    let profiles = Dictionary(
      assessment.personas.map { ($0.persona, $0.profile) }, uniquingKeysWith: { first, _ in first })
    progressions = scenario.checkpoints.map { request in
      let (name, profile): (String, String) =
        switch request.subject {
        case .persona(let id): (id, profiles[id] ?? id)
        case .profile(let id): (id, id)
        }
      return CheckpointProgression(state: state, subject: name, profile: profile, plays: request.plays)
    }
    let checker = CounterfactualExpectationChecker(state: state, profileOfPersona: profiles)
    outcomes = scenario.counterfactualExpectations.map(checker.check)
  }

  /// The progressions in words.
  var text: String { progressions.map(\.text).joined(separator: "\n\n") }
}
