import Datasets
import Support

/// Makes artwork variants whose tags are consistent with a title: each
/// variant cues one of the title's genres with that genre's tone
/// (``ArtworkTone/init(cueing:)``) and features one of its top-billed cast
/// members, an unnamed face, or no face.
package enum ArtworkSynthesizer {
  /// Between 2 and 6 distinct variants (fewer only when the title allows
  /// fewer distinct tag combinations), ids `"<title id>-v1"`, `-v2`, ...
  /// The first variant is the "key art": the first genre's cue with the
  /// top-billed performer (or a face when there is no cast).
  package static func variants(
    titleID: Label, genres: [Genre], cast: [String], using generator: inout SeededGenerator
  ) -> [ArtworkVariant] {
    struct Tags: Equatable {
      var cast: String?
      var genre: Genre?
      var face: Bool
    }
    let cueable = genres.filter { $0 != .noGenresListed }
    let cues: [Genre?] = cueable.isEmpty ? [nil] : Array(cueable.prefix(4))
    let faces: [(String?, Bool)] =
      cast.isEmpty
      ? [(nil, true), (nil, false)]
      : cast.prefix(3).map { ($0, true) } + [(nil, false)]
    var candidates: [Tags] = []
    for cue in cues {
      for (performer, face) in faces {
        candidates.append(Tags(cast: performer, genre: cue, face: face))
      }
    }
    let first = candidates.removeFirst()
    candidates.shuffle(using: &generator)
    // Prefer covering every genre cue before repeating one.
    candidates.sort { a, b in
      let aNew = a.genre != first.genre
      let bNew = b.genre != first.genre
      return aNew && !bNew
    }
    let wanted = 2 + WeightedChoice.index([0.2, 0.3, 0.25, 0.15, 0.1], using: &generator)
    let chosen = [first] + candidates.prefix(max(0, wanted - 1))
    return chosen.enumerated().map { index, tags in
      ArtworkVariant(
        id: "\(titleID.text)-v\(index + 1)", featuredCast: tags.cast, genreCue: tags.genre,
        tone: tags.genre.map(ArtworkTone.init(cueing:)) ?? .neutral, showsFace: tags.face)
    }
  }

  /// Variants for a title from a source without artwork (MovieLens, or a
  /// catalog file that lists none), drawn from a generator seeded by the
  /// title id so that the same id always gets the same variants.
  package static func variants(
    titleID: Label, genres: [Genre], cast: [String]
  ) -> [ArtworkVariant] {
    var generator = SeededGenerator(seed: StableHash.fnv1a(titleID.text))
    return variants(titleID: titleID, genres: genres, cast: cast, using: &generator)
  }
}
