import Assessment
import Catalog
import Counterfactual
import DataFlows
import Scenarios
import Simulation

/// The report of a run as one self-contained HTML page: what the platform
/// now believes about each persona, beside the truth; the scenario's
/// expectations; a map of titles and personas in taste space; genre
/// affinities, event timelines and the artwork each persona was shown,
/// drawn as inline SVG; and accuracy across the population.
///
/// The page loads nothing (a content security policy forbids it), runs no
/// script, reads on a phone and a projector (CSS only) and prints. Every
/// piece of text from the scenario, catalog or log is escaped. The same
/// run always gives the same bytes.
public struct HTMLReport: Sendable {
  /// The HTML document, UTF-8 text. It is also well-formed XML.
  public let html: String

  /// Renders the report of a run.
  ///
  /// - Parameters:
  ///   - result: The simulation's result (the platform's final state and the
  ///     event log; `events` must have been kept for the timelines and
  ///     artwork).
  ///   - assessment: The run's assessment.
  ///   - catalog: The catalog the run used.
  ///   - scenario: The scenario run.
  ///   - flows: Where the data went (module DataFlows), drawn as a flow
  ///     diagram with what each recipient holds about each persona; the
  ///     section is left out when `nil` or without recipients.
  ///   - minimisation: The standard and the minimising platform side by side.
  ///   - outcomes: Every expectation the run checked, of every kind (the
  ///     assessment's, the counterfactual ones, the data flows'), in the
  ///     order the terminal prints them.
  ///   - checkpoints: What the platform believed after a subject's first
  ///     plays (the scenario's `checkpoints`), drawn as a small table.
  /// - Complexity: O(events + titles·k² + personas·titles·k).
  public init(
    result: SimulationResult, assessment: RunAssessment, catalog: Catalog, scenario: Scenario,
    flows: DataFlowAnalysis? = nil, minimisation: MinimisationComparison? = nil,
    outcomes: [ExpectationOutcome]? = nil, checkpoints: [CheckpointProgression] = []
  ) {
    let run = RunView(
      result: result, assessment: assessment, catalog: catalog, scenario: scenario, flows: flows,
      minimisation: minimisation, outcomes: outcomes ?? assessment.expectations, checkpoints: checkpoints)
    html = Self.document(run).markup
  }

  /// The `<head>` every Glasshouse page shares: UTF-8, a phone's viewport,
  /// a policy that forbids loading anything, the stylesheet inline.
  static func head(title: String) -> HTML {
    HTML.element("head", [:],
      HTML.void("meta", ["charset": "utf-8"]),
      HTML.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
      HTML.void("meta", [
        "http-equiv": "Content-Security-Policy",
        "content": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      ]),
      HTML.void("meta", ["name": "generator", "content": "Glasshouse"]),
      HTML.element("title", [:], HTML(text: title)),
      HTML.element("style", [:], HTML(trusted: Stylesheet.css)))
  }

  /// The whole page.
  static func document(_ run: RunView) -> HTML {
    let head = Self.head(title: "Glasshouse — \(run.scenario.name)")
    let contents = MastheadSection.contents(run)
    let sections = contents.map { entry in
      entry.half ? HTML.element("div", ["class": "half"], entry.html) : entry.html
    }
    let file = run.scenario.path.split(separator: "/").last.map(String.init) ?? run.scenario.path
    let footer = HTML.element("footer", [:], HTML(text:
      "Made by Glasshouse from \(file.isEmpty ? "the scenario" : file) (seed \(run.scenario.seed)). "
        + "This page is self-contained: it runs no script and loads nothing from the network."))
    let nav = HTML.element("nav", ["class": "sections", "aria-label": "Sections"],
      HTML.element("div", ["class": "inner"], contents.map {
        HTML.element("a", ["href": "#" + $0.id], HTML(text: $0.title))
      }))
    let body = HTML.element("body", [:], MastheadSection(run: run).html, nav, HTML.element("main", [:], sections), footer)
    return HTML(trusted: "<!DOCTYPE html>\n") + HTML.element("html", ["lang": "en"], head, body) + HTML(trusted: "\n")
  }
}
