import Assessment
import Inference

/// The inferences that can be checked, beside the hidden truth: what the
/// platform concluded, what is true, ✓ or ✗, how sure it was, and the
/// evidence that weighed most.
struct TruthSection: Sendable {
  /// The run.
  let run: RunView

  /// The belief a comparison's trait is inferred as.
  static func beliefName(of trait: String) -> String { trait == "top genre" ? "genre affinity" : trait }

  /// The beliefs a persona's own viewer answers for on a shared profile.
  static let personal: Set<String> = [TraitKind.ageBand.name, TraitKind.gender.name, TraitKind.genreAffinity.name]

  /// The section's anchor.
  static let id = "truth"

  /// Whether any persona has a belief to set beside the truth.
  static func isShown(_ run: RunView) -> Bool { run.personas.contains { !$0.report.comparisons.isEmpty } }

  /// The plain reading: how many checkable beliefs the platform got right,
  /// per persona.
  var reading: String {
    let parts = run.personas.filter { !$0.report.comparisons.isEmpty }.map { persona in
      "\(persona.name) \(persona.report.comparisons.filter(\.correct).count) of \(persona.report.comparisons.count)"
    }
    return "Checked against the truth, the platform is right about " + NumberText.list(parts) + "."
  }

  /// The section, or nothing when nothing can be checked.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let tables = run.personas.filter { !$0.report.comparisons.isEmpty }.map { persona -> HTML in
      let header = HTML.element("tr", [:], ["Trait", "Truth", "Platform says", "", "Confidence", "Top evidence"].map {
        HTML.element("th", ["scope": "col"], HTML(text: $0))
      })
      let rows = persona.report.comparisons.map { comparison -> HTML in
        let name = Self.beliefName(of: comparison.trait)
        // On a shared profile the persona's own viewer answers for who
        // they are and what they like (as the comparison does): its belief
        // and evidence, not the profile's.
        let viewer = persona.report.viewer.flatMap { match in
          Self.personal.contains(name) ? match : nil
        }
        let beliefs = viewer?.viewer.beliefs ?? persona.report.beliefs
        let belief = beliefs.first { $0.name == name && $0.text == comparison.inferred }
          ?? beliefs.first { $0.name == name }
        let evidence = run.names.readable(belief?.evidence.first.map { run.describe($0) }
          ?? viewer.map { "the sessions of the viewer that is \(persona.name): \($0.viewer.description)" } ?? "—")
        return HTML.element("tr", [:],
          HTML.element("th", ["scope": "row"], HTML(text: comparison.trait)),
          HTML.element("td", ["data-label": "Truth"], HTML(text: comparison.truth)),
          HTML.element("td", ["data-label": "Platform says"], HTML(text: run.names.readable(comparison.inferred))),
          HTML.element("td", attributes: [
            ("class", comparison.correct ? "ok" : "no"), ("data-label", "Right?"),
            ("aria-label", comparison.correct ? "right" : "wrong"),
          ], [HTML(text: comparison.correct ? "✓" : "✗")]),
          HTML.element("td", ["class": "num", "data-label": "Confidence"],
                       HTML(text: NumberText.percent(comparison.confidence))),
          HTML.element("td", ["class": "evidence", "data-label": "Top evidence"], HTML(text: evidence)))
      }
      let right = persona.report.comparisons.filter(\.correct).count
      // A scorecard first: each trait right or wrong, and what was said
      // where it was wrong; the table with the evidence folded below it.
      let chips = persona.report.comparisons.map { comparison -> HTML in
        let text = comparison.correct
          ? "✓ \(comparison.trait)"
          : "✗ \(comparison.trait): says \(run.names.readable(comparison.inferred)), is \(comparison.truth)"
        return HTML.element("li", ["class": comparison.correct ? "ok" : "no"], HTML(text: text))
      }
      return HTML.element("div", ["class": "card"],
        HTML.element("h3", ["style": "color:\(persona.colour)"], HTML(text:
          "\(persona.name): \(right) of \(persona.report.comparisons.count) right")),
        HTML.element("ul", ["class": "scorecard"], chips),
        SectionFrame.folded("The table, with how sure it was and the evidence", [
          HTML.element("div", ["class": "scroll"], HTML.element("table", ["class": "truth"],
            HTML.element("thead", [:], header), HTML.element("tbody", [:], rows))),
        ]))
    }
    return SectionFrame.section(
      id: "truth", title: "Beside the truth",
      lede: "The simulation knows who each persona really is; the platform never saw that. "
        + "✓ where it guessed right, ✗ where it did not — and how sure it was either way.",
      reading: reading,
      [HTML.element("div", ["class": tables.count > 1 ? "grid two" : "grid"], tables)])
  }
}
