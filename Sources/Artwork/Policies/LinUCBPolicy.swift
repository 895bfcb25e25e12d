import LinearAlgebra

/// Hybrid LinUCB (Li, Chu, Langford and Schapire 2010, "A
/// Contextual-Bandit Approach to Personalized News Article
/// Recommendation", Algorithm 2), with the non-shared part per profile:
/// each variant is scored `φᵀβ + xᵀθ_p + α √s`, with φ the
/// ``ArtworkFeatures`` of the context and the variant's tags, `β` weights
/// shared by every profile and title, `x` the variant's tone (one-hot) and
/// `θ_p` the profile's own response to each tone; `s` is the estimate's
/// variance (``HybridRidgeRegression/variance(shared:personal:group:)``).
///
/// Because the shared weights are on tags (tone, face, featured cast, cued
/// genre) crossed with the context, what is learned on one title's artwork
/// carries over to titles never shown before. The shared weights can only
/// personalise as far as the context predicts a profile's taste in images;
/// the profile's own weights learn what its own plays say where it departs
/// from that prediction (a comedy fan who, unlike most of the crowd, is
/// not drawn by romantic images), shrunk toward 0 by `personalRidge` so a
/// profile with little data follows the crowd. Impressions of an unknown
/// profile (`context.profile == nil`) train only the shared weights.
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
  /// The shared and per-profile ridge regression.
  public private(set) var model: HybridRidgeRegression

  /// Creates the policy with no data (`A₀ = λI`, every `A_p = λ_p I`).
  ///
  /// - Parameter personalRidge: λ_p. With LinUCB's unit-noise scaling a
  ///   profile's own weights have prior standard deviation `σ / √λ_p`
  ///   for reward noise σ; play rewards have σ² ≈ 0.065 (plays follow
  ///   about 7% of impressions), so the default 10 expects a profile to
  ///   depart from the crowd's prediction by about 0.08 plays per
  ///   impression. Smaller values explore each profile's tones longer.
  public init(
    index: ArtworkIndex, alpha: Double = 1, ridge: Double = 1, personalRidge: Double = 10
  ) {
    self.index = index
    self.alpha = alpha.isFinite ? max(0, alpha) : 1
    self.model = HybridRidgeRegression(
      sharedDimension: ArtworkFeatures.count, personalDimension: ArtworkFeatures.toneCount,
      ridge: ridge, personalRidge: personalRidge)
  }

  /// `linucb`.
  public var name: String { "linucb" }

  /// Each variant's estimated reward `φᵀβ + xᵀθ_p` and exploration bonus
  /// `α √s`.
  ///
  /// - Complexity: O(variants · d²) with d = ``ArtworkFeatures/count``.
  public func estimates(
    title: Int, context: ArtworkContext
  ) -> (means: [Double], bonuses: [Double]) {
    let arms = ArmFeatureMatrix(index: index, title: title, context: context)
    var means: [Double] = []
    var bonuses: [Double] = []
    for arm in 0..<arms.arms {
      arms.withRow(arm) { phi in
        let tone = UnsafeBufferPointer(rebasing: phi[0..<ArtworkFeatures.toneCount])
        means.append(model.mean(shared: phi, personal: tone, group: context.profile))
        bonuses.append(
          alpha * model.variance(shared: phi, personal: tone, group: context.profile).squareRoot())
      }
    }
    return (means, bonuses)
  }

  /// Each variant's upper confidence bound `φᵀβ + xᵀθ_p + α √s`.
  ///
  /// - Complexity: O(variants · d²) with d = ``ArtworkFeatures/count``.
  public func upperBounds(title: Int, context: ArtworkContext) -> [Double] {
    let (means, bonuses) = estimates(title: title, context: context)
    return zip(means, bonuses).map { $0 + $1 }
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

  /// Adds every impression to the regression (the profile's own part
  /// under `context.profile`), then solves once.
  ///
  /// - Complexity: O(batch · d² + profiles · d² t + d³), t the number of
  ///   tones.
  public mutating func learn(_ batch: [ArtworkFeedback]) {
    guard !batch.isEmpty else { return }
    for feedback in batch {
      let slot = index.slot(title: feedback.title, variant: feedback.variant)
      let phi = ArtworkFeatures.vector(context: feedback.context, index: index, slot: slot)
      model.add(
        shared: phi, personal: Array(phi[0..<ArtworkFeatures.toneCount]), group: feedback.context.profile,
        reward: feedback.reward)
    }
    model.refresh()
  }

  /// Why the policy shows what it shows for a title in a context: each
  /// variant's score, and for the chosen (best) variant the contribution
  /// `β_f φ_f` of every shared feature and `θ_p,tone` of the profile's own
  /// response to its tone, with their advantage over the runner-up; the
  /// confidence bonus is reported apart.
  public func explain(title: Int, context: ArtworkContext) -> ArtworkExplanation {
    let arms = ArmFeatureMatrix(index: index, title: title, context: context)
    let (means, bonuses) = estimates(title: title, context: context)
    let bounds = zip(means, bonuses).map { $0 + $1 }
    let ties = bounds.withUnsafeBufferPointer { Self.tiedBest($0) }
    return ArtworkExplanation(
      index: index, title: title, context: context, chosen: ties.first ?? 0, arms: arms,
      theta: model.beta,
      personal: context.profile == nil ? nil : model.personalWeights(group: context.profile),
      means: means, bonuses: bonuses)
  }
}
