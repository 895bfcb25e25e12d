/// The frame every section of the report shares: an anchor, a heading, a
/// one-line lede in plain language, and the content.
enum SectionFrame {
  /// A `<section>` with `id`, heading `title`, lede `lede` and `content`.
  static func section(id: String, title: String, lede: String, _ content: [HTML]) -> HTML {
    HTML.element(
      "section", attributes: [("id", id), ("aria-labelledby", id + "-heading")],
      [
        HTML.element("h2", attributes: [("id", id + "-heading")], [HTML(text: title)]),
        HTML.element("p", ["class": "lede"], HTML(text: lede)),
      ] + content)
  }

  /// A figure with a caption; `wide` figures may fill the column, others
  /// stop at a comfortable width on large screens.
  static func figure(_ svg: HTML, caption: String, legend: HTML = .empty, wide: Bool = true) -> HTML {
    HTML.element("figure", ["class": wide ? "wide" : "narrow"], svg, legend,
                 HTML.element("figcaption", [:], HTML(text: caption)))
  }

  /// A legend of coloured swatches; an item without a colour is text only.
  static func legend(_ items: [(colour: String?, label: String)]) -> HTML {
    HTML.element("ul", ["class": "legend"], items.map { item in
      HTML.element("li", [:],
        item.colour.map { HTML.element("span", ["class": "swatch", "style": "background:\($0)"]) } ?? .empty,
        HTML(text: item.label))
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
