import Catalog

/// The taste map drawn: every title a dot coloured by the tone its first
/// genre cues, every persona a labelled diamond, a handful of titles named.
struct TasteMapFigure: Sendable {
  /// The projection.
  let map: TasteMap
  /// The catalog (for names and genres).
  let catalog: Catalog
  /// The personas (for names and colours).
  let personas: [PersonaView]

  /// The figure's width and height in SVG units.
  static let width = 600.0, height = 420.0
  private static let margin = 28.0

  /// The SVG.
  var svg: HTML {
    let w = Self.width, h = Self.height, m = Self.margin
    let xs = map.titles.map(\.x) + map.personas.map(\.x)
    let ys = map.titles.map(\.y) + map.personas.map(\.y)
    let (minX, maxX) = (xs.min() ?? -1, xs.max() ?? 1)
    let (minY, maxY) = (ys.min() ?? -1, ys.max() ?? 1)
    // One scale for both axes, so distances mean the same in every direction.
    let scale = min((w - 2 * m) / max(maxX - minX, 1e-9), (h - 2 * m) / max(maxY - minY, 1e-9))
    let offsetX = (w - (maxX - minX) * scale) / 2, offsetY = (h - (maxY - minY) * scale) / 2
    func px(_ x: Double) -> Double { offsetX + (x - minX) * scale }
    func py(_ y: Double) -> Double { h - offsetY - (y - minY) * scale }

    var parts: [HTML] = [SVG.rect(x: 0, y: 0, width: w, height: h, fill: "#fbfcfd", radius: 6)]
    parts.append(SVG.line(x1: px(0), y1: 8, x2: px(0), y2: h - 8, stroke: Palette.rule, dash: "4 4"))
    parts.append(SVG.line(x1: 8, y1: py(0), x2: w - 8, y2: py(0), stroke: Palette.rule, dash: "4 4"))
    let explained = map.components.explained
    parts.append(SVG.text(
      "1st component → \(NumberText.percent(explained.first ?? 0)) of variance", x: w - 10, y: h - 10, size: 11,
      anchor: "end", fill: Palette.muted))
    parts.append(SVG.text(
      "2nd component ↑ \(NumberText.percent(explained.count > 1 ? explained[1] : 0))", x: 10, y: 18, size: 11,
      fill: Palette.muted))
    for point in map.titles {
      let title = catalog.titles[point.index]
      let tone = title.genres.first.map(ArtworkTone.init(cueing:)) ?? .neutral
      parts.append(SVG.circle(x: px(point.x), y: py(point.y), radius: 2.6, fill: Palette.colour(of: tone), opacity: 0.6))
    }
    for index in map.labelled {
      guard let point = map.titles.first(where: { $0.index == index }) else { continue }
      let x = px(point.x), y = py(point.y)
      let anchor = x > w * 0.7 ? "end" : "start"
      parts.append(SVG.circle(x: x, y: y, radius: 4, fill: "none", stroke: Palette.ink, strokeWidth: 1.2))
      parts.append(SVG.text(
        Self.shortened(catalog.titles[index].name, 24), x: x + (anchor == "end" ? -7 : 7), y: y + 4, size: 12,
        anchor: anchor, fill: Palette.ink, halo: true))
    }
    for point in map.personas {
      let persona = personas[point.persona]
      let x = px(point.x), y = py(point.y)
      let r = 9.0
      parts.append(SVG.group(tooltip: "\(persona.name): taste vector projected", [
        SVG.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill: persona.colour, stroke: "#ffffff",
                    strokeWidth: 2),
        SVG.text(persona.name, x: x + (x > w * 0.7 ? -13 : 13), y: y + 5, size: 16,
                 anchor: x > w * 0.7 ? "end" : "start", fill: persona.colour, weight: "700", halo: true),
      ]))
    }
    return SVG.canvas(width: w, height: h, label: "Map of titles and personas in taste space", parts)
  }

  /// `text` cut to `limit` characters with an ellipsis.
  static func shortened(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
