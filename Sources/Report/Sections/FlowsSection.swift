import DataFlows
import Foundation
import Inference
import Scenarios

/// Where the data goes: the flow diagram, then per recipient what it holds
/// about each persona and what it can tell from that alone, what pairs of
/// recipients learn by joining their records, and — when the run compared
/// policies — what a platform that collects less can still tell and what
/// it costs the recommendations.
struct FlowsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "flows"

  /// Whether the run has flows to show (a scenario with recipients).
  static func isShown(_ run: RunView) -> Bool { !(run.flows?.recipients.isEmpty ?? true) }

  /// The section, or nothing when the run has no recipients.
  var html: HTML {
    guard Self.isShown(run), let flows = run.flows else { return .empty }
    var content: [HTML] = [
      SectionFrame.figure(
        FlowDiagramFigure(run: run, flows: flows).svg,
        caption: "Each branch is a data contract: what kind of records, keyed by what, how often, which fields — "
          + "and what was sent over the run. Red dashed lines join recipients that receive the same identifier "
          + "and so can put their records of one person together.", wide: false),
      HTML.element("h3", [:], HTML(text: "What each recipient holds about each persona")),
    ]
    let cards = flows.recipients.map(card)
    content.append(HTML.element("div", ["class": cards.count > 1 ? "grid two" : "grid"], cards))
    if !flows.linkages.isEmpty {
      content.append(HTML.element("h3", [:], HTML(text: "What joining their records reveals")))
      content.append(HTML.element("div", ["class": "grid"], flows.linkages.map { linkage(flows, $0) }))
    }
    if let comparison = run.minimisation { content += minimisation(comparison) }
    return SectionFrame.section(
      id: Self.id, title: "Where the data goes",
      lede: "What leaves the platform about its members, under the contract of each company that receives it "
        + "(data policy “\(flows.policy.preset)”), and what each company can tell from what it got alone.",
      content)
  }

  /// One recipient: its contract and, per persona, what it received and
  /// what it can tell.
  func card(_ flow: RecipientFlow) -> HTML {
    var parts: [HTML] = [
      HTML.element("h3", [:], HTML(text: "\(flow.name) (\(FlowDiagramFigure.kindName(flow.kind)))")),
      HTML.element("p", ["class": "evidence"], HTML(text: FlowDiagramFigure.contractText(flow.effectiveContract)
        + "; fields: " + (flow.effectiveContract.orderedFields.map(FlowDiagramFigure.fieldName)
          .joined(separator: ", ").nonEmpty ?? "none"))),
    ]
    if let blocked = flow.blocked {
      parts.append(HTML.element("p", [:], HTML(text: "Received nothing: \(blocked).")))
      return HTML.element("div", ["class": "card flow"], parts)
    }
    if let aggregates = flow.aggregates {
      let withheld = aggregates.suppressed > 0
        ? ", \(NumberText.count(aggregates.suppressed, "smaller group or count", "smaller groups or counts")) withheld"
        : ""
      parts.append(HTML.element("p", [:], HTML(text:
        "Nothing about any one person: \(NumberText.count(aggregates.cells.count, "group")) of at least "
          + "\(NumberText.count(aggregates.minimumGroupSize, "profile"))\(withheld).")))
      if let first = aggregates.cells.first {
        parts.append(HTML.element("p", ["class": "evidence"], HTML(text:
          "For example: " + run.names.readable(AudienceAnalytics.describe(first)))))
      }
      return HTML.element("div", ["class": "card flow"], parts)
    }
    var items: [HTML] = []
    for persona in flow.personas {
      let name = run.personaName(persona.persona)
      guard !persona.items.isEmpty else {
        items.append(HTML.element("li", [:], HTML.element("strong", [:], HTML(text: name + ": ")),
                                  HTML(text: "nothing received.")))
        continue
      }
      let counts = persona.received.map { FlowDiagramFigure.fieldCount($0.count, $0.field) }
      let keys = persona.keys.count == 1
        ? "under the \(key(persona.keys[0]))"
        : "under \(NumberText.count(persona.keys.count, "key")) it cannot link to each other"
      var lines: [HTML] = [
        HTML.element("strong", [:], HTML(text: name + ": ")),
        HTML(text: "received \(NumberText.count(persona.items.count, "item")) \(keys): \(NumberText.list(counts))."),
      ]
      if !persona.segments.isEmpty {
        lines.append(HTML.element("span", ["class": "evidence block"], HTML(text:
          "The labels it files \(name) under: " + persona.segments.joined(separator: "; ") + ".")))
      }
      let told = persona.inferred.sorted { $0.confidence > $1.confidence }.prefix(10)
        .map { run.names.readable("\($0.name) \($0.text)") + " (\(NumberText.percent($0.confidence)))" }
      lines.append(HTML.element("span", ["class": "block"], HTML(text:
        "From them alone it can tell: " + (told.isEmpty ? "nothing." : told.joined(separator: "; ") + "."))))
      items.append(HTML.element("li", [:], lines))
    }
    parts.append(HTML.element("ul", ["class": "holdings"], items))
    return HTML.element("div", ["class": "card flow"], parts)
  }

  /// A key a recipient files records under, in words: a device's id by the
  /// device's name, an example address marked as one.
  func key(_ key: String) -> String {
    run.names.devices[key] != nil ? "device id of \(run.names.device(key))" : "key " + RunNames.address(key)
  }

  /// One pair of recipients joined on shared identifiers.
  func linkage(_ flows: DataFlowAnalysis, _ linkage: RecipientLinkage) -> HTML {
    let first = flows.recipient(linkage.first)?.name ?? linkage.first
    let second = flows.recipient(linkage.second)?.name ?? linkage.second
    let via = linkage.sharedIdentifiers.map(FlowDiagramFigure.fieldName).joined(separator: ", ")
    var parts: [HTML] = [
      HTML.element("h3", [:], HTML(text: "\(first) + \(second), joined on \(via)")),
      HTML.element("p", [:], HTML(text:
        "\(NumberText.count(linkage.linkedRecords, "record")) of \(first)'s "
          + "\(NumberText.noun(linkage.linkedRecords, "matches", "match")) one of \(second)'s, "
          + "\(linkage.uniqueLinks) of them uniquely (\(linkage.correctUniqueLinks) exactly the same "
          + "\(NumberText.noun(linkage.correctUniqueLinks, "profile"))).")),
    ]
    var items: [HTML] = []
    for persona in linkage.personas.keys.sorted() {
      for link in (linkage.personas[persona] ?? []).prefix(3) {
        let keys = link.via.keys.sorted { $0.rawValue < $1.rawValue }
          .map { "\(FlowDiagramFigure.fieldName($0)) \(run.names.readable(link.via[$0]?.first ?? ""))" }.joined(separator: ", ")
        var lines: [HTML] = [
          HTML.element("strong", [:], HTML(text: run.personaName(persona) + ": ")),
          HTML(text: "\(first)'s record under the \(key(link.firstKey)) is \(second)'s under the "
            + "\(key(link.secondKey)), via \(keys)"
            + (link.candidates == 1 ? " (a unique match)." : " (one of \(link.candidates) candidates).")),
        ]
        if !link.gainedByFirst.isEmpty {
          lines.append(HTML.element("span", ["class": "block"], HTML(text:
            "\(first) learns: " + run.names.readable(link.gainedByFirst.prefix(8).joined(separator: "; ")) + ".")))
        }
        if !link.gainedBySecond.isEmpty {
          lines.append(HTML.element("span", ["class": "block"], HTML(text:
            "\(second) learns: " + run.names.readable(link.gainedBySecond.prefix(8).joined(separator: "; ")) + ".")))
        }
        items.append(HTML.element("li", [:], lines))
      }
    }
    if !items.isEmpty { parts.append(HTML.element("ul", ["class": "holdings"], items)) }
    return HTML.element("div", ["class": "card flow linkage"], parts)
  }

  /// The standard and the minimising platform side by side.
  func minimisation(_ comparison: MinimisationComparison) -> [HTML] {
    let quality = comparison.quality
    var rows: [HTML] = []
    for persona in comparison.platform.keys.sorted() {
      for change in comparison.platform[persona] ?? [] {
        rows.append(HTML.element("tr", [:],
          HTML.element("th", [:], HTML(text: "\(run.personaName(persona)): \(change.trait)")),
          HTML.element("td", [:], HTML(text: change.standard.prefix(3).joined(separator: ", ").nonEmpty ?? "—")),
          HTML.element("td", [:], HTML(text: change.minimal.prefix(3).joined(separator: ", ").nonEmpty ?? "—"))))
      }
    }
    let precision = "Precision@10 on the same held-out titles (\(NumberText.count(quality.profilesEvaluated, "profile"))): "
      + "\(NumberText.fixed(quality.standard.precision, 4)) with everything collected, "
      + "\(NumberText.fixed(quality.minimal.precision, 4)) collecting less "
      + "(a drop of \(NumberText.fixed(quality.precisionDrop, 4))); the popularity baseline on the minimised data "
      + "scores \(NumberText.fixed(quality.popularity.precision, 4)). Events held: \(comparison.standardEvents) → "
      + "\(comparison.minimalEvents)."
    return [
      HTML.element("h3", [:], HTML(text: "Collecting less: standard beside “\(comparison.minimalPolicy.preset)”")),
      HTML.element("p", [:], HTML(text: precision)),
      HTML.element("div", ["class": "scroll"], HTML.element("table", ["class": "minimisation"],
        HTML.element("thead", [:], HTML.element("tr", [:],
          HTML.element("th", [:], HTML(text: "What the platform tells")),
          HTML.element("th", [:], HTML(text: "collecting everything")),
          HTML.element("th", [:], HTML(text: "collecting less")))),
        HTML.element("tbody", [:], rows))),
    ]
  }
}
