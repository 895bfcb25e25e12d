import DataFlows
import Inference
import Scenarios

/// Where the data goes, as a diagram: the people at the top, the platform
/// in the middle, and a branch to each recipient labelled with its contract
/// (granularity, key, frequency, fields) and what it received; recipients
/// that share an identifier are joined by red dashed lines to a box saying
/// how many of their records link (the re-identification risk).
///
/// The layout is one narrow column (420 units wide, no text under 13) so
/// it scrolls only a little on a phone; on a projector it grows.
struct FlowDiagramFigure: Sendable {
  /// The run.
  let run: RunView
  /// The flows drawn.
  let flows: DataFlowAnalysis

  /// Width of the canvas, left edge of the recipient boxes and their width.
  static let width = 420.0, boxLeft = 52.0, boxWidth = 330.0
  /// The x of the trunk the branches leave from.
  static let trunk = 28.0
  /// Height of one label line.
  static let line = 17.0

  /// The SVG.
  var svg: HTML {
    var parts: [HTML] = []
    var y = 6.0
    // The people.
    let names = run.personas.map(\.name)
    let others = max(0, run.assessment.profiles - run.personas.count)
    let people = (names.isEmpty ? "Members" : names.joined(separator: ", "))
      + (others > 0 ? " and \(NumberText.count(others, "other profile"))" : "")
    parts.append(SVG.text(TasteMapFigure.shortened(people, 42), x: Self.width / 2, y: y + 16, size: 15, anchor: "middle",
                          weight: "600"))
    parts.append(SVG.text("use the service; the app logs every step", x: Self.width / 2, y: y + 34, size: 13,
                          anchor: "middle", fill: Palette.muted))
    y += 42
    parts.append(SVG.line(x1: Self.width / 2, y1: y, x2: Self.width / 2, y2: y + 16, stroke: Palette.ink, width: 2))
    parts.append(Self.arrowDown(x: Self.width / 2, y: y + 22))
    y += 24
    // The platform.
    let platformTop = y
    parts.append(SVG.rect(x: 14, y: y, width: Self.width - 28, height: 56, fill: Palette.ink, radius: 8))
    parts.append(SVG.text("The streaming platform", x: Self.width / 2, y: y + 23, size: 16, anchor: "middle",
                          fill: "#ffffff", weight: "700"))
    let kept = flows.eventsKept == flows.eventsLogged
      ? "holds \(NumberText.count(flows.eventsKept, "event"))"
      : "holds \(NumberText.whole(flows.eventsKept)) of \(NumberText.count(flows.eventsLogged, "event"))"
    parts.append(SVG.text("\(kept) · data policy \(flows.policy.preset)", x: Self.width / 2, y: y + 44, size: 13,
                          anchor: "middle", fill: "#d6dbe1"))
    y += 56
    // The recipients, one block each.
    var middles: [String: Double] = [:]
    var lastMiddle = y
    for (position, flow) in flows.recipients.enumerated() {
      let labels = label(flow)
      y += 10
      for (n, text) in labels.enumerated() {
        parts.append(SVG.text(text, x: Self.boxLeft, y: y + Self.line * Double(n + 1) - 3, size: 13,
                              fill: n == labels.count - 1 ? Palette.ink : Palette.muted,
                              weight: n == labels.count - 1 ? "600" : nil))
      }
      y += Self.line * Double(labels.count) + 4
      let blocked = flow.blocked != nil
      let colour = blocked ? Palette.muted : Palette.categorical[position % 8]
      let middle = y + 26
      parts.append(SVG.group(tooltip: "\(flow.name): \(Self.contractText(flow.effectiveContract))", [
        SVG.rect(x: Self.boxLeft, y: y, width: Self.boxWidth, height: 52, fill: blocked ? "#eef1f4" : "#ffffff",
                 radius: 6, stroke: colour),
        SVG.rect(x: Self.boxLeft, y: y, width: 6, height: 52, fill: colour, radius: 2),
        SVG.text(TasteMapFigure.shortened(flow.name, 18), x: Self.boxLeft + 14, y: y + 21, size: 15, weight: "700"),
        SVG.text(TasteMapFigure.shortened(Self.kindName(flow.kind), 14), x: Self.boxLeft + Self.boxWidth - 10,
                 y: y + 21, size: 13, anchor: "end", fill: colour, weight: "600"),
        SVG.text(TasteMapFigure.shortened(summary(flow), 38), x: Self.boxLeft + 14, y: y + 41, size: 13,
                 fill: Palette.muted),
      ]))
      parts.append(SVG.line(x1: Self.trunk, y1: middle, x2: Self.boxLeft - 7, y2: middle, stroke: colour, width: 2,
                            dash: blocked ? "4 4" : nil))
      parts.append(Self.arrowRight(x: Self.boxLeft - 1, y: middle, fill: colour))
      middles[flow.recipient] = middle
      lastMiddle = middle
      y += 52 + 4
    }
    parts.insert(SVG.line(x1: Self.trunk, y1: platformTop + 56, x2: Self.trunk, y2: lastMiddle, stroke: Palette.ink,
                          width: 2), at: 0)
    // The joins.
    for (n, linkage) in flows.linkages.enumerated() {
      guard let a = middles[linkage.first], let b = middles[linkage.second] else { continue }
      y += 14
      let middle = y + 26
      let x = Self.boxLeft + Self.boxWidth + 12 + Double(n % 3) * 12
      parts.append(SVG.polyline([(Self.boxLeft + Self.boxWidth, a), (x, a), (x, middle), (Self.boxLeft + Self.boxWidth, middle)],
                                stroke: Palette.bad, width: 2, dash: "6 4"))
      parts.append(SVG.polyline([(Self.boxLeft + Self.boxWidth, b), (x, b)], stroke: Palette.bad, width: 2, dash: "6 4"))
      let names = [linkage.first, linkage.second].map { id in flows.recipient(id)?.name ?? id }
      let via = linkage.sharedIdentifiers.map { Self.fieldName($0) }.joined(separator: ", ")
      parts.append(SVG.group(tooltip: "\(names[0]) and \(names[1]) both receive \(via)", [
        SVG.rect(x: Self.boxLeft, y: y, width: Self.boxWidth, height: 52, fill: "#fdf0ee", radius: 6,
                 stroke: Palette.bad),
        SVG.text(TasteMapFigure.shortened("\(names[0]) + \(names[1])", 32), x: Self.boxLeft + 12,
                 y: y + 21, size: 14, fill: Palette.bad, weight: "700"),
        SVG.text(TasteMapFigure.shortened(
          "on \(via): \(NumberText.count(linkage.linkedRecords, "record")) link, \(linkage.uniqueLinks) uniquely", 46),
                 x: Self.boxLeft + 12, y: y + 41, size: 13, fill: Palette.ink),
      ]))
      y += 52
    }
    y += 10
    let label = "Where the data goes: the platform and \(NumberText.count(flows.recipients.count, "recipient"))"
      + (flows.linkages.isEmpty
        ? "" : "; \(NumberText.count(flows.linkages.count, "pair")) of them can join their records")
    return SVG.canvas(width: Self.width, height: y, label: label, smallestText: 13, parts)
  }

  /// The lines above a recipient's box: its contract, the fields, what it
  /// received (the last line, emphasised).
  func label(_ flow: RecipientFlow) -> [String] {
    let contract = flow.effectiveContract
    var lines = [Self.contractText(contract)]
    let fields = contract.orderedFields.map(Self.fieldName)
    lines += Self.wrap("fields: " + (fields.isEmpty ? "none" : fields.joined(separator: ", ")), width: 46)
    let withheld = flow.contract.orderedFields.filter { !contract.fields.contains($0) }
    if flow.blocked == nil && !withheld.isEmpty {
      lines += Self.wrap("withheld by the data policy: " + withheld.map(Self.fieldName).joined(separator: ", "), width: 46)
    }
    if flow.blocked != nil {
      lines.append("sent nothing: the data policy allows no sale")
    } else if let aggregates = flow.aggregates {
      lines.append("sent \(NumberText.count(aggregates.cells.count, "group"))"
        + (aggregates.suppressed > 0
          ? "; \(NumberText.count(aggregates.suppressed, "smaller one")) withheld" : ""))
    } else {
      let items = flows.views.first { $0.recipient == flow.recipient }.map { $0.subjects.reduce(0) { $0 + $1.items.count } }
      let count = items.map { "\(NumberText.count($0, "item")) on " } ?? ""
      lines.append(
        "sent \(count)\(NumberText.count(flow.subjects, "record")) in \(NumberText.count(flow.deliveries, "delivery"))")
    }
    return lines
  }

  /// The second line of a recipient's box: what it holds about the first
  /// persona it has anything on, and what it can tell from it.
  func summary(_ flow: RecipientFlow) -> String {
    if flow.blocked != nil { return "receives nothing" }
    if flow.aggregates != nil { return "counts over groups; nothing about one person" }
    guard let persona = flow.personas.first(where: { !$0.items.isEmpty }) else { return "nothing about the personas" }
    let told = persona.inferred.sorted { $0.confidence > $1.confidence }.prefix(3).map(\.text)
    return "\(run.personaName(persona.persona)): \(NumberText.count(persona.items.count, "item"))"
      + (told.isEmpty ? "" : " → " + told.joined(separator: ", "))
  }

  /// A contract's shape in words: granularity, key, frequency.
  static func contractText(_ contract: DataContract) -> String {
    switch contract.granularity {
    case .aggregate:
      return "counts over groups of ≥ \(contract.minimumGroupSize) · \(contract.frequency.rawValue)"
    case .segments:
      return "segments per person · keyed by \(keyName(contract.identifier)) · \(contract.frequency.rawValue)"
    case .rawEvents:
      return "every event · keyed by \(keyName(contract.identifier)) · \(contract.frequency.rawValue)"
    }
  }

  /// An identifier in words.
  static func keyName(_ identifier: RecipientIdentifier) -> String {
    switch identifier {
    case .none: return "nothing (fresh key per delivery)"
    case .pseudonym: return "a pseudonym"
    case .emailHash: return "email hash"
    case .deviceID: return "device id"
    case .ip: return "IP address"
    }
  }

  /// A field in words.
  static func fieldName(_ field: DataField) -> String {
    switch field {
    case .emailHash: return "email hash"
    case .deviceID: return "device id"
    case .deviceType: return "device type"
    case .ip: return "IP address"
    default: return field.rawValue
    }
  }

  /// A count of items of a field, in agreement: `1 region`, `2 device ids`,
  /// `6 IP addresses`.
  static func fieldCount(_ count: Int, _ field: DataField) -> String {
    switch field {
    case .viewing: return NumberText.count(count, "viewing record")
    case .ratings: return NumberText.count(count, "rating")
    case .searches: return NumberText.count(count, "search", "searches")
    case .referrals: return NumberText.count(count, "referral")
    case .segments: return NumberText.count(count, "segment")
    case .demographics: return NumberText.count(count, "demographic")
    case .region: return NumberText.count(count, "region")
    case .ip: return NumberText.count(count, "IP address")
    case .deviceID: return NumberText.count(count, "device id")
    case .deviceType: return NumberText.count(count, "device type")
    case .emailHash: return NumberText.count(count, "email hash")
    }
  }

  /// A recipient kind in words.
  static func kindName(_ kind: Recipient.Kind) -> String {
    switch kind {
    case .adNetwork: return "ad network"
    case .dataBroker: return "data broker"
    case .socialPartner: return "social network"
    case .measurement: return "measurement"
    }
  }

  /// Text broken at spaces into lines of at most `width` characters.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = "  " + word
      } else {
        current += (current.isEmpty ? "" : " ") + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// A small arrowhead pointing right with its tip at (x, y).
  static func arrowRight(x: Double, y: Double, fill: String) -> HTML {
    SVG.polygon([(x, y), (x - 8, y - 5), (x - 8, y + 5)], fill: fill)
  }

  /// A small arrowhead pointing down with its tip at (x, y).
  static func arrowDown(x: Double, y: Double) -> HTML {
    SVG.polygon([(x, y), (x - 6, y - 8), (x + 6, y - 8)], fill: Palette.ink)
  }
}
