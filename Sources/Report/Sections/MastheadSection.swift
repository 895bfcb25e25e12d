import Foundation

/// The top of the report: the scenario, in a sentence what the report
/// shows, whether the scenario's expectations held, and the contents.
struct MastheadSection: Sendable {
  /// The run.
  let run: RunView

  /// The sections linked from the contents, in page order.
  static let contents: [(id: String, title: String)] = [
    ("beliefs", "What it believes"), ("truth", "Beside the truth"), ("expectations", "Expectations"),
    ("taste-map", "Taste map"), ("genres", "Genres"), ("timeline", "Timeline"), ("artwork", "Artwork"),
    ("accuracy", "Accuracy"),
  ]

  /// The contents of this run's page: the checkpoints and the flows come
  /// after the expectations when the run has them; the glossary is last.
  var contents: [(id: String, title: String)] {
    var all = Self.contents
    var next = 3
    if CheckpointsSection.isShown(run) {
      all.insert((CheckpointsSection.id, "First plays"), at: next)
      next += 1
    }
    if FlowsSection.isShown(run) { all.insert((FlowsSection.id, "Where the data goes"), at: next) }
    all.append((GlossarySection.id, "Glossary"))
    return all
  }

  /// The masthead.
  var html: HTML {
    let assessment = run.assessment
    let held = run.outcomes.filter(\.passed).count
    let total = run.outcomes.count
    let names = assessment.personas.map(\.name)
    let people = names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    var parts: [HTML] = [
      HTML.element("h1", [:], HTML(text: "What the platform now believes about \(people.isEmpty ? "you" : people)")),
      HTML.element("p", [:], HTML(text: "Scenario “\(run.scenario.name)”: \(run.days) simulated days, "
        + "\(assessment.events) events logged about \(assessment.profiles) profiles. "
        + "Everything below was inferred from behaviour alone, then checked against who the personas really are.")),
    ]
    let description = run.scenario.description.trimmingCharacters(in: .whitespacesAndNewlines)
    if !description.isEmpty { parts.append(HTML.element("p", [:], HTML(text: description))) }
    if total > 0 {
      parts.append(HTML.element(
        "span", ["class": held == total ? "verdict pass" : "verdict fail"],
        HTML(text: "\(held) of \(total) expectation\(total == 1 ? "" : "s") held")))
    }
    parts.append(HTML.element("nav", ["class": "contents", "aria-label": "Contents"], contents.map {
      HTML.element("a", ["href": "#" + $0.id], HTML(text: $0.title))
    }))
    return HTML.element("header", ["class": "masthead"], HTML.element("div", ["class": "inner"], parts))
  }
}
