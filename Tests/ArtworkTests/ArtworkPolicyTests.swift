import Artwork
import Catalog
import LinearAlgebra
import Testing

@Suite("Artwork policies")
struct ArtworkPolicyTests {
  static let catalog = CatalogGenerator(size: 50, seed: 9).generate()
  static let index = ArtworkIndex(catalog: catalog)
  static let context = ArtworkContext.unknown(genres: index.genres.count)

  /// The first title with at least three variants.
  static var title: Int { (0..<index.titleCount).first { index.variantCount(of: $0) >= 3 }! }

  @Test("Uniform random logs 1/n and covers every variant")
  func uniform() {
    let policy = UniformRandomPolicy(index: Self.index)
    var random = SeededGenerator(seed: 1)
    let n = Self.index.variantCount(of: Self.title)
    var seen = Set<Int>()
    for _ in 0..<200 {
      let choice = policy.choose(title: Self.title, context: Self.context, random: &random)
      #expect(abs(choice.propensity - 1 / Double(n)) < 1e-12)
      seen.insert(choice.variant)
    }
    #expect(seen.count == n)
  }

  @Test("Epsilon-greedy learns the variant that is played, with correct propensities")
  func epsilonGreedy() throws {
    var policy = EpsilonGreedyPolicy(index: Self.index, epsilon: 0.2)
    let title = Self.title
    let n = Self.index.variantCount(of: title)
    for _ in 0..<50 {
      policy.learn(
        (0..<n).map {
          ArtworkFeedback(title: title, variant: $0, context: Self.context, reward: $0 == 2 ? 1 : 0)
        })
    }
    #expect(policy.greedyVariant(of: title) == 2)
    var random = SeededGenerator(seed: 2)
    var greedy = 0
    for _ in 0..<2000 {
      let choice = policy.choose(title: title, context: Self.context, random: &random)
      if choice.variant == 2 {
        greedy += 1
        #expect(abs(choice.propensity - (0.8 + 0.2 / Double(n))) < 1e-12)
      } else {
        #expect(abs(choice.propensity - 0.2 / Double(n)) < 1e-12)
      }
    }
    let expected = 0.8 + 0.2 / Double(n)
    #expect(abs(Double(greedy) / 2000 - expected) < 0.04)
    let probabilities = try #require(policy.probabilities(title: title, context: Self.context))
    #expect(abs(probabilities.reduce(0, +) - 1) < 1e-12)
  }

  @Test("Best-overall splits ties uniformly and names itself")
  func bestOverall() {
    let policy = EpsilonGreedyPolicy.bestOverall(index: Self.index)
    #expect(policy.name == "best-overall")
    var random = SeededGenerator(seed: 3)
    let n = Self.index.variantCount(of: Self.title)
    let choice = policy.choose(title: Self.title, context: Self.context, random: &random)
    #expect(abs(choice.propensity - 1 / Double(n)) < 1e-12, "all variants tie before any data")
  }

  /// A context whose profile watches only genres cueing `tone`.
  static func context(favouring tone: ArtworkTone) -> ArtworkContext {
    var context = ArtworkContext.unknown(genres: index.genres.count)
    context.toneShares[ArtworkTone.allCases.firstIndex(of: tone)!] = 1
    return context
  }

  /// A title with variants of two different tones, and those variants.
  static func twoToneTitle() -> (title: Int, a: Int, b: Int)? {
    for t in 0..<index.titleCount {
      let variants = Array(index.variants(of: t))
      for a in variants.indices {
        for b in variants.indices where variants[b].tone != variants[a].tone {
          return (t, a, b)
        }
      }
    }
    return nil
  }

  @Test("LinUCB learns that tone share predicts plays and personalises on an unseen title")
  func linUCBGeneralises() throws {
    var policy = LinUCBPolicy(index: Self.index, alpha: 0.1)
    let (title, a, b) = try #require(Self.twoToneTitle())
    var random = SeededGenerator(seed: 4)
    // Plays happen when the variant's tone is the profile's tone; train on
    // every title except the test title.
    var batch: [ArtworkFeedback] = []
    for _ in 0..<3000 {
      var t = Int(random.next() % UInt64(Self.index.titleCount))
      if t == title { t = (t + 1) % Self.index.titleCount }
      let n = Self.index.variantCount(of: t)
      let v = Int(random.next() % UInt64(n))
      let toneIndex = Int(random.next() % UInt64(ArtworkFeatures.toneCount))
      let context = Self.context(favouring: ArtworkTone.allCases[toneIndex])
      let tone = Self.index.toneOfSlot[Self.index.slot(title: t, variant: v)]
      let p = tone == toneIndex ? 0.6 : 0.05
      batch.append(ArtworkFeedback(title: t, variant: v, context: context, reward: random.nextUnitDouble() < p ? 1 : 0))
    }
    policy.learn(batch)
    let variants = Array(Self.index.variants(of: title))
    let forA = policy.choose(title: title, context: Self.context(favouring: variants[a].tone), random: &random)
    let forB = policy.choose(title: title, context: Self.context(favouring: variants[b].tone), random: &random)
    #expect(variants[forA.variant].tone == variants[a].tone)
    #expect(variants[forB.variant].tone == variants[b].tone)
    let explanation = policy.explain(title: title, context: Self.context(favouring: variants[a].tone))
    let top = try #require(explanation.contributions.first)
    #expect(top.isInteraction, "the tone-share interaction decides: \(explanation.contributions.map(\.name))")
    #expect(top.name.contains("share of \(variants[a].tone.rawValue)-cued genres"))
  }

  @Test("Thompson sampling logs a propensity in (0, 1] and explores before data")
  func thompson() {
    let policy = LinearThompsonPolicy(index: Self.index, scale: 0.5, propensitySamples: 200)
    var random = SeededGenerator(seed: 5)
    var seen = Set<Int>()
    for _ in 0..<300 {
      let choice = policy.choose(title: Self.title, context: Self.context, random: &random)
      #expect(choice.propensity > 0 && choice.propensity <= 1)
      seen.insert(choice.variant)
    }
    #expect(seen.count > 1)
  }

  @Test("Ridge regression stays finite on degenerate input")
  func degenerate() {
    var model = RidgeRegression(dimension: 3, ridge: 0)
    model.refresh()
    #expect(model.theta.allSatisfy { $0.isFinite })
    model.add([1, 1, 0], reward: 1)
    model.add([.nan, 0, 0], reward: 1)
    model.add([1, 1, 0], reward: .infinity)
    model.refresh()
    #expect(model.theta.allSatisfy { $0.isFinite })
    #expect(model.inverse.allSatisfy { $0.isFinite })
    #expect(model.observations == 1)
  }
}
