import Catalog
import Foundation
import Inference
import TestSupport
import Testing

@Suite("Genre affinity: excess share over the audience, and its confidence")
struct GenreBaselineTests {
  /// P(Binomial(n, p) ≤ k), summed term by term: the independent reference
  /// for the beta distribution at integer shapes, since
  /// I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a).
  static func binomialAtMost(_ k: Int, n: Int, p: Double) -> Double {
    (0...k).reduce(0.0) { sum, j in
      let choose = exp(lgamma(Double(n + 1)) - lgamma(Double(j + 1)) - lgamma(Double(n - j + 1)))
      return sum + choose * pow(p, Double(j)) * pow(1 - p, Double(n - j))
    }
  }

  @Test("the beta distribution agrees with binomial sums at integer shapes, and has no NaN at the edges")
  func beta() {
    for (a, b, x) in [(1, 1, 0.3), (6, 14, 0.1), (2, 9, 0.5), (20, 3, 0.8), (1, 40, 0.01)] {
      let cdf = BetaDistribution(alpha: Double(a), beta: Double(b)).cumulativeProbability(x)
      let reference = 1 - Self.binomialAtMost(a - 1, n: a + b - 1, p: x)
      #expect(abs(cdf - reference) < 1e-10, "I_\(x)(\(a), \(b)) = \(cdf), binomial sum \(reference)")
    }
    // Beta(1, 1) is uniform; Beta(a, b) and Beta(b, a) mirror each other.
    #expect(abs(BetaDistribution(alpha: 1, beta: 1).cumulativeProbability(0.25) - 0.25) < 1e-12)
    let forward = BetaDistribution(alpha: 2.5, beta: 7.3).cumulativeProbability(0.2)
    let mirrored = BetaDistribution(alpha: 7.3, beta: 2.5).survivalProbability(0.8)
    #expect(abs(forward - mirrored) < 1e-10)
    let degenerate = BetaDistribution(alpha: 0, beta: .nan)
    for x in [-1, 0, 0.5, 1, 2, .nan] { #expect(degenerate.cumulativeProbability(x).isFinite) }
  }

  @Test("genres rank by share minus the audience's share: not by raw share (Drama) nor by lift (Film-Noir)")
  func ranking() {
    let baseline = GenreBaseline(shares: ["Horror": 0.08, "Drama": 0.45, "Comedy": 0.3, "Film-Noir": 0.01])
    let profile: [Genre: Double] = ["Horror": 0.5, "Drama": 0.4, "Comedy": 0.1, "Film-Noir": 0.1]
    let ranked = baseline.ranked(profile)
    // Excess: Horror 0.42, Film-Noir 0.09; Drama −0.05 and Comedy −0.2 are left out.
    // (By share Drama would be second; by lift Film-Noir, 10×, would beat Horror, 6.25×.)
    #expect(ranked.map(\.genre) == ["Horror", "Film-Noir"])
    #expect(abs(ranked[0].excess - 0.42) < 1e-12 && abs(ranked[1].excess - 0.09) < 1e-12)
    #expect(ranked[0].share == 0.5)
    // A genre the audience never watches counts from 0; an empty profile ranks nothing.
    #expect(baseline.ranked(["Western": 0.2]).map(\.genre) == ["Western"])
    #expect(baseline.ranked([:]).isEmpty)
  }

  @Test("confidence is P(true share > audience share) under Beta(x + κm, n − x + κ(1 − m))")
  func confidence() {
    // κ = 10, m = 0.1, ten titles, share 0.5: Beta(5 + 1, 5 + 9) = Beta(6, 14), and
    // P(p > 0.1) = 1 − I_0.1(6, 14) = P(Binomial(19, 0.1) ≤ 5).
    #expect(GenreBaseline.priorTitles == 10)
    let baseline = GenreBaseline(shares: ["Horror": 0.1])
    let expected = Self.binomialAtMost(5, n: 19, p: 0.1)
    #expect(abs(baseline.confidence(share: 0.5, titles: 10, of: "Horror") - expected) < 1e-10)
    #expect(abs(expected - 0.99141) < 1e-4)
    // More titles at the same share: surer. No titles: the prior alone, about a half.
    let more = baseline.confidence(share: 0.5, titles: 40, of: "Horror")
    #expect(more > expected)
    let none = baseline.confidence(share: 0, titles: 0, of: "Horror")
    #expect(none > 0.3 && none < 0.6)
    #expect(baseline.confidence(share: .nan, titles: -3, of: "Western").isFinite)
  }

  @Test("the audience baseline is the mean over active profiles; the catalog baseline counts titles")
  func baselines() throws {
    let averaged = GenreBaseline(averaging: [["Horror": 1], ["Horror": 0.5, "Drama": 0.5], [:]])
    #expect(averaged.share(of: "Horror") == 0.75 && averaged.share(of: "Drama") == 0.25)
    let rows = GenreBaseline(genres: ["Horror", "Drama"], profileShares: [[1, 0], [0.5, 0.5], [0, 0]])
    #expect(rows == averaged)
    let catalog = ProfileHistory.catalog
    let fromCatalog = GenreBaseline(catalog: catalog)
    // 6 horror, 6 children's, 4 drama and 4 comedy titles of 20.
    #expect(fromCatalog.share(of: .horror) == 0.3 && fromCatalog.share(of: .drama) == 0.2)
  }
}

@Suite("How sure the top genre is the top")
struct TopGenreConfidenceTests {
  @Test("P(first excess > runner-up's) from the normal approximation of both posteriors, by hand")
  func byHand() {
    let baseline = GenreBaseline(shares: ["Horror": 0.1, "Drama": 0.3])
    // Ten titles: Horror share 0.6 (x = 6), Drama 0.5 (x = 5); κ = 10.
    let ranked = baseline.ranked(["Horror": 0.6, "Drama": 0.5])
    #expect(ranked.map(\.genre) == ["Horror", "Drama"])
    // Horror ~ Beta(6 + 1, 4 + 9) = Beta(7, 13): mean 0.35, variance 7·13/(20²·21).
    // Drama ~ Beta(5 + 3, 5 + 7) = Beta(8, 12): mean 0.4, variance 8·12/(20²·21).
    let difference = (0.35 - 0.1) - (0.4 - 0.3)
    let spread = ((7.0 * 13 + 8 * 12) / (400 * 21)).squareRoot()
    let expected = 0.5 * erfc(-difference / spread / 2.0.squareRoot())
    #expect(abs(baseline.topConfidence(ranked, titles: 10) - expected) < 1e-12)
    #expect(expected > 0.8 && expected < 0.95)
    // A third genre above the audience multiplies in its own comparison.
    let three = GenreBaseline(shares: ["Horror": 0.1, "Drama": 0.3, "Comedy": 0.2])
    let withComedy = three.ranked(["Horror": 0.6, "Drama": 0.5, "Comedy": 0.3])
    // Comedy ~ Beta(3 + 2, 7 + 8) = Beta(5, 15): mean 0.25, variance 5·15/(20²·21).
    let comedyDifference: Double = (0.35 - 0.1) - (0.25 - 0.2)
    let comedySpread: Double = ((7.0 * 13 + 5 * 15) / (400 * 21)).squareRoot()
    let versusComedy: Double = 0.5 * erfc(-comedyDifference / comedySpread / 2.0.squareRoot())
    #expect(abs(three.topConfidence(withComedy, titles: 10) - expected * versusComedy) < 1e-12)
    // One genre above the audience: its own confidence; none: 0.
    let single = baseline.ranked(["Horror": 0.6])
    #expect(baseline.topConfidence(single, titles: 10) == baseline.confidence(share: 0.6, titles: 10, of: "Horror"))
    #expect(baseline.topConfidence([], titles: 10) == 0)
  }
}
