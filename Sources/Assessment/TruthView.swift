import Catalog
import Inference
import Population
import Simulation

/// The hidden truth about the population, in the terms the platform's
/// beliefs are compared with.
struct TruthView: Sendable {
  let population: Population
  /// Per profile, the local-time-free start instants (seconds since the
  /// epoch) of each member's true sessions.
  let sessionStarts: [String: [Int: Set<Int64>]]
  /// Each member's share of free choices per calibrated genre.
  private let shares: [[Genre: Double]]
  /// The population's mean of those shares.
  private let baseline: GenreBaseline

  init(population: Population, sessions: [SessionRecord] = []) {
    self.population = population
    var starts: [String: [Int: Set<Int64>]] = [:]
    for session in sessions {
      starts[session.profile, default: [:]][session.member, default: []].insert(session.start.secondsSinceEpoch)
    }
    sessionStarts = starts
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
  func topGenre(member: Int) -> Genre? {
    guard population.members[member].taste.hasGenreTastes else { return nil }
    return baseline.ranked(shares[member]).first?.genre
  }
}
