import LinearAlgebra

/// Thompson sampling for linear payoffs (Agrawal and Goyal 2013,
/// "Thompson Sampling for Contextual Bandits with Linear Payoffs",
/// Algorithm 1): draw `θ̃ ~ N(θ̂, v² A⁻¹)` from the same shared ridge
/// regression as ``LinUCBPolicy`` and show the variant with the highest
/// `θ̃ᵀφ`.
///
/// Only the variants' scores matter, so instead of drawing all of θ̃ the
/// policy draws the scores directly: they are jointly Gaussian with means
/// `θ̂ᵀφ_a` and covariances `v² φ_aᵀA⁻¹φ_b` (variants × variants, a tiny
/// Cholesky). The logged propensity is estimated from
/// ``propensitySamples`` draws of that distribution, the first of which
/// made the choice (so it is at least 1/``propensitySamples``); Thompson
/// probabilities have no closed form.
public struct LinearThompsonPolicy: ArtworkPolicy {
  /// The catalog's artwork.
  public let index: ArtworkIndex
  /// The posterior scale v.
  public let scale: Double
  /// Draws used to estimate the propensity.
  public let propensitySamples: Int
  /// The shared ridge regression.
  public private(set) var model: RidgeRegression

  /// Creates the policy with no data.
  public init(index: ArtworkIndex, scale: Double = 0.25, ridge: Double = 1, propensitySamples: Int = 64) {
    self.index = index
    self.scale = scale.isFinite ? max(0, scale) : 0.25
    self.propensitySamples = max(1, propensitySamples)
    self.model = RidgeRegression(dimension: ArtworkFeatures.count, ridge: ridge)
  }

  /// `thompson`.
  public var name: String { "thompson" }

  /// A sampled variant and the estimated probability of sampling it.
  ///
  /// - Complexity: O(variants² · d² + samples · variants²).
  public func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice {
    let n = index.variantCount(of: title)
    guard n > 1 else { return ArtworkChoice(variant: 0, propensity: 1) }
    let arms = ArmFeatureMatrix(index: index, title: title, context: context)
    var means = [Double](repeating: 0, count: n)
    var covariance = [Double](repeating: 0, count: n * n)
    let v2 = scale * scale
    for a in 0..<n {
      arms.withRow(a) { phi in
        means[a] = model.mean(phi)
        for b in 0...a {
          let c = arms.withRow(b) { v2 * model.inner(phi, $0) }
          covariance[a * n + b] = c
          covariance[b * n + a] = c
        }
      }
    }
    let lower = Self.factor(covariance, order: n)
    var scores = [Double](repeating: 0, count: n)
    var normals = [Double](repeating: 0, count: n)
    var chosen = 0
    var wins = 0
    for draw in 0..<propensitySamples {
      for i in 0..<n { normals[i] = random.nextGaussian() }
      for i in 0..<n {
        var s = means[i]
        for p in 0...i { s += lower[i * n + p] * normals[p] }
        scores[i] = s
      }
      var best = 0
      for i in 1..<n where scores[i] > scores[best] { best = i }
      if draw == 0 { chosen = best }
      if best == chosen { wins += 1 }
    }
    return ArtworkChoice(variant: chosen, propensity: Double(wins) / Double(propensitySamples))
  }

  /// `nil`: Thompson probabilities have no closed form.
  public func probabilities(title: Int, context: ArtworkContext) -> [Double]? { nil }

  /// Adds every impression to the regression, then refreshes `A⁻¹` once.
  public mutating func learn(_ batch: [ArtworkFeedback]) {
    guard !batch.isEmpty else { return }
    for feedback in batch {
      let slot = index.slot(title: feedback.title, variant: feedback.variant)
      model.add(ArtworkFeatures.vector(context: feedback.context, index: index, slot: slot), reward: feedback.reward)
    }
    model.refresh()
  }

  /// The lower Cholesky factor of a small covariance, with a growing
  /// jitter when it is only semi-definite (identical variants).
  static func factor(_ c: [Double], order n: Int) -> [Double] {
    let scale = max(1e-300, (0..<n).map { c[$0 * n + $0] }.max() ?? 1)
    var jitter = 0.0
    for _ in 0..<30 {
      if let l = CholeskyFactorization(c, order: n, ridge: jitter)?.lower { return l }
      jitter = jitter == 0 ? 1e-12 * scale : jitter * 10
    }
    return [Double](repeating: 0, count: n * n)
  }
}
