import Catalog

/// The map of titles and personas in taste space, with what its axes
/// separate and the titles nearest each persona in words.
struct TasteMapSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "taste-map"

  /// Whether the run trained a model to draw.
  static func isShown(_ run: RunView) -> Bool { !run.titleFactors.isEmpty }

  /// The map of the run (tastes one per profile group).
  var map: TasteMap { TasteMap(titleFactors: run.titleFactors, tastes: run.groups.map(\.lead.taste)) }

  /// The commonest main genres among a group's nearest titles, commonest
  /// first (ties by name), at most `limit`.
  func nearbyGenres(_ nearest: [Int], limit: Int = 2) -> [String] {
    var counts: [Genre: Int] = [:]
    for index in nearest {
      if let genre = TasteMapFigure.mainGenre(run.catalog.titles[index]) { counts[genre, default: 0] += 1 }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map(\.key.name)
  }

  /// The plain reading: where each persona sits, by the main genres of the
  /// titles nearest them.
  func reading(_ map: TasteMap) -> String {
    let placed = map.personas.map { point -> String in
      let genres = nearbyGenres(map.nearest[point.persona])
      let group = run.groups[point.persona]
      return genres.isEmpty ? group.names : "\(group.names) among \(NumberText.list(genres)) titles"
    }
    guard !placed.isEmpty else {
      return "Titles watched by the same people sit together; no persona has a taste vector to place yet."
    }
    return "The platform places " + NumberText.list(placed) + ": those are the titles it will push to them."
  }

  /// The caption's sentence on the axes: the genres at each end of each.
  func axesSentence(_ map: TasteMap) -> String {
    let ends = map.axisEnds(catalog: run.catalog)
    func names(_ genres: [Genre]) -> String { NumberText.list(genres.map(\.name)) }
    var parts: [String] = []
    if !ends.x.low.isEmpty {
      parts.append("left to right, the titles run from \(names(ends.x.low)) to \(names(ends.x.high))")
    }
    if !ends.y.low.isEmpty {
      parts.append("bottom to top, from \(names(ends.y.low)) to \(names(ends.y.high))")
    }
    guard !parts.isEmpty else { return "" }
    let explained = map.components.explained
    let shares = explained.prefix(2).map(NumberText.percent)
    let sentence = parts.joined(separator: "; ")
    return sentence.prefix(1).uppercased() + sentence.dropFirst()
      + " (where each genre's titles sit on average). The two directions hold \(NumberText.list(shares)) of "
      + "how the titles differ, so the map flattens a great deal."
  }

  /// The section, or nothing when the platform never trained a model.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let map = self.map
    let colours = TasteMapFigure.genreColours(map, catalog: run.catalog)
    var items: [(colour: String?, label: String)] = colours.map { ($0.colour, $0.genre.name) }
    if TasteMapFigure.hasOther(map, catalog: run.catalog, named: colours) { items.append((Palette.otherGenre, "other")) }
    let legend = SectionFrame.legend(items, round: true)
      + SectionFrame.legend(map.personas.map { (run.groups[$0.persona].lead.colour, "◆ " + run.groups[$0.persona].names) },
                            diamond: true)
    let nearest = map.personas.map { point -> HTML in
      let group = run.groups[point.persona]
      let titles = map.nearest[point.persona].prefix(3).map { index -> String in
        let title = run.catalog.titles[index]
        return "“\(title.name)” (\(title.genres.prefix(2).map(\.name).joined(separator: ", ")))"
      }
      return HTML.element("li", [:],
        HTML.element("strong", ["style": "color:\(group.lead.colour)"], HTML(text: group.title + ": ")),
        HTML(text: NumberText.list(titles) + "."))
    }
    let factors = run.titleFactors.first?.count ?? 0
    let unplaced = map.unplaced > 0
      ? " \(NumberText.count(map.unplaced, "title")) nobody watched \(NumberText.noun(map.unplaced, "has", "have")) "
        + "no factors yet and \(NumberText.noun(map.unplaced, "is", "are")) left out." : ""
    var side: [HTML] = [legend]
    if !nearest.isEmpty {
      side.append(HTML.element("h3", [:], HTML(text: "Nearest titles")))
      side.append(HTML.element("ul", ["class": "nearest"], nearest))
    }
    // The axes are the teaching point and stay in view; how the map is
    // drawn is folded, so the headline report fits a projector's page.
    let method = "Each dot is one of the \(NumberText.count(map.titles.count, "title")) "
      + "someone watched, coloured by its main (first-listed) genre; rings on the edge lie beyond the frame. "
      + "A diamond is a profile's taste, projected the same way (the first two principal components of the "
      + "directions of the title factor vectors)." + unplaced
    let caption = axesSentence(map)
    return SectionFrame.section(
      id: Self.id, title: "Taste map",
      lede: "The model describes every title and every profile by \(factors) numbers. Squashed onto the two "
        + "directions in which titles differ most, titles watched by the same people sit together.",
      reading: reading(map),
      [SectionFrame.figure(map.svgFigure(catalog: run.catalog, groups: run.groups), caption: caption,
                           legend: side.joined, wide: false, side: true,
                           more: SectionFrame.folded("How the map is drawn", [HTML.element("p", [:], HTML(text: method))]))])
  }
}

extension TasteMap {
  /// The map drawn.
  func svgFigure(catalog: Catalog, groups: [ProfileGroup]) -> HTML {
    TasteMapFigure(map: self, catalog: catalog, groups: groups).svg
  }
}
