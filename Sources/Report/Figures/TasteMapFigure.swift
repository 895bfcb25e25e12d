import Catalog

/// The taste map drawn: every title a light dot coloured by its main genre,
/// each persona (one per profile) a dark labelled diamond with its nearest
/// titles named, and the genres at each end of each axis written at that
/// end.
///
/// The frame covers the middle 98% of titles on each axis and every persona
/// (plus a margin); the few titles beyond it are drawn as rings on its
/// edge, so outliers do not squeeze everyone else into a corner. Both axes
/// share one scale. Every label stays inside the frame; a title's name
/// longer than fits is cut with an ellipsis and given in full as a tooltip.
struct TasteMapFigure: Sendable {
  /// The projection (its tastes are the groups', in order).
  let map: TasteMap
  /// The catalog (for names and genres).
  let catalog: Catalog
  /// The personas, one group per profile.
  let groups: [ProfileGroup]

  /// The figure's width and height in SVG units, and its smallest text.
  static let width = 360.0, height = 372.0, smallestText = 12.0
  /// Titles named beside each persona's diamond.
  static let namedPerPersona = 2

  /// The `q` quantile of sorted values (nearest rank).
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count - 1) * q).rounded())))]
  }

  /// A title's main genre: the first it lists (the generated catalog draws
  /// it first and names the title after it).
  static func mainGenre(_ title: Title) -> Genre? { title.genres.first { $0 != .noGenresListed } }

  /// The named genres of the map with their colours: the eight commonest
  /// main genres among the placed titles (ties by name); any other main
  /// genre is drawn in ``Palette/otherGenre``.
  static func genreColours(_ map: TasteMap, catalog: Catalog) -> [(genre: Genre, colour: String)] {
    var counts: [Genre: Int] = [:]
    for point in map.titles {
      if let genre = mainGenre(catalog.titles[point.index]) { counts[genre, default: 0] += 1 }
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    return ranked.prefix(Palette.genres.count).enumerated().map { ($1.key, Palette.genres[$0]) }
  }

  /// Whether any placed title's main genre is outside the named ones.
  static func hasOther(_ map: TasteMap, catalog: Catalog, named: [(genre: Genre, colour: String)]) -> Bool {
    let names = Set(named.map(\.genre))
    return map.titles.contains { point in mainGenre(catalog.titles[point.index]).map { !names.contains($0) } ?? true }
  }

  /// The approximate width of `text` at `size` (DejaVu Sans, the widest of
  /// the fonts the stylesheet names, averages about 0.6 em a character).
  static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.count) * size * (bold ? 0.66 : 0.6)
  }

  /// The SVG.
  var svg: HTML {
    let w = Self.width, h = Self.height
    // The frame, and inside it the area points may take (clear of the
    // axis labels along its top and bottom edges).
    let frame = (x0: 4.0, y0: 4.0, x1: w - 4, y1: h - 26)
    let area = (x0: frame.x0 + 10, y0: frame.y0 + 24, x1: frame.x1 - 10, y1: frame.y1 - 24)
    let xs = map.titles.map(\.x).sorted(), ys = map.titles.map(\.y).sorted()
    let px0 = map.personas.map(\.x), py0 = map.personas.map(\.y)
    let minX = ([Self.quantile(xs, 0.01)] + px0).min() ?? 0, maxX = ([Self.quantile(xs, 0.99)] + px0).max() ?? 0
    let minY = ([Self.quantile(ys, 0.01)] + py0).min() ?? 0, maxY = ([Self.quantile(ys, 0.99)] + py0).max() ?? 0
    // One scale for both axes, so distances mean the same in every direction.
    let scale = min((area.x1 - area.x0) / max(maxX - minX, 1e-9), (area.y1 - area.y0) / max(maxY - minY, 1e-9))
    let offsetX = area.x0 + ((area.x1 - area.x0) - (maxX - minX) * scale) / 2
    let offsetY = area.y0 + ((area.y1 - area.y0) - (maxY - minY) * scale) / 2
    func px(_ x: Double) -> Double { offsetX + (x - minX) * scale }
    func py(_ y: Double) -> Double { offsetY + (maxY - y) * scale }
    func clamp(_ x: Double, _ y: Double) -> (x: Double, y: Double, inside: Bool) {
      let cx = min(max(px(x), frame.x0 + 4), frame.x1 - 4), cy = min(max(py(y), frame.y0 + 4), frame.y1 - 4)
      return (cx, cy, cx == px(x) && cy == py(y))
    }

    var parts: [HTML] = [SVG.rect(x: frame.x0, y: frame.y0, width: frame.x1 - frame.x0, height: frame.y1 - frame.y0,
                                  fill: "#fbfcfd", radius: 6, stroke: Palette.rule)]
    let colours = Self.genreColours(map, catalog: catalog)
    let colourOf = Dictionary(colours.map { ($0.genre, $0.colour) }, uniquingKeysWith: { a, _ in a })
    for point in map.titles {
      let title = catalog.titles[point.index]
      let colour = Self.mainGenre(title).flatMap { colourOf[$0] } ?? Palette.otherGenre
      let (x, y, inside) = clamp(point.x, point.y)
      parts.append(inside
        ? SVG.circle(x: x, y: y, radius: 3, fill: colour, stroke: "#9aa3ad", strokeWidth: 0.5)
        : SVG.circle(x: x, y: y, radius: 3, fill: "none", stroke: colour, strokeWidth: 1.5))
    }

    // The genres at each end of each axis, written at that end.
    let ends = map.axisEnds(catalog: catalog)
    let size = Self.smallestText
    func names(_ genres: [Genre]) -> String { genres.map(\.name).joined(separator: ", ") }
    var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
    func axisLabel(_ text: String, x: Double, y: Double, anchor: String) {
      guard !text.isEmpty else { return }
      let limit = Int(((w - 16) / 2) / (size * 0.6))
      let shown = Self.shortened(text, limit)
      let width = Self.textWidth(shown, size: size)
      let x0 = anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2
      taken.append((x0, y - size, x0 + width, y + 3))
      parts.append(SVG.group(tooltip: text, [
        SVG.text(shown, x: x, y: y, size: size, anchor: anchor, fill: Palette.muted, weight: "600", halo: true),
      ]))
    }
    if !ends.y.high.isEmpty { axisLabel("↑ " + names(ends.y.high), x: frame.x0 + 8, y: frame.y0 + 17, anchor: "start") }
    if !ends.y.low.isEmpty { axisLabel("↓ " + names(ends.y.low), x: frame.x0 + 8, y: frame.y1 - 8, anchor: "start") }
    if !ends.x.low.isEmpty { axisLabel("← " + names(ends.x.low), x: frame.x0, y: h - 8, anchor: "start") }
    if !ends.x.high.isEmpty { axisLabel(names(ends.x.high) + " →", x: frame.x1, y: h - 8, anchor: "end") }

    // Labels go where they overlap nothing placed before: beside the mark,
    // then above or below it; always inside the frame.
    func place(_ text: String, x: Double, y: Double, size: Double, gap: Double, bold: Bool, force: Bool)
      -> (x: Double, y: Double, anchor: String)?
    {
      let width = Self.textWidth(text, size: size, bold: bold)
      let options: [(Double, Double, String)] = [
        (x + gap, y + size * 0.35, "start"), (x - gap, y + size * 0.35, "end"),
        (x, y - gap - 2, "middle"), (x, y + gap + size, "middle"),
      ]
      func box(_ tx: Double, _ ty: Double, _ anchor: String) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let x0 = anchor == "start" ? tx : anchor == "end" ? tx - width : tx - width / 2
        return (x0, ty - size, x0 + width, ty + 3)
      }
      func fits(_ b: (x0: Double, y0: Double, x1: Double, y1: Double)) -> Bool {
        b.x0 >= frame.x0 + 2 && b.x1 <= frame.x1 - 2 && b.y0 >= frame.y0 + 2 && b.y1 <= frame.y1 - 2
      }
      for (tx, ty, anchor) in options {
        let b = box(tx, ty, anchor)
        guard fits(b), !taken.contains(where: { $0.x0 < b.x1 && b.x0 < $0.x1 && $0.y0 < b.y1 && b.y0 < $0.y1 })
        else { continue }
        taken.append(b)
        return (tx, ty, anchor)
      }
      guard force else { return nil }
      // Nowhere free: above or below the mark, slid back inside the frame.
      let above = y - gap - 2 - size >= frame.y0 + 2
      let ty = above ? y - gap - 2 : y + gap + size
      let half = width / 2
      let tx = min(max(x, frame.x0 + 2 + half), frame.x1 - 2 - half)
      taken.append(box(tx, ty, "middle"))
      return (tx, ty, "middle")
    }

    // Marks first, so labels avoid every diamond and named title.
    let marks = map.personas.map { point -> (x: Double, y: Double) in
      let (x, y, _) = clamp(point.x, point.y)
      return (x, y)
    }
    for mark in marks { taken.append((mark.x - 9, mark.y - 9, mark.x + 9, mark.y + 9)) }
    var named: [(index: Int, group: Int)] = []
    for point in map.personas {
      for index in map.nearest[point.persona].prefix(Self.namedPerPersona)
      where !named.contains(where: { $0.index == index }) {
        named.append((index, point.persona))
      }
    }
    let pointOf = Dictionary(map.titles.map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })
    for item in named {
      guard let point = pointOf[item.index] else { continue }
      let (x, y, _) = clamp(point.x, point.y)
      taken.append((x - 5, y - 5, x + 5, y + 5))
    }
    var labels: [HTML] = []
    for (point, mark) in zip(map.personas, marks) {
      let group = groups[point.persona]
      let colour = group.lead.colour
      let r = 9.0
      var shapes = [SVG.polygon([(mark.x, mark.y - r), (mark.x + r, mark.y), (mark.x, mark.y + r), (mark.x - r, mark.y)],
                                fill: colour, stroke: "#ffffff", strokeWidth: 2)]
      let text = Self.shortened(group.names, 26)
      if let spot = place(text, x: mark.x, y: mark.y, size: 15, gap: 12, bold: true, force: true) {
        shapes.append(SVG.text(text, x: spot.x, y: spot.y, size: 15, anchor: spot.anchor, fill: colour,
                               weight: "700", halo: true))
      }
      labels.append(SVG.group(tooltip: "\(group.title): the profile's taste vector, projected onto the same plane",
                              shapes))
    }
    for item in named {
      guard let point = pointOf[item.index] else { continue }
      let (x, y, _) = clamp(point.x, point.y)
      let title = catalog.titles[item.index]
      let colour = groups[item.group].lead.colour
      var shapes = [SVG.circle(x: x, y: y, radius: 5, fill: "none", stroke: colour, strokeWidth: 2)]
      let name = Self.shortened(title.name, 18)
      if let spot = place(name, x: x, y: y, size: 13, gap: 8, bold: false, force: false) {
        shapes.append(SVG.text(name, x: spot.x, y: spot.y, size: 13, anchor: spot.anchor, fill: Palette.ink, halo: true))
      }
      let genres = title.genres.map(\.name).joined(separator: ", ")
      parts.append(SVG.group(tooltip: "\(title.name) (\(genres)): among the titles nearest \(groups[item.group].names)",
                             shapes))
    }
    parts += labels
    return SVG.canvas(width: w, height: h, label: "Map of titles and personas in taste space",
                      smallestText: Self.smallestText, parts)
  }

  /// `text` cut to `limit` characters with an ellipsis.
  static func shortened(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(max(limit - 1, 1))) + "…"
  }
}
