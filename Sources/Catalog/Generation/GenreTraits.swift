import Support

/// Rules of thumb tying a title's genres to its running time and age
/// rating. MovieLens has neither, so these are typical values for feature
/// films chosen by hand (documented in Docs/Catalog.md), not measurements.
enum GenreTraits {
  /// Typical running time in minutes for a genre.
  static func typicalRuntime(_ genre: Genre) -> Double {
    switch genre {
    case .animation: return 88
    case .children: return 92
    case .horror, .filmNoir, .documentary: return 96
    case .comedy: return 100
    case .mystery, .thriller, .romance, .musical: return 108
    case .western, .fantasy, .sciFi, .crime, .action: return 114
    case .drama, .adventure: return 116
    case .war: return 126
    default: return 105
    }
  }

  /// A running time for a title: the mean of its genres' typical times,
  /// spread by a normal draw with a 12-minute standard deviation, between
  /// 60 and 210 minutes.
  static func runtime(genres: [Genre], using generator: inout SeededGenerator) -> Int {
    let genres = genres.filter { $0 != .noGenresListed && $0 != .imax }
    let base =
      genres.isEmpty
      ? 105 : genres.map(typicalRuntime).reduce(0, +) / Double(genres.count)
    let drawn = base + 12 * generator.nextGaussian()
    return Int(min(210, max(60, drawn)).rounded())
  }

  /// How strong the content of a genre tends to be, 0 (family) to 4
  /// (horror).
  private static func intensity(_ genre: Genre) -> Int {
    switch genre {
    case .children, .animation: return 0
    case .documentary, .musical: return 1
    case .horror: return 4
    case .thriller, .crime, .war, .filmNoir: return 3
    default: return 2
    }
  }

  /// An age rating drawn from a distribution set by the title's genres:
  /// family titles (children's or animation without horror) are `G` or
  /// `PG`; otherwise the most intense genre decides.
  static func maturityRating(
    genres: [Genre], using generator: inout SeededGenerator
  ) -> MaturityRating {
    let genres = genres.filter { $0 != .noGenresListed && $0 != .imax }
    if genres.isEmpty { return .unrated }
    let isFamily =
      genres.contains { intensity($0) == 0 } && !genres.contains(.horror)
    let level = isFamily ? 0 : genres.map(intensity).max() ?? 2
    let weights: [(MaturityRating, Double)]
    switch level {
    case 0: weights = [(.g, 0.55), (.pg, 0.45)]
    case 1: weights = [(.g, 0.2), (.pg, 0.4), (.pg13, 0.3), (.r, 0.1)]
    case 2: weights = [(.pg, 0.2), (.pg13, 0.45), (.r, 0.35)]
    case 3: weights = [(.pg13, 0.35), (.r, 0.6), (.nc17, 0.05)]
    default: weights = [(.pg13, 0.2), (.r, 0.75), (.nc17, 0.05)]
    }
    return weights[WeightedChoice.index(weights.map(\.1), using: &generator)].0
  }
}
