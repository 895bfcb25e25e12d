import Catalog
import Support

/// The latent taste model members are drawn from: a demographic lift per
/// genre (fitted to MovieLens 100K by ``GenreLiftCalibration``), personal
/// noise around it, a position in a small latent space, and artwork-tone
/// preferences that follow the genres a member likes.
///
/// A member's affinity for a title is
/// `Σ_{g ∈ genres(t)} lift_g + castLift + latentᵀ z_t + appeal_t`, and left
/// to themselves they choose titles with probability proportional to
/// `exp(affinity)` (see Docs/Calibration.md).
public struct TasteModel: Sendable, Equatable {
  /// The standard deviation of a member's personal lift on each genre.
  public var genreNoise: Double
  /// The standard deviation of each coordinate of a member's latent position.
  public var latentSpread: Double
  /// The standard deviation of a member's personal tone preferences.
  public var toneNoise: Double
  /// How far a tone preference follows the genres cueing it.
  public var toneFromGenres: Double
  /// The lift of a persona's stated genre affinity of 1 (−1 gives the
  /// negative).
  public var personaGenreScale: Double
  /// The lift of a stated cast affinity of 1.
  public var castScale: Double
  /// The share of the demographic lift a persona keeps beside their stated
  /// tastes.
  public var personaDemographicWeight: Double

  /// The model for a crowd's `taste_spread` (0: all alike, 1: very
  /// different).
  public init(spread: Double) {
    let spread = min(1, max(0, spread))
    self.genreNoise = 1.2 * spread
    self.latentSpread = spread
    self.toneNoise = 0.4
    self.toneFromGenres = 1.0
    self.personaGenreScale = 3
    self.castScale = 2
    self.personaDemographicWeight = 0.5
  }

  /// Draws a member's personal genre noise and latent position.
  func drawNoise(
    genres: Int, latentDimension: Int, using random: inout SeededGenerator
  ) -> (genres: [Double], latent: [Double]) {
    let noise = (0..<genres).map { _ in genreNoise * random.nextGaussian() }
    let latent = (0..<latentDimension).map { _ in latentSpread * random.nextGaussian() }
    return (noise, latent)
  }

  /// Tone preferences following genre lifts: each tone gets the mean
  /// centred lift of the genres that cue it, scaled, plus noise.
  func toneLifts(
    genreLifts: [Double], genres: [Genre], noise: Double, using random: inout SeededGenerator
  ) -> [Double] {
    let mean = genreLifts.reduce(0, +) / Double(max(1, genreLifts.count))
    return ArtworkTone.allCases.map { tone in
      var sum = 0.0
      var count = 0
      for (slot, genre) in genres.enumerated() where ArtworkTone(cueing: genre) == tone {
        sum += genreLifts[slot] - mean
        count += 1
      }
      let fromGenres = count > 0 ? toneFromGenres * sum / Double(count) : 0
      return fromGenres + noise * random.nextGaussian()
    }
  }
}
