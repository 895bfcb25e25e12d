/// One persona's genre affinities as horizontal bars: the share of the
/// profile's positive feedback per genre, with a tick at the mean profile's
/// share, so the genres that set the persona apart stand out.
struct GenreBarsFigure: Sendable {
  /// The persona (the lead of a profile group).
  let persona: PersonaView
  /// What the figure calls the profile (its personas' names).
  var title: String? = nil
  /// Genres drawn, at most.
  var limit = 8

  /// The SVG.
  var svg: HTML {
    let rows = Array(persona.genres.prefix(limit))
    let w = 360.0, rowHeight = 26.0, top = 8.0, labelWidth = 98.0, right = 42.0
    let h = top + Double(max(rows.count, 1)) * rowHeight + 22
    let largest = max(rows.map { max($0.share, $0.mean) }.max() ?? 0, 0.05)
    let barWidth = w - labelWidth - right
    var parts: [HTML] = []
    if rows.isEmpty {
      parts.append(SVG.text("No positive feedback yet.", x: 8, y: 24, size: 13, fill: Palette.muted))
    }
    for (row, item) in rows.enumerated() {
      let y = top + Double(row) * rowHeight
      let length = barWidth * item.share / largest
      parts.append(SVG.text(TasteMapFigure.shortened(item.genre.name, 12), x: labelWidth - 8, y: y + 16, size: 13,
                            anchor: "end"))
      parts.append(SVG.rect(x: labelWidth, y: y + 4, width: barWidth, height: 16, fill: "#eef1f4", radius: 3))
      parts.append(SVG.group(tooltip: "\(item.genre.name): \(NumberText.percent(item.share)) of positive feedback; "
                               + "mean profile \(NumberText.percent(item.mean))", [
        SVG.rect(x: labelWidth, y: y + 4, width: length, height: 16, fill: persona.colour, radius: 3),
      ]))
      let tick = labelWidth + barWidth * item.mean / largest
      parts.append(SVG.line(x1: tick, y1: y + 1, x2: tick, y2: y + 23, stroke: Palette.ink, width: 2))
      parts.append(SVG.text(NumberText.percent(item.share), x: labelWidth + barWidth + 6, y: y + 16, size: 12,
                            fill: Palette.muted))
    }
    let legendY = h - 6
    parts.append(SVG.line(x1: labelWidth, y1: legendY - 10, x2: labelWidth, y2: legendY + 1, stroke: Palette.ink,
                          width: 2))
    parts.append(SVG.text("= the average profile's share", x: labelWidth + 6, y: legendY, size: 12, fill: Palette.muted))
    return SVG.canvas(width: w, height: h, label: "\(title ?? persona.name)'s genre affinities", smallestText: 12, parts)
  }
}
