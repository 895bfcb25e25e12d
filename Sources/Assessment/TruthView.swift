import Catalog
import Population

/// The hidden truth about the population, in the terms the platform's
/// beliefs are compared with.
struct TruthView: Sendable {
  let population: Population
  /// Each member's share of free choices per calibrated genre.
  private let shares: [[Double]]
  /// The mean of those shares over the population.
  private let mean: [Double]

  init(population: Population) {
    self.population = population
    let all = population.members.indices.map { population.organicGenreShares(member: $0) }
    shares = all
    mean = DemographicGenreShares.genres.indices.map { g in
      all.isEmpty ? 0 : all.reduce(0) { $0 + $1[g] } / Double(all.count)
    }
  }

  /// The genre a member prefers most relative to everyone else (largest
  /// lift of their free choices over the population mean): the same notion
  /// as the platform's top genres.
  func topGenre(member: Int) -> String {
    let own = shares[member]
    let lift = own.indices.map { mean[$0] > 0 ? own[$0] / mean[$0] : 0 }
    guard let best = lift.indices.max(by: { lift[$0] < lift[$1] }) else { return "—" }
    return DemographicGenreShares.genres[best].name
  }
}
