import Catalog
import Support

/// The hidden truth about the catalog's titles that the population's tastes
/// act on: each title's genres as slots of ``genres``, an overall appeal
/// (some titles are simply better liked), a position in a small latent
/// taste space beyond genres, and an audience of its own: how much more it
/// draws women than men, older than younger members, and the middle ages
/// than both ends, beyond what its genres say (``audienceLeans``). The
/// platform never sees any of it.
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
  /// Per title, ``AudiencePosition/dimension`` numbers: its lean along each
  /// axis of a member's ``AudiencePosition`` (gender, age, middle age), on
  /// the log scale of affinities. A title's affinity for a member gains the
  /// dot product of the two.
  public let audienceLeans: [Double]

  /// Draws the hidden truth of a catalog's titles.
  ///
  /// - Parameters:
  ///   - appealSpread: the standard deviation of the appeal.
  ///   - latentDimension: the dimension of the latent space.
  ///   - audienceSpread: the standard deviation of each title's lean along
  ///     each audience axis (``defaultAudienceSpread``; Docs/Calibration.md
  ///     says how it was chosen).
  public init(
    catalog: Catalog, seed: UInt64, appealSpread: Double = 0.8, latentDimension: Int = 4,
    audienceSpread: [Double] = TitleTruth.defaultAudienceSpread
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
    var leans = SeededGenerator(seed: seed ^ 0x6175_6469_656E)
    var audience: [Double] = []
    audience.reserveCapacity(catalog.count * AudiencePosition.dimension)
    for _ in catalog.titles {
      for axis in 0..<AudiencePosition.dimension {
        audience.append((axis < audienceSpread.count ? audienceSpread[axis] : 0) * leans.nextGaussian())
      }
    }
    self.audienceLeans = audience
  }

  /// The spread of titles' audience leans (gender, age, middle age): chosen
  /// so a plain logistic regression on a simulated MovieLens-100K-sized
  /// sample's rating vectors guesses gender and age band about as well as
  /// on the real MovieLens 100K (Docs/Calibration.md).
  public static let defaultAudienceSpread: [Double] = [0.09, 0.5, 0.3]

  /// The audience term of a title's affinity for a member at a position.
  @inline(__always)
  public func audienceAffinity(title: Int, position: [Double]) -> Double {
    var sum = 0.0
    let base = title * AudiencePosition.dimension
    for axis in 0..<min(position.count, AudiencePosition.dimension) {
      sum += audienceLeans[base + axis] * position[axis]
    }
    return sum
  }

  /// The number of titles.
  public var count: Int { appeal.count }
}
