import Catalog
import LinearAlgebra

/// The hidden truth about the catalog's titles that the population's tastes
/// act on: each title's genres as slots of ``genres``, an overall appeal
/// (some titles are simply better liked) and a position in a small latent
/// taste space beyond genres. The platform never sees any of it.
public struct TitleTruth: Sendable {
  /// The genres tastes are expressed over: the eighteen calibrated MovieLens
  /// genres first (``DemographicGenreShares/genres``), then any other genre
  /// of the catalog in alphabetical order.
  public let genres: [Genre]
  /// Per title (catalog order), its genres as indices into ``genres``.
  public let genreSlots: [[Int]]
  /// Per title, its appeal to everyone (log scale, mean 0).
  public let appeal: [Double]
  /// Per title, its latent position, ``latentDimension`` numbers each.
  public let latent: [Double]
  /// The dimension of the latent taste space.
  public let latentDimension: Int
  /// Per title, its cast.
  public let cast: [[String]]

  /// Draws the hidden truth of a catalog's titles.
  ///
  /// - Parameters:
  ///   - appealSpread: the standard deviation of the appeal.
  ///   - latentDimension: the dimension of the latent space.
  public init(
    catalog: Catalog, seed: UInt64, appealSpread: Double = 0.8, latentDimension: Int = 4
  ) {
    let calibrated = DemographicGenreShares.genres
    let extra = Set(catalog.titles.flatMap(\.genres)).subtracting(calibrated).sorted()
    let genres = calibrated + extra
    let slot = Dictionary(uniqueKeysWithValues: genres.enumerated().map { ($1, $0) })
    var random = SeededGenerator(seed: seed ^ 0x7469_746C_6573)
    var appeal: [Double] = []
    var latent: [Double] = []
    appeal.reserveCapacity(catalog.count)
    latent.reserveCapacity(catalog.count * latentDimension)
    for _ in catalog.titles {
      appeal.append(appealSpread * random.nextGaussian())
      for _ in 0..<latentDimension { latent.append(random.nextGaussian()) }
    }
    self.genres = genres
    self.genreSlots = catalog.titles.map { title in
      var slots: [Int] = []
      for genre in title.genres {
        if let s = slot[genre], !slots.contains(s) { slots.append(s) }
      }
      return slots
    }
    self.appeal = appeal
    self.latent = latent
    self.latentDimension = latentDimension
    self.cast = catalog.titles.map(\.cast)
  }

  /// The number of titles.
  public var count: Int { appeal.count }
}
