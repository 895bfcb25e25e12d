import Datasets
import Support

/// Generates a synthetic catalog of any size whose genre mix looks like
/// MovieLens: the same share of titles per genre, the same number of genres
/// per title, and the same pairs of genres that go together (comedy with
/// romance, horror with thriller, rarely horror with romance).
///
/// The same configuration always gives the same catalog. Genres follow the
/// constants in ``MovieLensGenreStatistics``; casts come from a pool with
/// power-law popularity (see Docs/Catalog.md); runtimes and age ratings
/// follow the genres; every title has 2–6 artwork variants whose tags match
/// its genres and cast.
public struct CatalogGenerator: Sendable {
  /// The number of titles, ids `1` to `size`.
  public var size: Int
  /// The seed of every random choice.
  public var seed: UInt64
  /// The number of performers to cast from; `nil` means twice the number
  /// of titles (at least 20).
  public var castPoolSize: Int?
  /// The exponent of the cast's popularity law (larger: fewer, bigger
  /// stars).
  public var castPopularityExponent: Double

  /// Creates a generator.
  public init(
    size: Int, seed: UInt64 = 1, castPoolSize: Int? = nil, castPopularityExponent: Double = 1.0
  ) {
    self.size = size
    self.seed = seed
    self.castPoolSize = castPoolSize
    self.castPopularityExponent = castPopularityExponent
  }

  /// Generates the catalog.
  ///
  /// - Complexity: O(size · (genres² + cast · log pool)).
  public func generate() -> Catalog {
    var generator = SeededGenerator(seed: seed)
    let poolSize = max(1, castPoolSize ?? max(20, 2 * size))
    let pool = CastPool(size: poolSize, exponent: castPopularityExponent, using: &generator)
    var titles: [Title] = []
    titles.reserveCapacity(size)
    for number in 0..<max(0, size) {
      titles.append(makeTitle(id: Label(number + 1), pool: pool, using: &generator))
    }
    // Ids are distinct by construction.
    return try! Catalog(titles: titles)
  }

  private func makeTitle(id: Label, pool: CastPool, using generator: inout SeededGenerator) -> Title {
    let genres = Self.drawGenres(using: &generator)
    let castCount =
      genres.contains(.documentary)
      ? Int(generator.next() % 2) : 2 + Int(generator.next() % 4)
    let cast = pool.draw(count: castCount, for: genres, using: &generator)
    let leadTone = ArtworkTone(cueing: genres[0])
    return Title(
      id: id,
      name: TitleNames.name(tone: leadTone, using: &generator),
      year: Self.drawYear(using: &generator),
      genres: genres,
      cast: cast,
      maturityRating: GenreTraits.maturityRating(genres: genres, using: &generator),
      runtimeMinutes: GenreTraits.runtime(genres: genres, using: &generator),
      artwork: ArtworkSynthesizer.variants(
        titleID: id, genres: genres, cast: cast, using: &generator))
  }

  /// Draws a title's genres: the number of genres from MovieLens's
  /// genres-per-title counts; a lone genre from the single-genre counts;
  /// otherwise a first genre by overall frequency and each further genre
  /// with weight equal to the product, over the genres already chosen, of
  /// the share of that genre's titles that also carry the candidate (plus
  /// 0.001, so any combination stays possible).
  static func drawGenres(using generator: inout SeededGenerator) -> [Genre] {
    let stats = MovieLensGenreStatistics.self
    let all = stats.storyGenres
    let count = stats.genresPerTitle[
      WeightedChoice.index(stats.genresPerTitle.map { Double($0.titles) }, using: &generator)
    ].genres
    if count == 1 {
      let index = WeightedChoice.index(stats.singleGenreTitles.map(Double.init), using: &generator)
      return [all[index]]
    }
    let frequencies = all.map { genre in
      Double(stats.titleCounts.first { $0.genre == genre }?.titles ?? 0)
    }
    var chosen = [WeightedChoice.index(frequencies, using: &generator)]
    while chosen.count < min(count, all.count) {
      let weights = all.indices.map { candidate in
        chosen.contains(candidate)
          ? 0
          : chosen.reduce(1.0) { weight, genre in
            weight * (Double(stats.coOccurrence[genre][candidate]) / frequencies[genre] + 0.001)
          }
      }
      chosen.append(WeightedChoice.index(weights, using: &generator))
    }
    return chosen.map { all[$0] }
  }

  /// Draws a release year: a decade by MovieLens's titles per decade, then
  /// a year uniformly within it (2010–2018 for the 2010s).
  static func drawYear(using generator: inout SeededGenerator) -> Int {
    let decades = MovieLensGenreStatistics.titlesPerDecade
    let decade = decades[
      WeightedChoice.index(decades.map { Double($0.titles) }, using: &generator)
    ].decade
    let span = decade == 2010 ? 9 : 10
    return decade + Int(generator.next() % UInt64(span))
  }
}
