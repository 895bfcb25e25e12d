import Foundation

/// The top of the report: the scenario, in a sentence what the report
/// shows, whether the scenario's expectations held, and the contents.
struct MastheadSection: Sendable {
  /// The run.
  let run: RunView

  /// A section of the page: its anchor, its name in the section menu, and
  /// its markup.
  struct Entry: Sendable {
    /// The anchor.
    let id: String
    /// The name in the menu.
    let title: String
    /// The section.
    let html: HTML
    /// Whether the section may share a row with its neighbour on a wide
    /// screen.
    var half = false
  }

  /// The sections of this run's page, in order, each only when it has
  /// something to show (a replay of real people has no personas to set
  /// beside a truth; a run without recipients has no flows); the glossary
  /// is last.
  static func contents(_ run: RunView) -> [Entry] {
    var all: [Entry] = []
    func add(_ id: String, _ title: String, _ shown: Bool, _ html: @autoclosure () -> HTML) {
      if shown { all.append(Entry(id: id, title: title, html: html())) }
    }
    add(BeliefsSection.id, "Beliefs", BeliefsSection.isShown(run), BeliefsSection(run: run).html)
    add(TruthSection.id, "Truth", TruthSection.isShown(run), TruthSection(run: run).html)
    add(ExpectationsSection.id, "Expectations", !run.outcomes.isEmpty, ExpectationsSection(run: run).html)
    add(CheckpointsSection.id, "First plays", CheckpointsSection.isShown(run), CheckpointsSection(run: run).html)
    add(FlowsSection.id, "Data flows", FlowsSection.isShown(run), FlowsSection(run: run).html)
    add(TasteMapSection.id, "Taste map", TasteMapSection.isShown(run), TasteMapSection(run: run).html)
    add(GenresSection.id, "Genres", GenresSection.isShown(run), GenresSection(run: run).html)
    add(TimelineSection.id, "Timeline", TimelineSection.isShown(run), TimelineSection(run: run).html)
    add(ArtworkSection.id, "Artwork", ArtworkSection.isShown(run), ArtworkSection(run: run).html)
    add(AccuracySection.id, "Accuracy", AccuracySection.isShown(run), AccuracySection(run: run).html)
    add(GlossarySection.id, "Glossary", true, GlossarySection().html)
    // On a wide screen, one profile's genres beside its timeline, and the
    // artwork beside the accuracy, each pair sharing a row.
    if run.groups.count == 1 {
      for pair in [(GenresSection.id, TimelineSection.id), (ArtworkSection.id, AccuracySection.id)] {
        guard let first = all.firstIndex(where: { $0.id == pair.0 }), first + 1 < all.count,
          all[first + 1].id == pair.1
        else { continue }
        all[first].half = true
        all[first + 1].half = true
      }
    }
    return all
  }

  /// The masthead.
  var html: HTML {
    let assessment = run.assessment
    let held = run.outcomes.filter(\.passed).count
    let total = run.outcomes.count
    let names = assessment.personas.map(\.name)
    let people = NumberText.list(names)
    var parts: [HTML] = [
      HTML.element("h1", [:], HTML(text: "What the platform now believes about \(people.isEmpty ? "you" : people)")),
      HTML.element("p", [:], HTML(text: "Scenario “\(run.scenario.name)”: \(NumberText.count(run.days, "simulated day")), "
        + "\(NumberText.count(assessment.events, "event")) logged about \(NumberText.count(assessment.profiles, "profile")). "
        + (names.isEmpty
          ? "Everything below was inferred from behaviour alone."
          : "Everything below was inferred from behaviour alone, then checked against who the personas really are."))),
    ]
    let description = run.scenario.description.trimmingCharacters(in: .whitespacesAndNewlines)
    if !description.isEmpty { parts.append(HTML.element("p", [:], HTML(text: description))) }
    if total > 0 {
      parts.append(HTML.element(
        "span", ["class": held == total ? "verdict pass" : "verdict fail"],
        HTML(text: "\(held) of \(NumberText.count(total, "expectation")) held")))
    }
    return HTML.element("header", ["class": "masthead"], HTML.element("div", ["class": "inner"], parts))
  }
}
