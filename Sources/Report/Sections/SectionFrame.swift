/// The frame every section of the report shares: an anchor, a heading, a
/// one-line lede in plain language, the plain reading of what it shows
/// (computed from the run), and the content.
enum SectionFrame {
  /// A `<section>` with `id`, heading `title`, lede `lede`, an optional
  /// one-line plain reading, and `content`.
  static func section(id: String, title: String, lede: String, reading: String? = nil, _ content: [HTML]) -> HTML {
    var head = [
      HTML.element("h2", attributes: [("id", id + "-heading")], [HTML(text: title)]),
      HTML.element("p", ["class": "lede"], HTML(text: lede)),
    ]
    if let reading, !reading.isEmpty { head.append(Self.reading(reading)) }
    return HTML.element("section", attributes: [("id", id), ("aria-labelledby", id + "-heading")], head + content)
  }

  /// A plain reading of a figure: one sentence, first, in words.
  static func reading(_ text: String) -> HTML {
    HTML.element("p", ["class": "reading"], HTML(text: text))
  }

  /// A figure with a caption; `wide` figures may fill the column, others
  /// stop at a comfortable width on large screens; `side` figures put their
  /// legend and caption beside the drawing on a wide screen.
  static func figure(
    _ svg: HTML, caption: String, legend: HTML = .empty, wide: Bool = true, side: Bool = false, more: HTML = .empty
  ) -> HTML {
    guard side else {
      return HTML.element("figure", ["class": wide ? "wide" : "narrow"], svg, legend,
                          HTML.element("figcaption", [:], HTML(text: caption)))
    }
    return HTML.element("figure", ["class": "side"], svg,
                        HTML.element("figcaption", [:], legend, HTML.element("p", [:], HTML(text: caption)), more))
  }

  /// Content folded away under a one-line summary (`<details>`), open on
  /// a click without any script.
  static func folded(_ summary: String, _ content: [HTML]) -> HTML {
    HTML.element("details", [:], [HTML.element("summary", [:], HTML(text: summary))] + content)
  }

  /// A legend of coloured swatches (square, round, or a diamond); an item
  /// without a colour is text only.
  static func legend(_ items: [(colour: String?, label: String)], round: Bool = false, diamond: Bool = false) -> HTML {
    let shape = diamond ? "swatch diamond" : round ? "swatch round" : "swatch"
    return HTML.element("ul", ["class": "legend"], items.map { item in
      HTML.element("li", [:],
        item.colour.map { HTML.element("span", ["class": shape, "style": "background:\($0)"]) } ?? .empty,
        HTML(text: diamond && item.label.hasPrefix("◆ ") ? String(item.label.dropFirst(2)) : item.label))
    })
  }

  /// A confidence as a small bar and a percentage.
  static func meter(_ confidence: Double) -> HTML {
    let width = NumberText.fixed(min(max(confidence, 0), 1) * 100, 0)
    return HTML.element("span", ["class": "sure"],
      HTML.element("span", ["class": "meter", "aria-hidden": "true"], HTML.element("i", ["style": "width:\(width)%"])),
      HTML(text: NumberText.percent(confidence) + " sure"))
  }
}
