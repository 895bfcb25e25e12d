import Catalog
import Foundation

/// An artwork variant drawn from its tags as a small poster: the tone's
/// palette and motif, a silhouette when the image shows a face, the
/// featured cast member's name on top, the genre it cues in a badge, and
/// the title at the bottom. Two variants of one title look as different as
/// their tags are.
struct PosterCard: Sendable {
  /// The title.
  let title: Title
  /// The variant drawn.
  let variant: ArtworkVariant

  /// The card's size in SVG units.
  static let width = 150.0, height = 220.0

  /// The SVG.
  var svg: HTML {
    let w = Self.width, h = Self.height
    let colours = Palette.poster(variant.tone)
    var parts: [HTML] = [
      SVG.rect(x: 0, y: 0, width: w, height: h, fill: colours.background, radius: 8),
      SVG.polygon([(0, h * 0.62), (w, h * 0.5), (w, h - 8), (w - 8, h), (8, h), (0, h - 8)], fill: colours.band),
    ]
    parts += motif(colours.accent, text: colours.text)
    if variant.showsFace {
      // Head and shoulders.
      parts.append(SVG.circle(x: w / 2, y: h * 0.42, radius: 22, fill: colours.text, opacity: 0.88))
      parts.append(Self.path(
        "M \(n(w / 2 - 42)) \(n(h * 0.72)) Q \(n(w / 2)) \(n(h * 0.47)) \(n(w / 2 + 42)) \(n(h * 0.72)) Z",
        fill: colours.text, opacity: 0.88))
    }
    if let genre = variant.genreCue {
      let label = TasteMapFigure.shortened(genre.name.uppercased(), 12)
      let badgeWidth = Double(label.count) * 8.4 + 12
      parts.append(SVG.rect(x: 8, y: 8, width: badgeWidth, height: 17, fill: colours.accent, radius: 3))
      parts.append(SVG.text(label, x: 14, y: 21, size: 11, fill: Self.contrast(colours.accent), weight: "700"))
    }
    if let cast = variant.featuredCast {
      parts.append(SVG.text(TasteMapFigure.shortened(cast.uppercased(), 18), x: w / 2, y: variant.genreCue == nil ? 22 : 44,
                            size: 11, anchor: "middle", fill: colours.text, weight: "700"))
    }
    let lines = Self.wrap(title.name, width: 14, lines: 2)
    for (i, line) in lines.enumerated() {
      parts.append(SVG.text(line, x: w / 2, y: h - 30 + Double(i) * 17 - Double(lines.count - 1) * 17 + 8, size: 15,
                            anchor: "middle", fill: colours.text, weight: "800"))
    }
    parts.append(SVG.rect(x: 0.5, y: 0.5, width: w - 1, height: h - 1, fill: "none", radius: 8, stroke: "#00000033"))
    let words = [
      variant.tone.rawValue + " artwork", variant.featuredCast.map { "featuring " + $0 },
      variant.genreCue.map { "cueing " + $0.name }, variant.showsFace ? "a face" : nil,
    ].compactMap { $0 }
    return SVG.canvas(width: w, height: h, label: "\(title.name): \(words.joined(separator: ", "))", smallestText: 11,
                      parts)
  }

  /// Shapes that carry the tone.
  private func motif(_ accent: String, text: String) -> [HTML] {
    let w = Self.width, h = Self.height
    switch variant.tone {
    case .dark:
      return [
        SVG.circle(x: w * 0.78, y: h * 0.2, radius: 16, fill: "#e8e4d8", opacity: 0.9),
        SVG.polygon([(0, h * 0.78), (14, h * 0.6), (24, h * 0.74), (40, h * 0.52), (56, h * 0.76), (0, h * 0.9)],
                    fill: "#000000"),
        SVG.polygon([(w, h * 0.8), (w - 18, h * 0.58), (w - 30, h * 0.72), (w - 44, h * 0.56), (w - 60, h * 0.8)],
                    fill: "#000000"),
        SVG.rect(x: 0, y: h * 0.86, width: w, height: 3, fill: accent),
      ]
    case .suspenseful:
      return (0..<4).map { i in
        let x = Double(i) * 44 - 20
        return SVG.polygon([(x, 0), (x + 22, 0), (x + 82, h), (x + 60, h)], fill: accent, opacity: 0.22)
      }
    case .romantic:
      return [heart(x: w * 0.3, y: h * 0.2, size: 16, fill: accent), heart(x: w * 0.72, y: h * 0.26, size: 11, fill: accent)]
    case .comic:
      let cx = w * 0.74, cy = h * 0.2
      let points = (0..<16).map { i -> (Double, Double) in
        let angle = Double(i) * .pi / 8
        let r = i % 2 == 0 ? 26.0 : 14.0
        return (cx + r * cos(angle), cy + r * sin(angle))
      }
      return [SVG.polygon(points, fill: accent, opacity: 0.9)]
    case .whimsical:
      let spots: [(Double, Double, Double)] = [(0.15, 0.3, 7), (0.82, 0.16, 9), (0.7, 0.36, 5), (0.25, 0.12, 4),
                                               (0.88, 0.52, 6)]
      return spots.map { SVG.circle(x: w * $0.0, y: h * $0.1, radius: $0.2, fill: accent, opacity: 0.85) }
    case .epic:
      let sun = SVG.circle(x: w / 2, y: h * 0.5, radius: 30, fill: accent, opacity: 0.9)
      let range = SVG.polygon([(0, h * 0.66), (30, h * 0.5), (52, h * 0.6), (78, h * 0.42), (106, h * 0.6),
                               (128, h * 0.5), (w, h * 0.64), (w, h), (0, h)], fill: "#2d1b45", opacity: 0.9)
      return [sun, range]
    case .dramatic:
      return [SVG.circle(x: w / 2, y: h * 0.42, radius: 54, fill: accent, opacity: 0.35)]
    case .neutral:
      return stride(from: 20.0, to: w, by: 20).map {
        SVG.line(x1: $0, y1: 0, x2: $0, y2: h, stroke: accent, width: 0.5)
      }
    }
  }

  /// A heart centred at (x, y).
  private func heart(x: Double, y: Double, size s: Double, fill: String) -> HTML {
    Self.path(
      "M \(n(x)) \(n(y + s)) C \(n(x - 2 * s)) \(n(y - 0.2 * s)) \(n(x - s)) \(n(y - 1.4 * s)) \(n(x)) \(n(y - 0.5 * s))"
        + " C \(n(x + s)) \(n(y - 1.4 * s)) \(n(x + 2 * s)) \(n(y - 0.2 * s)) \(n(x)) \(n(y + s)) Z",
      fill: fill, opacity: 0.9)
  }

  /// A path element.
  private static func path(_ d: String, fill: String, opacity: Double) -> HTML {
    HTML.void("path", attributes: [("d", d), ("fill", fill), ("fill-opacity", NumberText.fixed(opacity, 2))])
  }

  /// Black or white, whichever reads on a background colour (`#rrggbb`).
  static func contrast(_ colour: String) -> String {
    let hex = colour.dropFirst()
    guard hex.count >= 6, let value = Int(hex.prefix(6), radix: 16) else { return "#000000" }
    let r = Double((value >> 16) & 0xFF), g = Double((value >> 8) & 0xFF), b = Double(value & 0xFF)
    return (0.299 * r + 0.587 * g + 0.114 * b) > 150 ? "#000000" : "#ffffff"
  }

  /// Words broken into lines of at most `width` characters; the last line
  /// ends in an ellipsis when the text does not fit.
  static func wrap(_ text: String, width: Int, lines limit: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var truncated = false
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if candidate.count <= width || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
      if lines.count == limit { truncated = true; break }
    }
    if !truncated && !current.isEmpty { lines.append(current) }
    lines = lines.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
    if truncated, var last = lines.popLast() {
      if !last.hasSuffix("…") { last = String(last.prefix(width - 1)) + "…" }
      lines.append(last)
    }
    return Array(lines.prefix(limit))
  }

  private func n(_ value: Double) -> String { SVG.n(value) }
}
