import Catalog
import Foundation

/// The audience's genre mix, against which one profile's genre affinities
/// are ranked: the single definition of "genre affinity" and "top genre"
/// that every view of the platform's beliefs uses, and that the truth side
/// applies to the true shares (Docs/Inference.md, "Genre affinity").
///
/// A profile's genre share is the fraction of its positive signal that falls
/// on titles of the genre (a title of two genres counts for both). Its
/// affinity for a genre is the **excess share**: its share minus the
/// audience's share. Raw shares would put the most common genres (Drama,
/// Comedy) first for everyone; the ratio of the two (lift) puts a rare genre
/// first after one play of it. The difference ranks a genre first only when
/// it takes a larger part of the profile's viewing than of the average
/// member's, which a rare genre reaches only by sustained viewing and a
/// common one only by being watched well above its norm.
public struct GenreBaseline: Sendable, Equatable {
  /// The audience's share of positive signal per genre.
  public let shares: [Genre: Double]

  /// The weight of the audience's mix in a confidence, in titles: a
  /// profile's share is read as if it had also watched this many titles in
  /// the audience's proportions.
  public static let priorTitles = 10.0

  /// A baseline with the given shares (missing genres count as 0).
  public init(shares: [Genre: Double]) {
    self.shares = shares.filter { $0.value.isFinite && $0.value > 0 }
  }

  /// The mean of the profiles' genre shares; profiles with no positive
  /// signal are left out.
  ///
  /// - Complexity: O(profiles · genres).
  public init(averaging profiles: [[Genre: Double]]) {
    let active = profiles.filter { $0.values.contains { $0 > 0 } }
    var sums: [Genre: Double] = [:]
    for profile in active { for (genre, share) in profile { sums[genre, default: 0] += share } }
    self.init(shares: active.isEmpty ? [:] : sums.mapValues { $0 / Double(active.count) })
  }

  /// The mean of profiles' genre shares given as rows over `genres` (as
  /// the platform keeps them, one row per profile).
  public init(genres: [Genre], profileShares: [[Double]]) {
    self.init(averaging: profileShares.map { Dictionary(uniqueKeysWithValues: zip(genres, $0)) })
  }

  /// The catalog's own mix, for when there is no audience to compare with
  /// (one person's export): each genre's share of the catalog's titles.
  public init(catalog: Catalog) {
    var counts: [Genre: Double] = [:]
    for title in catalog.titles { for genre in Set(title.genres) { counts[genre, default: 0] += 1 } }
    let total = Double(max(catalog.titles.count, 1))
    self.init(shares: counts.mapValues { $0 / total })
  }

  /// The audience's share of a genre (0 when it has none).
  public func share(of genre: Genre) -> Double { shares[genre] ?? 0 }

  /// The genres a profile watches more of than the audience, by excess
  /// share, largest first; ties by larger share, then by name.
  ///
  /// - Parameter profile: the profile's share per genre.
  /// - Complexity: O(g log g) for g genres.
  public func ranked(_ profile: [Genre: Double]) -> [(genre: Genre, share: Double, excess: Double)] {
    profile.compactMap { genre, share -> (genre: Genre, share: Double, excess: Double)? in
      let excess = share - self.share(of: genre)
      return share > 0 && excess > 0 ? (genre, share, excess) : nil
    }
    .sorted { a, b in
      if a.excess != b.excess { return a.excess > b.excess }
      if a.share != b.share { return a.share > b.share }
      return a.genre < b.genre
    }
  }

  /// How sure the platform is that a profile watches more of a genre than
  /// the audience: P(p > m) for the profile's true share p, given a share
  /// `share` over `titles` titles with positive signal, under the posterior
  /// Beta(x + κm, n − x + κ(1 − m)) with x = share · n, n = `titles`,
  /// m the audience's share and κ = ``priorTitles``.
  ///
  /// One title, of a genre whose audience share is 8%, gives 0.76; five
  /// titles of seven give 0.998.
  public func confidence(share: Double, titles: Int, of genre: Genre) -> Double {
    let m = min(max(self.share(of: genre), 1e-6), 1 - 1e-6)
    return posterior(share: share, titles: titles, of: genre).survivalProbability(m)
  }

  /// The posterior of a profile's true share of a genre (see
  /// ``confidence(share:titles:of:)``).
  func posterior(share: Double, titles: Int, of genre: Genre) -> BetaDistribution {
    let m = min(max(self.share(of: genre), 1e-6), 1 - 1e-6)
    let n = Double(max(titles, 0))
    let x = min(max(share, 0), 1) * n
    let kappa = Self.priorTitles
    return BetaDistribution(alpha: x + kappa * m, beta: n - x + kappa * (1 - m))
  }

  /// How sure the platform is that the first ranked genre is the profile's
  /// top genre: the probability that its excess share beats every other
  /// ranked genre's, each pair's with the true shares' posteriors
  /// approximated by normals of the same mean and variance,
  /// Φ((μ₁ − m₁ − μₖ + mₖ) / √(σ₁² + σₖ²)), multiplied over k as if the
  /// comparisons were independent; with no other genre above the
  /// audience, the first's ``confidence(share:titles:of:)``.
  ///
  /// - Parameter ranked: ``ranked(_:)`` of the profile's shares.
  public func topConfidence(
    _ ranked: [(genre: Genre, share: Double, excess: Double)], titles: Int
  ) -> Double {
    guard let first = ranked.first else { return 0 }
    guard ranked.count > 1 else { return confidence(share: first.share, titles: titles, of: first.genre) }
    let a = posterior(share: first.share, titles: titles, of: first.genre)
    return ranked.dropFirst().reduce(1.0) { probability, other in
      let b = posterior(share: other.share, titles: titles, of: other.genre)
      let difference = (a.mean - share(of: first.genre)) - (b.mean - share(of: other.genre))
      let spread = (a.variance + b.variance).squareRoot()
      let beats = spread > 0 ? 0.5 * erfc(-difference / spread / 2.0.squareRoot()) : (difference > 0 ? 1 : 0.5)
      return probability * beats
    }
  }
}
