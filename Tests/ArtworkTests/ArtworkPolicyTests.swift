import Artwork
import Catalog
import LinearAlgebra
import Testing

@Suite("Artwork policies")
struct ArtworkPolicyTests {
  static let catalog = CatalogGenerator(size: 50, seed: 9).generate()
  static let index = ArtworkIndex(catalog: catalog)

  /// The first title with at least three variants.
  static var title: Int { (0..<index.titleCount).first { index.variantCount(of: $0) >= 3 }! }

  @Test("Uniform random logs 1/n and covers every variant")
  func uniform() {
    let policy = UniformRandomPolicy(index: Self.index)
    var random = SeededGenerator(seed: 1)
    let n = Self.index.variantCount(of: Self.title)
    var seen = Set<Int>()
    for _ in 0..<200 {
      let choice = policy.choose(title: Self.title, random: &random)
      #expect(abs(choice.propensity - 1 / Double(n)) < 1e-12)
      seen.insert(choice.variant)
    }
    #expect(seen.count == n)
  }

  @Test("Epsilon-greedy learns the variant that is clicked, with correct propensities")
  func epsilonGreedy() {
    var policy = EpsilonGreedyPolicy(index: Self.index, epsilon: 0.2)
    let title = Self.title
    let n = Self.index.variantCount(of: title)
    for _ in 0..<50 {
      for variant in 0..<n {
        policy.learn(ArtworkFeedback(title: title, variant: variant, clicked: variant == 2))
      }
    }
    #expect(policy.greedyVariant(of: title) == 2)
    var random = SeededGenerator(seed: 2)
    var greedy = 0
    for _ in 0..<2000 {
      let choice = policy.choose(title: title, random: &random)
      if choice.variant == 2 {
        greedy += 1
        #expect(abs(choice.propensity - (0.8 + 0.2 / Double(n))) < 1e-12)
      } else {
        #expect(abs(choice.propensity - 0.2 / Double(n)) < 1e-12)
      }
    }
    let expected = 0.8 + 0.2 / Double(n)
    #expect(abs(Double(greedy) / 2000 - expected) < 0.04)
  }
}
