import Catalog
import Yams

/// The genre names a scenario may use: the MovieLens genres and those of
/// its inline or file catalog, in that order.
struct GenreVocabulary {
  /// The known names (a catalog's may repeat MovieLens ones).
  private(set) var names: [String] = Genre.movieLens.map(\.name)

  /// The MovieLens genres.
  init() {}

  /// Adds a catalog's genres.
  mutating func add(_ genres: [Genre]) { names += genres.map(\.name) }

  /// Whether a genre name is known, reporting it otherwise with the
  /// closest known name.
  func check(_ name: String, field: String, at node: Node, reader: DocumentReader) -> Bool {
    guard names.contains(name) else {
      reader.report(
        .invalidValue(
          field: field, expected: "a genre of the catalog (such as 'Horror' or 'Sci-Fi')",
          found: "'\(name)'", suggestion: Suggestion.closest(to: name, among: names)),
        at: node)
      return false
    }
    return true
  }
}
