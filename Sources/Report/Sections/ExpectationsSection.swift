/// The scenario's expectations, each PASS or FAIL with what was found; the
/// failures and the first few always shown, the rest folded away.
struct ExpectationsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "expectations"

  /// Expectations listed before the rest are folded away.
  static let shown = 2

  /// The section.
  var html: HTML {
    let outcomes = run.outcomes
    func item(_ outcome: ExpectationOutcomeView) -> HTML {
      HTML.element("li", [:],
        HTML.element("span", ["class": outcome.passed ? "badge pass" : "badge fail"],
                     HTML(text: outcome.passed ? "PASS" : "FAIL")),
        HTML(text: run.names.readable(outcome.statement)),
        HTML.element("span", ["class": "found"], HTML(text: "Found: " + run.names.readable(outcome.found))),
        HTML.element("span", ["class": "where"], HTML(text: outcome.location)))
    }
    // Failures first, then the passes in the scenario's order.
    let views = outcomes.map { ExpectationOutcomeView(passed: $0.passed, statement: $0.statement, found: $0.found,
                                                      location: $0.location) }
    let ordered = views.filter { !$0.passed } + views.filter(\.passed)
    // All held: the first says what kind of claim they are, the rest fold.
    let failed = ordered.filter { !$0.passed }.count
    let visible = failed == 0 ? 1 : max(Self.shown, failed)
    var content: [HTML] = [HTML.element("ol", ["class": "expectations"], ordered.prefix(visible).map(item))]
    if ordered.count > visible {
      let rest = Array(ordered.dropFirst(visible))
      let held = rest.allSatisfy(\.passed) ? (rest.count == 1 ? ", which held" : ", all held") : ""
      content.append(SectionFrame.folded(NumberText.count(rest.count, "more expectation") + held,
                                         [HTML.element("ol", ["class": "expectations"], rest.map(item))]))
    }
    let held = outcomes.filter(\.passed).count
    return SectionFrame.section(
      id: Self.id, title: "What the scenario expected",
      lede: "\(held) of \(outcomes.count) held. The scenario's author wrote down what the platform should be able to tell.",
      content)
  }
}

/// The parts of an expectation's outcome the section shows.
private struct ExpectationOutcomeView {
  let passed: Bool
  let statement: String
  let found: String
  let location: String
}
