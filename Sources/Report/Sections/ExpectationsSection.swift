/// The scenario's expectations, each PASS or FAIL with what was found.
struct ExpectationsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
    let outcomes = run.outcomes
    let items = outcomes.map { outcome in
      HTML.element("li", [:],
        HTML.element("span", ["class": outcome.passed ? "badge pass" : "badge fail"],
                     HTML(text: outcome.passed ? "PASS" : "FAIL")),
        HTML(text: outcome.statement),
        HTML.element("span", ["class": "found"], HTML(text: "Found: " + outcome.found)),
        HTML.element("span", ["class": "where"], HTML(text: outcome.location)))
    }
    let held = outcomes.filter(\.passed).count
    return SectionFrame.section(
      id: "expectations", title: "What the scenario expected",
      lede: outcomes.isEmpty
        ? "The scenario states no expectations."
        : "\(held) of \(outcomes.count) held. The scenario's author wrote down what the platform should be able to tell.",
      outcomes.isEmpty ? [] : [HTML.element("ol", ["class": "expectations"], items)])
  }
}
