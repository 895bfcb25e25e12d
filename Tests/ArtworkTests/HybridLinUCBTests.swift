import Artwork
import Catalog
import LinearAlgebra
import Testing

/// Hybrid LinUCB's per-profile part: its algebra against a direct solve
/// of the joint ridge problem, and a crowd with a popular image tone in
/// which one profile, whose context looks like everyone else's, prefers
/// the other tone.
@Suite("Hybrid LinUCB")
struct HybridLinUCBTests {
  static let catalog = CatalogGenerator(size: 60, seed: 9).generate()
  static let index = ArtworkIndex(catalog: catalog)

  @Test("The Schur-complement solution equals the joint ridge solution, variance included")
  func matchesJointRidge() throws {
    let k = 5
    let m = 3
    let groups = 4
    let (ridge, personalRidge) = (0.5, 2.0)
    var model = HybridRidgeRegression(
      sharedDimension: k, personalDimension: m, ridge: ridge, personalRidge: personalRidge)
    // The joint problem: unknowns (β, θ_0 … θ_3), a ridge λ on β and λ_g
    // on every θ_g; an observation of group g has z in β's columns and x
    // in θ_g's.
    let n = k + m * groups
    var gram = [Double](repeating: 0, count: n * n)
    for i in 0..<k { gram[i * n + i] = ridge }
    for i in k..<n { gram[i * n + i] = personalRidge }
    var target = [Double](repeating: 0, count: n)
    var random = SeededGenerator(seed: 31)
    for observation in 0..<200 {
      let z = (0..<k).map { _ in random.nextUnitDouble() < 0.6 ? random.nextGaussian() : 0 }
      let x = (0..<m).map { _ in random.nextUnitDouble() < 0.5 ? 1.0 : 0 }
      // Every fifth observation has no group: it trains β only.
      let group = observation % 5 == 4 ? nil : Int(random.next() % UInt64(groups))
      let reward = random.nextGaussian()
      model.add(shared: z, personal: x, group: group, reward: reward)
      var row = [Double](repeating: 0, count: n)
      for i in 0..<k { row[i] = z[i] }
      if let group { for a in 0..<m { row[k + group * m + a] = x[a] } }
      for r in 0..<n where row[r] != 0 {
        for c in 0..<n { gram[r * n + c] += row[r] * row[c] }
        target[r] += reward * row[r]
      }
    }
    model.refresh()
    let joint = try #require(CholeskyFactorization(gram, order: n))
    let solution = joint.solve(target)
    let inverse = joint.inverse()
    for i in 0..<k { #expect(abs(model.beta[i] - solution[i]) < 1e-9, "β[\(i)]") }
    for g in 0..<groups {
      let theta = model.personalWeights(group: g)
      for a in 0..<m { #expect(abs(theta[a] - solution[k + g * m + a]) < 1e-9, "θ_\(g)[\(a)]") }
    }
    // The variance of zᵀβ + xᵀθ_g is vᵀ A⁻¹ v for v = (z, x in g's block).
    let z = [0.3, -1.0, 0, 2.0, 0.5]
    let x = [1.0, 0, 1.0]
    for g in 0..<groups {
      var v = [Double](repeating: 0, count: n)
      for i in 0..<k { v[i] = z[i] }
      for a in 0..<m { v[k + g * m + a] = x[a] }
      var expected = 0.0
      for r in 0..<n { for c in 0..<n { expected += v[r] * inverse[r * n + c] * v[c] } }
      let s = z.withUnsafeBufferPointer { zb in
        x.withUnsafeBufferPointer { model.variance(shared: zb, personal: $0, group: g) }
      }
      #expect(abs(s - expected) < 1e-9 * max(1, expected), "s for group \(g)")
    }
    // A group without data: its θ is the prior 0, its variance adds xᵀx/λ_g.
    let unseen = z.withUnsafeBufferPointer { zb in
      x.withUnsafeBufferPointer { model.variance(shared: zb, personal: $0, group: 99) }
    }
    let sharedOnly = z.withUnsafeBufferPointer { zb in
      x.withUnsafeBufferPointer { model.variance(shared: zb, personal: $0, group: nil) }
    }
    #expect(abs(unseen - (sharedOnly + 2 / personalRidge)) < 1e-12)
    #expect(model.personalWeights(group: 99) == [0, 0, 0])
  }

  @Test("Non-finite observations are skipped and no group gives NaN")
  func degenerate() {
    var model = HybridRidgeRegression(sharedDimension: 2, personalDimension: 2, ridge: 0, personalRidge: 0)
    model.refresh()
    model.add(shared: [.nan, 1], personal: [1, 0], group: 0, reward: 1)
    model.add(shared: [1, 1], personal: [1, 0], group: 0, reward: .infinity)
    model.add(shared: [1, 1], personal: [1, 0], group: 0, reward: 1)
    model.refresh()
    #expect(model.observations == 1)
    #expect(model.beta.allSatisfy { $0.isFinite })
    #expect(model.personalWeights(group: 0).allSatisfy { $0.isFinite })
    #expect(model.inverse.allSatisfy { $0.isFinite })
  }

  /// A title with a variant of tone `a` and one of tone `b`, and those
  /// variants' positions.
  static func title(with a: ArtworkTone, _ b: ArtworkTone) -> (title: Int, a: Int, b: Int)? {
    for t in 0..<index.titleCount {
      let tones = index.variants(of: t).map(\.tone)
      if let va = tones.firstIndex(of: a), let vb = tones.firstIndex(of: b) { return (t, va, vb) }
    }
    return nil
  }

  /// A uniform random log over every title: the crowd (profiles 1…40)
  /// plays romantic images 30% of the time and comic ones 10%; profile 0
  /// the other way round, 5% and 35%. Every other tone is played 10% of
  /// the time. Every profile has the same context apart from its number,
  /// so the context features cannot tell profile 0 from the crowd.
  static func log(seed: UInt64) -> [ArtworkFeedback] {
    var random = SeededGenerator(seed: seed)
    var batch: [ArtworkFeedback] = []
    for impression in 0..<16_000 {
      // One impression in ten is profile 0's: a minority.
      let profile = impression % 10 == 0 ? 0 : 1 + Int(random.next() % 40)
      let title = Int(random.next() % UInt64(index.titleCount))
      let variant = Int(random.next() % UInt64(index.variantCount(of: title)))
      let tone = index.variants(of: title)[index.offsets[title] + variant].tone
      let p: Double
      switch (tone, profile == 0) {
      case (.romantic, false): p = 0.3
      case (.romantic, true): p = 0.05
      case (.comic, true): p = 0.35
      default: p = 0.1
      }
      batch.append(
        ArtworkFeedback(
          title: title, variant: variant, context: context(profile: profile),
          reward: random.nextUnitDouble() < p ? 1 : 0))
    }
    return batch
  }

  static func context(profile: Int?) -> ArtworkContext {
    var context = ArtworkContext.unknown(genres: index.genres.count)
    context.toneShares = [0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.2, 0]
    context.profile = profile
    return context
  }

  /// Each profile group's play rate per tone in a log: the expectation the
  /// policy's choices are checked against, computed without any model.
  static func playRates(_ log: [ArtworkFeedback], minority: Bool) -> [ArtworkTone: Double] {
    var plays: [ArtworkTone: (Double, Double)] = [:]
    for feedback in log where (feedback.context.profile == 0) == minority {
      let tone = index.variants(of: feedback.title)[index.offsets[feedback.title] + feedback.variant].tone
      let (sum, count) = plays[tone] ?? (0, 0)
      plays[tone] = (sum + feedback.reward, count + 1)
    }
    return plays.mapValues { $0.0 / max(1, $0.1) }
  }

  @Test("A profile unlike the crowd gets its own preferred image; the crowd keeps the popular one")
  func minorityGetsItsTone() throws {
    let (title, comic, romantic) = try #require(Self.title(with: .comic, .romantic))
    let log = Self.log(seed: 41)
    // What the log itself says, with no model: the crowd plays romantic
    // images more, profile 0 comic ones.
    let crowd = Self.playRates(log, minority: false)
    let minority = Self.playRates(log, minority: true)
    let crowdPrefers: ArtworkTone = (crowd[.romantic] ?? 0) > (crowd[.comic] ?? 0) ? .romantic : .comic
    let minorityPrefers: ArtworkTone = (minority[.comic] ?? 0) > (minority[.romantic] ?? 0) ? .comic : .romantic
    #expect(crowdPrefers == .romantic && minorityPrefers == .comic, "crowd \(crowd), profile 0 \(minority)")

    var policy = LinUCBPolicy(index: Self.index, alpha: 0)
    policy.learn(log)
    let variants = Array(Self.index.variants(of: title))
    func tone(for profile: Int?) -> ArtworkTone {
      let means = policy.estimates(title: title, context: Self.context(profile: profile)).means
      // Between the title's comic and romantic images.
      return means[comic] > means[romantic] ? variants[comic].tone : variants[romantic].tone
    }
    #expect(tone(for: 0) == minorityPrefers)
    #expect(tone(for: 7) == crowdPrefers)
    // A profile the policy has never seen follows the crowd.
    #expect(tone(for: 500) == crowdPrefers)
    let explanation = policy.explain(title: title, context: Self.context(profile: 0))
    let own = try #require(explanation.contributions.first { $0.feature == ArtworkFeatures.count })
    #expect(own.name.contains("your own response"))
    #expect(own.isInteraction)

    // The same log without profile numbers (the shared part alone, LinUCB
    // as it was): every profile looks alike, so profile 0 is shown the
    // crowd's image too. This is what the per-profile part fixes.
    var shared = LinUCBPolicy(index: Self.index, alpha: 0)
    shared.learn(
      log.map {
        var context = $0.context
        context.profile = nil
        return ArtworkFeedback(title: $0.title, variant: $0.variant, context: context, reward: $0.reward)
      })
    let means = shared.estimates(title: title, context: Self.context(profile: nil)).means
    #expect(means[romantic] > means[comic])
  }
}
