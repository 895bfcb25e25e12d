import Catalog
import Inference
import Population

/// The hidden truth about the population, in the terms the platform's
/// beliefs are compared with.
struct TruthView: Sendable {
  let population: Population
  /// Each member's share of free choices per calibrated genre.
  private let shares: [[Genre: Double]]
  /// The population's mean of those shares.
  private let baseline: GenreBaseline

  init(population: Population) {
    self.population = population
    let genres = DemographicGenreShares.genres
    let all = population.members.indices.map { member in
      let own = population.organicGenreShares(member: member)
      return Dictionary(uniqueKeysWithValues: zip(genres, own))
    }
    shares = all
    baseline = GenreBaseline(averaging: all)
  }

  /// The genre a member truly prefers most, by the definition the
  /// platform's top genre uses (``GenreBaseline``) applied to the member's
  /// true shares of free choices and the population's mean: `nil` for a
  /// persona whose file states no genre tastes.
  func topGenre(member: Int) -> String? {
    guard population.members[member].taste.hasGenreTastes else { return nil }
    return baseline.ranked(shares[member]).first?.genre.name
  }
}
