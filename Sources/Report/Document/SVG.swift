/// Drawing primitives for the report's inline SVG figures. Coordinates are
/// in the figure's own units (its `viewBox`); the figure scales to the width
/// of the page.
enum SVG {
  /// The smallest text, in CSS pixels, a figure may render at: below it a
  /// figure stops shrinking and scrolls sideways inside its card.
  static let smallestReadable = 11.0

  /// How much larger than its own units a figure may grow on a wide
  /// screen (a projector).
  static let largestScale = 1.3

  /// A figure: `width`×`height` units, scaled to fit its card between
  /// the width at which its smallest text (`smallestText` units) renders at
  /// ``smallestReadable`` px and ``largestScale`` times its own size;
  /// narrower than that, it scrolls sideways inside its card. Described for
  /// screen readers by `label`.
  static func canvas(width: Double, height: Double, label: String, smallestText: Double, _ content: [HTML]) -> HTML {
    let least = (width * smallestReadable / max(smallestText, 1)).rounded(.up)
    let most = (width * largestScale).rounded()
    let svg = HTML.element(
      "svg",
      attributes: [
        ("viewBox", "0 0 \(n(width)) \(n(height))"), ("role", "img"), ("aria-label", label),
        ("preserveAspectRatio", "xMidYMid meet"), ("style", "min-width:\(n(least))px;max-width:\(n(max(most, least)))px"),
      ], content)
    return HTML.element("div", ["class": "scroll chart"], svg)
  }

  /// Text at (x, y) (the baseline), escaped.
  static func text(
    _ string: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
    fill: String = Palette.ink, weight: String? = nil, halo: Bool = false
  ) -> HTML {
    var attributes = [
      ("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("fill", fill),
    ]
    if anchor != "start" { attributes.append(("text-anchor", anchor)) }
    if let weight { attributes.append(("font-weight", weight)) }
    if halo {
      attributes += [("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"), ("stroke-linejoin", "round")]
    }
    return HTML.element("text", attributes: attributes, [HTML(text: string)])
  }

  /// A rectangle.
  static func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, radius: Double = 0,
    opacity: Double? = nil, stroke: String? = nil
  ) -> HTML {
    var attributes = [("x", n(x)), ("y", n(y)), ("width", n(max(width, 0))), ("height", n(max(height, 0)))]
    if radius > 0 { attributes.append(("rx", n(radius))) }
    attributes.append(("fill", fill))
    if let opacity { attributes.append(("fill-opacity", NumberText.fixed(opacity, 2))) }
    if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
    return HTML.void("rect", attributes: attributes)
  }

  /// A straight line.
  static func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
  ) -> HTML {
    var attributes = [
      ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke), ("stroke-width", n(width)),
    ]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    return HTML.void("line", attributes: attributes)
  }

  /// A circle.
  static func circle(
    x: Double, y: Double, radius: Double, fill: String, opacity: Double? = nil, stroke: String? = nil,
    strokeWidth: Double = 1
  ) -> HTML {
    var attributes = [("cx", n(x)), ("cy", n(y)), ("r", n(radius)), ("fill", fill)]
    if let opacity { attributes.append(("fill-opacity", NumberText.fixed(opacity, 2))) }
    if let stroke { attributes += [("stroke", stroke), ("stroke-width", n(strokeWidth))] }
    return HTML.void("circle", attributes: attributes)
  }

  /// A closed polygon through points.
  static func polygon(_ points: [(Double, Double)], fill: String, opacity: Double? = nil, stroke: String? = nil,
                      strokeWidth: Double = 1) -> HTML {
    var attributes = [("points", points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")), ("fill", fill)]
    if let opacity { attributes.append(("fill-opacity", NumberText.fixed(opacity, 2))) }
    if let stroke { attributes += [("stroke", stroke), ("stroke-width", n(strokeWidth)), ("stroke-linejoin", "round")] }
    return HTML.void("polygon", attributes: attributes)
  }

  /// An open line through points (unfilled).
  static func polyline(
    _ points: [(Double, Double)], stroke: String, width: Double = 1, dash: String? = nil
  ) -> HTML {
    var attributes = [
      ("points", points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")), ("fill", "none"),
      ("stroke", stroke), ("stroke-width", n(width)), ("stroke-linejoin", "round"),
    ]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    return HTML.void("polyline", attributes: attributes)
  }

  /// A group with a tooltip (`<title>`, shown on hover).
  static func group(tooltip: String? = nil, _ content: [HTML]) -> HTML {
    HTML.element("g", attributes: [], (tooltip.map { [HTML.element("title", [:], HTML(text: $0))] } ?? []) + content)
  }

  /// A coordinate as text.
  static func n(_ value: Double) -> String { NumberText.coordinate(value) }
}
