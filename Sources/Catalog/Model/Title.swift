import Datasets

/// A film or series in the catalog: what it is, who is in it, and the
/// artwork variants the platform can show for it.
public struct Title: Hashable, Sendable, Identifiable {
  /// The title's identifier (a MovieLens movie id, or any text in catalog
  /// files); matches the item labels of interaction files.
  public let id: Label
  /// The display name, without the year.
  public let name: String
  /// The release year, when known.
  public let year: Int?
  /// The genres, in the order the source lists them.
  public let genres: [Genre]
  /// The cast, top-billed first (empty for MovieLens imports).
  public let cast: [String]
  /// The age rating.
  public let maturityRating: MaturityRating
  /// The running time in minutes.
  public let runtimeMinutes: Int
  /// The artwork variants, at least one.
  public let artwork: [ArtworkVariant]

  /// Creates a title.
  public init(
    id: Label, name: String, year: Int?, genres: [Genre], cast: [String],
    maturityRating: MaturityRating, runtimeMinutes: Int, artwork: [ArtworkVariant]
  ) {
    self.id = id
    self.name = name
    self.year = year
    self.genres = genres
    self.cast = cast
    self.maturityRating = maturityRating
    self.runtimeMinutes = runtimeMinutes
    self.artwork = artwork
  }
}
