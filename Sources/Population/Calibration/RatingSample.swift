import Support
import Scenarios

#if canImport(Glibc)
import Glibc
#endif

/// Star ratings drawn from a population the way MovieLens 100K's users left
/// theirs: each member rates at least 20 titles (a long-tailed number, median
/// about 65 as in MovieLens 100K), chosen without replacement with
/// probability ∝ `exp(affinity)`, and gives the better-liked of them more
/// stars (mean about 3.5).
///
/// What it is for: measuring how much the simulated tastes give away about
/// age and gender with the same yardstick as the real data (the anchor of
/// `glasshouse evaluate demographics`), which is how
/// ``TitleTruth/defaultAudienceSpread`` was chosen (Docs/Calibration.md).
public struct RatingSample: Sendable {
  /// One rating: the member (index into the population's members), the
  /// title (catalog index) and 1–5 stars.
  public struct Rating: Sendable, Equatable {
    /// The member's index in ``Population/members``.
    public let member: Int
    /// The title's catalog index.
    public let title: Int
    /// Stars, 1 to 5.
    public let stars: Int
  }

  /// The ratings, member by member.
  public let ratings: [Rating]
  /// The members who rated, in order.
  public let members: [Int]

  /// Draws ratings for some members of a population.
  ///
  /// - Parameters:
  ///   - population: the population.
  ///   - members: the members who rate (by default every crowd member).
  ///   - seed: the seed.
  /// - Complexity: O(members · titles · log titles).
  public init(population: Population, members: [Int]? = nil, seed: UInt64) {
    let raters = members ?? population.members.indices.filter { population.members[$0].personaID == nil }
    var random = SeededGenerator(seed: seed ^ 0x7261_7469_6E67)
    let titles = population.titles.count
    var ratings: [Rating] = []
    for m in raters {
      // 20 plus a log-normal count: median 20 + e^3.8 ≈ 65, mean ≈ 100.
      let extra = Int(exp(3.8 + 1.05 * random.nextGaussian()))
      let count = min(titles, 20 + min(extra, 700))
      var keyed: [(key: Double, title: Int, affinity: Double)] = []
      keyed.reserveCapacity(titles)
      for t in 0..<titles {
        let affinity = population.affinity(member: m, title: t)
        // Gumbel-top-k: sampling without replacement ∝ e^affinity.
        let gumbel = -log(-log(max(random.nextUnitDouble(), 1e-12)))
        keyed.append((affinity + gumbel, t, affinity))
      }
      keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.title < $1.title }
      let chosen = keyed.prefix(count)
      let mean = chosen.reduce(0) { $0 + $1.affinity } / Double(max(1, chosen.count))
      let spread = (chosen.reduce(0) { $0 + ($1.affinity - mean) * ($1.affinity - mean) } / Double(max(1, chosen.count)))
        .squareRoot()
      for pick in chosen.sorted(by: { $0.title < $1.title }) {
        let z = spread > 0 ? (pick.affinity - mean) / spread : 0
        let stars = Int((3.55 + 0.8 * z + 0.6 * random.nextGaussian()).rounded())
        ratings.append(Rating(member: m, title: pick.title, stars: min(5, max(1, stars))))
      }
    }
    self.ratings = ratings
    self.members = raters
  }
}
