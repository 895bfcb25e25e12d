import Artwork
import Catalog
import LinearAlgebra
import Testing

@Suite("Off-policy evaluation")
struct OffPolicyEvaluatorTests {
  static let catalog = CatalogGenerator(size: 40, seed: 21).generate()
  static let index = ArtworkIndex(catalog: catalog)
  static let context = ArtworkContext.unknown(genres: index.genres.count)

  /// A world where variant 0 of every title is played 30% of the time and
  /// every other variant 10%, logged by the uniform policy.
  static func log(count: Int, seed: UInt64) -> [LoggedImpression] {
    var random = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
      let title = Int(random.next() % UInt64(index.titleCount))
      let n = index.variantCount(of: title)
      let variant = Int(random.next() % UInt64(n))
      let p = variant == 0 ? 0.3 : 0.1
      return LoggedImpression(
        title: title, variant: variant, propensity: 1 / Double(n), context: context,
        reward: random.nextUnitDouble() < p ? 1 : 0)
    }
  }

  /// Always shows variant 0.
  struct AlwaysFirst: ArtworkPolicy {
    var name: String { "first" }
    func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice {
      ArtworkChoice(variant: 0, propensity: 1)
    }
    func probabilities(title: Int, context: ArtworkContext) -> [Double]? {
      let n = OffPolicyEvaluatorTests.index.variantCount(of: title)
      return (0..<n).map { $0 == 0 ? 1 : 0 }
    }
    mutating func learn(_ batch: [ArtworkFeedback]) {}
  }

  @Test("Replay, IPS, SNIPS and DR recover a known policy value within their intervals")
  func recovers() {
    let log = Self.log(count: 20_000, seed: 7)
    let estimates = OffPolicyEvaluator(index: Self.index).evaluate(AlwaysFirst(), log: log)
    #expect(estimates.map(\.estimator) == ["replay", "ips", "snips", "dr"])
    for estimate in estimates {
      print(estimate)
      #expect(estimate.covers(0.3), "\(estimate)")
      #expect(estimate.matched > 2000)
      #expect(estimate.upper - estimate.lower < 0.05)
    }
  }

  @Test("An empty log gives zeros, not NaN")
  func empty() {
    let estimates = OffPolicyEvaluator(index: Self.index).evaluate(AlwaysFirst(), log: [])
    for estimate in estimates {
      #expect(estimate.value == 0 && estimate.standardError == 0 && estimate.matched == 0)
    }
  }
}
