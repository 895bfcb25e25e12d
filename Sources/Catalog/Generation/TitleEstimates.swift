import Datasets
import Support

/// Fills in what a source does not say about a title (MovieLens has no
/// cast, runtime, age rating or artwork) with values estimated from its
/// genres, drawn from a generator seeded by the title id so that the same
/// id always gets the same values.
package enum TitleEstimates {
  /// An estimated running time in minutes (see ``GenreTraits``).
  package static func runtime(titleID: Label, genres: [Genre]) -> Int {
    var generator = SeededGenerator(seed: StableHash.fnv1a(titleID.text) ^ 0x5255_4E54)
    return GenreTraits.runtime(genres: genres, using: &generator)
  }

  /// An estimated age rating (see ``GenreTraits``); `NR` when the title
  /// has no story genre.
  package static func maturityRating(titleID: Label, genres: [Genre]) -> MaturityRating {
    var generator = SeededGenerator(seed: StableHash.fnv1a(titleID.text) ^ 0x4D41_5455)
    return GenreTraits.maturityRating(genres: genres, using: &generator)
  }

  /// Synthesized artwork variants (see ``ArtworkSynthesizer``).
  package static func artwork(titleID: Label, genres: [Genre], cast: [String]) -> [ArtworkVariant] {
    ArtworkSynthesizer.variants(titleID: titleID, genres: genres, cast: cast)
  }

  /// A title with every missing detail estimated.
  package static func title(
    id: Label, name: String, year: Int?, genres: [Genre], cast: [String] = []
  ) -> Title {
    Title(
      id: id, name: name, year: year, genres: genres, cast: cast,
      maturityRating: maturityRating(titleID: id, genres: genres),
      runtimeMinutes: runtime(titleID: id, genres: genres),
      artwork: artwork(titleID: id, genres: genres, cast: cast))
  }
}
