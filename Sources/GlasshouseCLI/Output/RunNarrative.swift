import Assessment
import DataFlows
import Foundation
import Inference
import Report
import Simulation
import Support

/// The text a person reads after `glasshouse run`: what each persona did,
/// what the platform now believes about them and why, what it got right,
/// and the scenario's expectations.
struct RunNarrative {
  let assessment: RunAssessment
  let result: SimulationResult
  let scriptedRejected: Int
  let scriptedReplayed: Int
  let flows: DataFlowReport
  /// What the report calls the log's devices and example addresses; the
  /// terminal uses the same names ("TV (Tizen 8)", never `h0tv`).
  let names: RunNames
  /// Checkpoints and counterfactual expectations.
  var counterfactual: CounterfactualReport? = nil
  /// Whether the first line says how long the simulation took: on the
  /// terminal, not in summary.txt (whose bytes depend only on the seed).
  var showsTiming = true

  /// Every expectation the run checked, in the order they are printed:
  /// the assessment's, the counterfactual ones, then the data flows'. The
  /// terminal, report.html and the exit code all read this one list.
  var outcomes: [ExpectationOutcome] {
    assessment.expectations + (counterfactual?.outcomes ?? []) + flows.outcomes
  }

  var text: String {
    var lines: [String] = []
    let a = assessment
    let timing = showsTiming ? " in \(String(format: "%.1f", result.seconds)) s" : ""
    lines.append("\(a.scenario): \(Words.count(result.eventsPerDay.count, "day")) simulated\(timing); "
      + "the platform logged \(Words.count(a.events, "event")) about \(Words.count(a.profiles, "profile"))"
      + (scriptedReplayed + scriptedRejected > 0
        ? " (\(Words.count(scriptedReplayed, "scripted event")) replayed, \(Words.whole(scriptedRejected)) rejected)" : "") + ".")
    lines.append(a.labelledProfiles == 0
      ? "It holds no age or gender labels (no dates of birth, no data broker), so it has nothing to learn them from."
      : "It holds age or gender labels for \(Words.count(a.labelledProfiles, "profile")) (dates of birth, a data broker) "
        + "and learned the rest from behaviour.")
    var described: [String: String] = [:]
    for persona in a.personas {
      lines.append("")
      lines.append("\(persona.name.uppercased()) — profile \(persona.profile), \(Words.count(persona.events, "event"))")
      if let match = persona.viewer {
        lines.append("  The platform sees \(match.viewers) viewers on profile \(persona.profile); \(persona.name)'s is the one with "
          + "\(match.viewer.sessions?.description(deviceName: names.device) ?? match.viewer.description) (\(match.ownSessions) of \(persona.name)'s \(match.personaSessions) sessions there):")
        for trait in match.viewer.beliefs {
          lines.append("    \(Self.line(trait.name, trait.text, trait.confidence, trait.caveat))")
        }
      } else if !persona.sharedWith.isEmpty {
        lines.append("  \(persona.name) shares profile \(persona.profile) with \(persona.sharedWith.joined(separator: ", ")), "
          + "and the platform cannot tell them apart: what it believes is the profile's, for all of them.")
      }
      if let first = described[persona.profile] {
        lines.append("  What the platform believes about profile \(persona.profile) as a whole: as for \(first.uppercased()) above.")
      } else {
        described[persona.profile] = persona.name
        lines.append(persona.viewer == nil
          ? "  What the platform now believes:" : "  What the platform believes about profile \(persona.profile) as a whole:")
        for trait in persona.beliefs where Self.shown.contains(trait.kind) {
          lines.append("    " + Self.line(trait))
        }
      }
      for other in persona.otherProfiles {
        lines.append("  Also profile \(other.profile), \(Words.count(other.events, "event")):")
        for trait in other.beliefs { lines.append("    " + Self.line(trait.name, trait.text, trait.confidence, trait.caveat)) }
      }
      lines.append("  Beside the truth:")
      for c in persona.comparisons {
        lines.append("    \(c.correct ? "✓" : "✗") \(c.trait): inferred \(c.inferred), truly \(c.truth)")
      }
      if !persona.artworkTones.isEmpty {
        let tones = persona.artworkTones.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3)
          .map { "\($0.key) \(Int(($0.value * 100).rounded()))%" }.joined(separator: ", ")
        lines.append("  Artwork shown in the last week: \(tones)")
      }
    }
    if a.accuracy.scores.contains(where: { $0.evaluated > 0 }) {
      lines.append("")
      lines.append("Across the population (every simulated member, scored against the truth):")
    }
    for score in a.accuracy.scores where score.evaluated > 0 {
      let name = score.inference.padding(toLength: 24, withPad: " ", startingAt: 0)
      let unit = score.unit.hasSuffix("s") ? String(score.unit.dropLast()) : score.unit
      let verdict = score.isGuessing ? "no better than" : "better than"
      lines.append(
        "  \(name) " + String(format: "%5.1f%% right over ", score.accuracy * 100) + Words.count(score.evaluated, unit)
          + " — \(verdict) always giving the commonest answer" + String(format: " (%.1f%%)", score.baseline * 100))
      var detail = String(format: "%.1f%% sure on average, off by %.3f from how often it is right (calibration error)",
                          score.meanConfidence * 100, score.calibrationError)
      if let auc = score.auc { detail += String(format: "; AUC %.3f, where a coin toss scores 0.5", auc) }
      lines.append(String(repeating: " ", count: 28) + detail)
    }
    if let text = flows.analysis?.text(key: names.key), !text.isEmpty {
      // The analysis's own first line is the heading ("Where the data goes — …").
      lines.append("")
      lines.append(text)
    }
    if let text = flows.comparison?.text, !text.isEmpty {
      lines.append("")
      lines.append(text)
    }
    if let counterfactual, !counterfactual.progressions.isEmpty {
      lines.append("")
      lines.append(counterfactual.text)
    }
    if !outcomes.isEmpty {
      lines.append("")
      lines.append("Expectations:")
      for outcome in outcomes {
        lines.append("  \(outcome.passed ? "PASS" : "FAIL") \(outcome.statement) — \(outcome.found)  [\(outcome.location)]")
      }
    }
    // Device ids in other modules' text (viewer descriptions, evidence,
    // expectations' findings) become the devices' names, example addresses
    // are marked as examples — as in report.html.
    return lines.map(names.readable).joined(separator: "\n")
  }

  /// One belief with its top evidence: `gender: male (confidence 0.80) —
  /// caveat ← "Storm of Stranger": 11 events`.
  static func line(_ trait: InferredTrait) -> String {
    var line = Self.line(trait.name, trait.text, trait.confidence, trait.caveat)
    if let top = trait.evidence.first { line += " ← \(top.description)" }
    return line
  }

  /// One belief without evidence: `gender: male (confidence 0.80) — caveat`.
  static func line(_ name: String, _ value: String, _ confidence: Double, _ caveat: String?) -> String {
    "\(name): \(value) (confidence \(String(format: "%.2f", confidence)))" + (caveat.map { " — \($0)" } ?? "")
  }

  /// The beliefs printed per persona (all are in assessment.json).
  static let shown: Set<TraitKind> = [
    .ageBand, .gender, .genreAffinity, .favouriteCast, .artworkTone, .activeHours, .sleepWindow,
    .bingePropensity, .homeRegion, .timeZone, .devices, .viewers, .peopleInAccount, .children,
  ]
}
