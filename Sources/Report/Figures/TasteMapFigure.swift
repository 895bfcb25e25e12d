import Catalog

/// The taste map drawn: every title a dot coloured by the tone its first
/// genre cues, a handful of titles named, every persona a labelled diamond.
///
/// The frame covers the middle 98% of titles on each axis and every persona
/// (plus a margin);
/// the few titles beyond it are drawn as rings on its edge, so outliers do
/// not squeeze everyone else into a corner. Both axes share one scale.
struct TasteMapFigure: Sendable {
  /// The projection.
  let map: TasteMap
  /// The catalog (for names and genres).
  let catalog: Catalog
  /// The personas (for names and colours).
  let personas: [PersonaView]

  /// The figure's width and height in SVG units.
  static let width = 560.0, height = 500.0
  private static let margin = 16.0

  /// The `q` quantile of sorted values (nearest rank).
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count - 1) * q).rounded())))]
  }

  /// The SVG.
  var svg: HTML {
    let w = Self.width, h = Self.height, m = Self.margin
    let xs = map.titles.map(\.x).sorted(), ys = map.titles.map(\.y).sorted()
    let px0 = map.personas.map(\.x), py0 = map.personas.map(\.y)
    var minX = ([Self.quantile(xs, 0.01), 0] + px0).min() ?? 0, maxX = ([Self.quantile(xs, 0.99), 0] + px0).max() ?? 0
    var minY = ([Self.quantile(ys, 0.01), 0] + py0).min() ?? 0, maxY = ([Self.quantile(ys, 0.99), 0] + py0).max() ?? 0
    let padX = max((maxX - minX) * 0.08, 1e-6), padY = max((maxY - minY) * 0.08, 1e-6)
    minX -= padX; maxX += padX; minY -= padY; maxY += padY
    // One scale for both axes, so distances mean the same in every direction.
    let scale = min((w - 2 * m) / (maxX - minX), (h - 2 * m) / (maxY - minY))
    let offsetX = (w - (maxX - minX) * scale) / 2, offsetY = (h - (maxY - minY) * scale) / 2
    let left = offsetX, right = w - offsetX, top = offsetY, bottom = h - offsetY
    func px(_ x: Double) -> Double { offsetX + (x - minX) * scale }
    func py(_ y: Double) -> Double { h - offsetY - (y - minY) * scale }
    func clamp(_ x: Double, _ y: Double) -> (x: Double, y: Double, inside: Bool) {
      let cx = min(max(px(x), left + 3), right - 3), cy = min(max(py(y), top + 3), bottom - 3)
      return (cx, cy, cx == px(x) && cy == py(y))
    }

    var parts: [HTML] = [SVG.rect(x: left, y: top, width: right - left, height: bottom - top, fill: "#fbfcfd",
                                  radius: 6, stroke: Palette.rule)]
    let centreX = px(0), centreY = py(0)
    parts.append(SVG.line(x1: centreX, y1: top, x2: centreX, y2: bottom, stroke: Palette.rule, dash: "4 4"))
    parts.append(SVG.line(x1: left, y1: centreY, x2: right, y2: centreY, stroke: Palette.rule, dash: "4 4"))
    let explained = map.components.explained
    parts.append(SVG.text(
      "1st component → \(NumberText.percent(explained.first ?? 0)) of variance", x: right - 8, y: bottom - 8,
      size: 12, anchor: "end", fill: Palette.muted, halo: true))
    parts.append(SVG.text(
      "2nd ↑ \(NumberText.percent(explained.count > 1 ? explained[1] : 0))", x: left + 8, y: top + 16, size: 12,
      fill: Palette.muted, halo: true))
    for point in map.titles {
      let title = catalog.titles[point.index]
      let tone = title.genres.first.map(ArtworkTone.init(cueing:)) ?? .neutral
      let (x, y, inside) = clamp(point.x, point.y)
      parts.append(inside
        ? SVG.circle(x: x, y: y, radius: 3, fill: Palette.colour(of: tone), opacity: 0.65)
        : SVG.circle(x: x, y: y, radius: 3, fill: "none", stroke: Palette.colour(of: tone), strokeWidth: 1.5))
    }
    // Labels are placed greedily, personas first: beside, then above or
    // below the mark, wherever they overlap no label placed before.
    var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = [
      (right - 230, bottom - 22, right, bottom), (left, top, left + 80, top + 22),
    ]
    func place(_ text: String, x: Double, y: Double, size: Double, gap: Double) -> (x: Double, y: Double, anchor: String)? {
      let width = Double(text.count) * size * 0.58, height = size
      let options: [(Double, Double, String)] = [
        (x + gap, y + size * 0.35, "start"), (x - gap, y + size * 0.35, "end"),
        (x, y - gap - 2, "middle"), (x, y + gap + size, "middle"),
      ]
      for (tx, ty, anchor) in options {
        let x0 = anchor == "start" ? tx : anchor == "end" ? tx - width : tx - width / 2
        let box = (x0: x0, y0: ty - height, x1: x0 + width, y1: ty + 2)
        guard box.x0 >= 2, box.x1 <= w - 2, box.y0 >= 2, box.y1 <= h - 2 else { continue }
        if taken.contains(where: { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }) { continue }
        taken.append(box)
        return (tx, ty, anchor)
      }
      return nil
    }
    for index in map.labelled {
      guard let point = map.titles.first(where: { $0.index == index }) else { continue }
      let (x, y, _) = clamp(point.x, point.y)
      taken.append((x - 5, y - 5, x + 5, y + 5))
    }
    var labels: [HTML] = []
    for point in map.personas {
      let persona = personas[point.persona]
      let (x, y, _) = clamp(point.x, point.y)
      let r = 10.0
      var group = [SVG.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill: persona.colour,
                               stroke: "#ffffff", strokeWidth: 2)]
      taken.append((x - r, y - r, x + r, y + r))
      if let spot = place(persona.name, x: x, y: y, size: 20, gap: 14) {
        group.append(SVG.text(persona.name, x: spot.x, y: spot.y, size: 20, anchor: spot.anchor, fill: persona.colour,
                              weight: "700", halo: true))
      }
      labels.append(SVG.group(tooltip: "\(persona.name): taste vector projected onto the same plane", group))
    }
    for index in map.labelled {
      guard let point = map.titles.first(where: { $0.index == index }) else { continue }
      let (x, y, _) = clamp(point.x, point.y)
      parts.append(SVG.circle(x: x, y: y, radius: 4.5, fill: "none", stroke: Palette.ink, strokeWidth: 1.5))
      let name = Self.shortened(catalog.titles[index].name, 20)
      if let spot = place(name, x: x, y: y, size: 15, gap: 8) {
        parts.append(SVG.text(name, x: spot.x, y: spot.y, size: 15, anchor: spot.anchor, fill: Palette.ink, halo: true))
      }
    }
    parts += labels
    return SVG.canvas(width: w, height: h, label: "Map of titles and personas in taste space", parts)
  }

  /// `text` cut to `limit` characters with an ellipsis.
  static func shortened(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
