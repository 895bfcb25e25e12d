import LinearAlgebra

/// LinUCB with features shared across titles (Li, Chu, Langford and
/// Schapire 2010, "A Contextual-Bandit Approach to Personalized News
/// Article Recommendation", Algorithm 1 over the shared features of their
/// hybrid model): each variant is scored `θᵀφ + α √(φᵀA⁻¹φ)` with φ the
/// ``ArtworkFeatures`` of the context and the variant's tags, and one ridge
/// regression `θ` learned from every title's impressions. Because the
/// weights are on tags (tone, face, featured cast, cued genre) crossed with
/// the context, what is learned on one title's artwork carries over to
/// titles never shown before.
///
/// The choice is deterministic except between exactly tied variants,
/// which are picked uniformly: the logged propensity is `1 / ties` (1
/// without a tie). A deterministic policy cannot itself be evaluated
/// off-policy from its own log; evaluate it from a random-policy log.
public struct LinUCBPolicy: ArtworkPolicy {
  /// The catalog's artwork.
  public let index: ArtworkIndex
  /// The width α of the confidence bound (scenario `artwork_exploration`).
  public let alpha: Double
  /// The shared ridge regression.
  public private(set) var model: RidgeRegression

  /// Creates the policy with no data (`A = λI`).
  public init(index: ArtworkIndex, alpha: Double = 1, ridge: Double = 1) {
    self.index = index
    self.alpha = alpha.isFinite ? max(0, alpha) : 1
    self.model = RidgeRegression(dimension: ArtworkFeatures.count, ridge: ridge)
  }

  /// `linucb`.
  public var name: String { "linucb" }

  /// Each variant's upper confidence bound `θᵀφ + α √(φᵀA⁻¹φ)`.
  ///
  /// - Complexity: O(variants · d²) with d = ``ArtworkFeatures/count``.
  public func upperBounds(title: Int, context: ArtworkContext) -> [Double] {
    let arms = ArmFeatureMatrix(index: index, title: title, context: context)
    return (0..<arms.arms).map { arm in
      arms.withRow(arm) { phi in
        model.mean(phi) + alpha * max(0, model.inner(phi, phi)).squareRoot()
      }
    }
  }

  /// The variant with the highest upper bound (uniform among ties).
  public func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice {
    guard index.variantCount(of: title) > 1 else { return ArtworkChoice(variant: 0, propensity: 1) }
    let bounds = upperBounds(title: title, context: context)
    return bounds.withUnsafeBufferPointer { Self.pickBest($0, random: &random) }
  }

  /// 1 / ties on the tied best variants, 0 elsewhere.
  public func probabilities(title: Int, context: ArtworkContext) -> [Double]? {
    let bounds = upperBounds(title: title, context: context)
    let ties = bounds.withUnsafeBufferPointer { Self.tiedBest($0) }
    return bounds.indices.map { ties.contains($0) ? 1 / Double(ties.count) : 0 }
  }

  /// Adds every impression to the regression, then refreshes `A⁻¹` once.
  ///
  /// - Complexity: O(batch · d² + d³).
  public mutating func learn(_ batch: [ArtworkFeedback]) {
    guard !batch.isEmpty else { return }
    for feedback in batch {
      let slot = index.slot(title: feedback.title, variant: feedback.variant)
      model.add(ArtworkFeatures.vector(context: feedback.context, index: index, slot: slot), reward: feedback.reward)
    }
    model.refresh()
  }

  /// Why the policy shows what it shows for a title in a context: each
  /// variant's score, and for the chosen (best) variant the contribution
  /// `θ_f φ_f` of every feature to its estimated reward, with its advantage
  /// over the runner-up; the confidence bonus is reported apart.
  public func explain(title: Int, context: ArtworkContext) -> ArtworkExplanation {
    let arms = ArmFeatureMatrix(index: index, title: title, context: context)
    let means = (0..<arms.arms).map { arm in arms.withRow(arm) { model.mean($0) } }
    let bonuses = (0..<arms.arms).map { arm in
      arms.withRow(arm) { alpha * max(0, model.inner($0, $0)).squareRoot() }
    }
    let bounds = zip(means, bonuses).map { $0 + $1 }
    let ties = bounds.withUnsafeBufferPointer { Self.tiedBest($0) }
    return ArtworkExplanation(
      index: index, title: title, context: context, chosen: ties.first ?? 0, arms: arms,
      theta: model.theta, means: means, bonuses: bonuses)
  }
}
