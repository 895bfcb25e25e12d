import Catalog

/// The map of titles and personas in taste space.
struct TasteMapSection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
    guard !run.titleFactors.isEmpty else {
      return SectionFrame.section(
        id: "taste-map", title: "Taste map", lede: "The platform never trained a model in this run, so there is no map.",
        [])
    }
    let map = TasteMap(titleFactors: run.titleFactors, tastes: run.personas.map(\.taste))
    let tones = ArtworkTone.allCases.filter { tone in
      run.catalog.titles.contains { ($0.genres.first.map(ArtworkTone.init(cueing:)) ?? .neutral) == tone }
    }
    let legend = SectionFrame.legend(tones.map { tone in
      (Palette.colour(of: tone), Self.toneGenres(tone))
    } + run.personas.map { ($0.colour, "◆ " + $0.name) })
    let factors = run.titleFactors.first?.count ?? 0
    let unplaced = map.unplaced > 0
      ? " The \(map.unplaced) titles nobody watched have no factors yet and are left out." : ""
    return SectionFrame.section(
      id: "taste-map", title: "Taste map",
      lede: "The model describes every title and every profile by \(factors) numbers. Squashed onto the two "
        + "directions in which titles differ most, titles watched by the same people sit together, and each "
        + "persona lands among the titles the platform will push to them.",
      [SectionFrame.figure(map.svgFigure(catalog: run.catalog, personas: run.personas),
        caption: "The first two principal components of the directions of the \(map.titles.count) title factor "
          + "vectors (dots, coloured by first genre; rings on the edge lie beyond the frame), with each persona's "
          + "taste vector projected onto the same plane (diamonds). Labelled: each persona's highest-scoring "
          + "title and the titles at the ends of each axis." + unplaced, legend: legend, wide: false)])
  }

  /// The genres whose titles get a tone's colour, for the legend.
  static func toneGenres(_ tone: ArtworkTone) -> String {
    switch tone {
    case .dark: return "horror, noir"
    case .suspenseful: return "thriller, crime, mystery"
    case .romantic: return "romance"
    case .comic: return "comedy"
    case .whimsical: return "children, animation, fantasy"
    case .epic: return "action, adventure, sci-fi"
    case .dramatic: return "drama"
    case .neutral: return "documentary, other"
    }
  }
}

extension TasteMap {
  /// The map drawn.
  func svgFigure(catalog: Catalog, personas: [PersonaView]) -> HTML {
    TasteMapFigure(map: self, catalog: catalog, personas: personas).svg
  }
}
