import Catalog
import Datasets

/// The catalog as the recommender reads it: titles by position, the titles
/// of each genre, and each title's age rating, so rows can be built from
/// integer indices without dictionary lookups.
///
/// Title indices follow catalog order and match the columns of the
/// platform's interaction matrix.
public struct CatalogIndex: Sendable {
  /// The catalog indexed.
  public let catalog: Catalog
  /// The genres, most frequent first (as ``Catalog/genres``).
  public let genres: [Genre]
  /// Per genre (aligned with ``genres``), the indices of its titles in
  /// catalog order.
  public let titlesByGenre: [[Int]]
  /// Per title, the indices into ``genres`` of its genres.
  public let genreIndicesByTitle: [[Int]]
  /// Per title, its age rating.
  public let maturity: [MaturityRating]
  private let positionOfGenre: [Genre: Int]
  private let positionOfTitle: [Label: Int]

  /// Indexes a catalog.
  ///
  /// - Complexity: O(total genre labels).
  public init(catalog: Catalog) {
    self.catalog = catalog
    let genres = catalog.genres
    let positionOfGenre = Dictionary(uniqueKeysWithValues: genres.enumerated().map { ($1, $0) })
    var titlesByGenre = Array(repeating: [Int](), count: genres.count)
    var genreIndicesByTitle: [[Int]] = []
    genreIndicesByTitle.reserveCapacity(catalog.count)
    for (index, title) in catalog.titles.enumerated() {
      var indices: [Int] = []
      for genre in title.genres {
        guard let g = positionOfGenre[genre], !indices.contains(g) else { continue }
        indices.append(g)
        titlesByGenre[g].append(index)
      }
      genreIndicesByTitle.append(indices)
    }
    self.genres = genres
    self.titlesByGenre = titlesByGenre
    self.genreIndicesByTitle = genreIndicesByTitle
    self.maturity = catalog.titles.map(\.maturityRating)
    self.positionOfGenre = positionOfGenre
    self.positionOfTitle = Dictionary(
      uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id, $0) })
  }

  /// The number of titles.
  public var count: Int { catalog.count }

  /// The index of a title id, if the catalog has it.
  public func index(of title: Label) -> Int? { positionOfTitle[title] }

  /// The index of a genre in ``genres``, if any title carries it.
  public func index(of genre: Genre) -> Int? { positionOfGenre[genre] }

  /// The title at an index.
  public func title(at index: Int) -> Title { catalog.titles[index] }
}
