import Datasets

/// The titles a platform offers, with lookup by id.
///
/// Build one with ``CatalogGenerator``, ``MovieLensCatalogImporter`` or
/// ``CatalogFile``, or from titles you make yourself.
public struct Catalog: Sendable, Equatable {
  /// The titles in source order.
  public let titles: [Title]
  private let positions: [Label: Int]

  /// Creates a catalog from titles whose ids, and artwork ids, are unique.
  ///
  /// - Throws: ``CatalogError/duplicateTitle(id:)`` or
  ///   ``CatalogError/duplicateArtwork(id:)`` naming the first repeat.
  public init(titles: [Title]) throws(CatalogError) {
    var positions: [Label: Int] = [:]
    positions.reserveCapacity(titles.count)
    var artworkIDs = Set<String>()
    for (position, title) in titles.enumerated() {
      if positions.updateValue(position, forKey: title.id) != nil {
        throw .duplicateTitle(id: title.id.text)
      }
      for variant in title.artwork where !artworkIDs.insert(variant.id).inserted {
        throw .duplicateArtwork(id: variant.id)
      }
    }
    self.titles = titles
    self.positions = positions
  }

  /// The number of titles.
  public var count: Int { titles.count }

  /// The title with an id, if the catalog has it.
  ///
  /// - Complexity: O(1) on average.
  public func title(id: Label) -> Title? {
    positions[id].map { titles[$0] }
  }

  /// The title with an id, if the catalog has it.
  public subscript(id: Label) -> Title? { title(id: id) }

  /// Each genre with the number of titles carrying it, most frequent first
  /// (ties alphabetically).
  ///
  /// - Complexity: O(total genre labels).
  public var genreCounts: [(genre: Genre, titles: Int)] {
    var counts: [Genre: Int] = [:]
    for title in titles {
      for genre in title.genres { counts[genre, default: 0] += 1 }
    }
    return counts.map { (genre: $0.key, titles: $0.value) }
      .sorted { $0.titles != $1.titles ? $0.titles > $1.titles : $0.genre < $1.genre }
  }

  /// The distinct genres, most frequent first.
  public var genres: [Genre] { genreCounts.map(\.genre) }

  /// Two catalogs are equal when they hold the same titles in the same order.
  public static func == (a: Catalog, b: Catalog) -> Bool { a.titles == b.titles }
}
