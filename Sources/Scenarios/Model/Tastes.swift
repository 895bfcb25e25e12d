import Catalog

/// What a persona likes: affinities from −1 (avoids) through 0
/// (indifferent) to 1 (loves) for genres and cast members. Anything not
/// listed is 0.
public struct Tastes: Hashable, Sendable {
  /// Affinity per genre.
  public var genres: [Genre: Double]
  /// Affinity per cast member, by name.
  public var cast: [String: Double]

  /// Creates tastes.
  public init(genres: [Genre: Double] = [:], cast: [String: Double] = [:]) {
    self.genres = genres
    self.cast = cast
  }
}
