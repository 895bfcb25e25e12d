import Assessment
import Catalog
import Foundation
import Inference
import Scenarios
import Simulation
import Support

/// Checks a scenario's expectations about data flows (`recipient_receives`,
/// `recipient_infers`, `linkage`, `audience`, `minimisation_cost`; see
/// Docs/ScenarioFormat.md) against a run. `glasshouse run` prints the
/// outcomes beside the platform's expectations and fails when one fails.
public enum DataFlowExpectations {
  /// Checks every flow expectation of the scenario, computing only what
  /// they need: the flows under the scenario's policy, audience analytics
  /// at each minimum group size named, and the minimisation comparison.
  ///
  /// - Parameters:
  ///   - flows: the flows under the scenario's policy, when already computed.
  ///   - comparison: the minimisation comparison, when already computed.
  public static func check(
    result: SimulationResult, scenario: Scenario, catalog: Catalog,
    flows: DataFlowAnalysis? = nil, comparison: MinimisationComparison? = nil
  ) -> [ExpectationOutcome] {
    guard !scenario.flowExpectations.isEmpty else { return [] }
    let needsFlows = scenario.flowExpectations.contains {
      switch $0.check {
      case .receives, .infers, .linkage: return true
      default: return false
      }
    }
    let needsComparison = scenario.flowExpectations.contains {
      if case .minimisationCost = $0.check { return true } else { return false }
    }
    let flows = flows ?? (needsFlows ? DataFlowAnalysis(result: result, scenario: scenario, catalog: catalog) : nil)
    let comparison = comparison ?? (needsComparison ? MinimisationComparison(result: result, scenario: scenario, catalog: catalog) : nil)
    let personas = PersonaIndex(result: result)
    var audiences: [Int: AudienceAnalytics] = [:]
    return scenario.flowExpectations.map { expectation in
      let location = expectation.location.description
      func outcome(_ statement: String, _ passed: Bool, _ found: String) -> ExpectationOutcome {
        ExpectationOutcome(location: location, statement: statement, passed: passed, found: found)
      }
      func profile(_ subject: Expectation.Subject) -> String? {
        switch subject {
        case .persona(let id): return personas.profileOfPersona[id]
        case .profile(let id): return id
        }
      }
      switch expectation.check {
      case .receives(let recipient, let subject, let field, let atLeast, let atMost):
        let bound = atMost.map { atLeast == 0 ? "at most \($0)" : "\(atLeast)–\($0)" } ?? "at least \(atLeast)"
        let statement = "\(recipient) receives \(bound) \(field.rawValue) item\(atLeast == 1 && atMost == nil ? "" : "s") about \(subject.id)"
        guard let flows, let view = flows.views.first(where: { $0.recipient == recipient }), let profile = profile(subject) else {
          return outcome(statement, false, "no such recipient or subject")
        }
        let n = view.subjects(profile: profile).reduce(0) { $0 + $1.count(of: field) }
        let passed = n >= atLeast && atMost.map { n <= $0 } ?? true
        return outcome(statement, passed, "received \(n)" + (view.blocked.map { " (\($0))" } ?? ""))
      case .infers(let recipient, let subject, let trait, let equals, let minimum, let possible):
        let what = trait.rawValue.replacingOccurrences(of: "_", with: " ") + (equals.map { " = \($0)" } ?? "")
        let statement = "\(recipient) \(possible ? "can" : "cannot") tell \(subject.id)'s \(what)"
          + (possible ? " with confidence ≥ \(minimum)" : "")
        guard let flows, let flow = flows.recipient(recipient), let profile = profile(subject) else {
          return outcome(statement, false, "no such recipient or subject")
        }
        let traits = flow.personas.first { $0.profile == profile }?.inferred ?? []
        let kinds = traitKinds(trait)
        let matching = traits.filter { found in
          kinds.contains(found.kind) && (equals.map { found.value.matches($0) } ?? true)
        }
        let best = matching.max { $0.confidence < $1.confidence }
        let found = best.map { "\($0.name): \($0.text) (confidence \(String(format: "%.2f", $0.confidence)))" }
          ?? (traits.filter { kinds.contains($0.kind) }.map { "\($0.name): \($0.text)" }.first.map { "only \($0)" } ?? "nothing about it")
        let can = (best?.confidence ?? -1) >= minimum
        return outcome(statement, can == possible, found)
      case .linkage(let pair, let subject, let via, let linked):
        let statement = "\(pair[0]) and \(pair[1]) \(linked ? "can" : "cannot") join their records of \(subject.id)"
          + (via.map { " through \($0.rawValue)" } ?? "")
        guard let flows, let profile = profile(subject) else { return outcome(statement, false, "no such subject") }
        let persona = personas.persona(profile: profile) ?? subject.id
        let links = (flows.linkage(pair[0], pair[1])?.personas[persona] ?? []).filter { link in
          via.map { link.via[$0] != nil } ?? true
        }
        let found = links.first.map { link in
          "joined \(link.firstKey) ↔ \(link.secondKey) via "
            + link.via.keys.sorted { $0.rawValue < $1.rawValue }.map(\.rawValue).joined(separator: ", ")
            + " (\(link.candidates) candidate\(link.candidates == 1 ? "" : "s")); gained: "
            + (link.gainedByFirst + link.gainedBySecond).prefix(6).joined(separator: "; ")
        } ?? "no shared identifier links them"
        return outcome(statement, links.isEmpty != linked, found)
      case .audience(let size, let atLeast, let atMost):
        let statement = "audience analytics with minimum group size \(size) singles out "
          + [atLeast.map { "at least \($0)" }, atMost.map { "at most \($0)" }].compactMap { $0 }.joined(separator: " and ")
          + " " + Words.noun(max(atLeast ?? 0, atMost ?? 0), "profile")
        let analytics = audiences[size] ?? AudienceAnalytics(result: result, scenario: scenario, catalog: catalog, minimumGroupSize: size)
        audiences[size] = analytics
        let n = Set(analytics.singledOut.map(\.profile)).count
        let passed = (atLeast.map { n >= $0 } ?? true) && (atMost.map { n <= $0 } ?? true)
        let examples = analytics.singledOut.prefix(2).map { "\($0.group) = \($0.persona ?? $0.profile)" }
        return outcome(statement, passed, "\(n) singled out" + (examples.isEmpty ? "" : ": " + examples.joined(separator: "; ")))
      case .minimisationCost(let maximum, let minimumDrop):
        let statement = "minimising costs precision@10 "
          + [minimumDrop.map { "at least \($0)" }, maximum.map { "at most \($0)" }].compactMap { $0 }.joined(separator: " and ")
        guard let quality = comparison?.quality else { return outcome(statement, false, "not computed") }
        let drop = quality.precisionDrop
        let passed = (maximum.map { drop <= $0 } ?? true) && (minimumDrop.map { drop >= $0 } ?? true)
        return outcome(
          statement, passed,
          String(format: "precision@10 %.4f → %.4f (drop %.4f)", quality.standard.precision, quality.minimal.precision, drop))
      }
    }
  }

  /// The inferred-trait kinds a scenario trait stands for.
  static func traitKinds(_ trait: RecipientTrait) -> Set<TraitKind> {
    switch trait {
    case .ageBand: return [.ageBand]
    case .gender: return [.gender]
    case .genre: return [.genreAffinity]
    case .homeRegion: return [.homeRegion]
    case .timeZone: return [.timeZone]
    case .activeHours: return [.activeHours]
    case .devices: return [.devices]
    case .travel: return [.travel]
    case .binge: return [.bingePropensity]
    case .identity: return [.identity]
    }
  }
}

extension Expectation.Subject {
  /// The persona or profile id.
  var id: String {
    switch self {
    case .persona(let id), .profile(let id): return id
    }
  }
}
