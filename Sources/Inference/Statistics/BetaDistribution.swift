import Foundation

/// The beta distribution Beta(α, β): the posterior of a proportion after
/// α − 1 successes and β − 1 failures under a uniform prior, or after
/// pseudo-counts of a prior centred elsewhere.
public struct BetaDistribution: Sendable, Equatable {
  /// The first shape parameter, α > 0.
  public let alpha: Double
  /// The second shape parameter, β > 0.
  public let beta: Double

  /// Creates Beta(α, β); shapes that are not positive and finite become a
  /// tiny positive number, so no probability is NaN.
  public init(alpha: Double, beta: Double) {
    self.alpha = alpha.isFinite && alpha > 0 ? alpha : 1e-9
    self.beta = beta.isFinite && beta > 0 ? beta : 1e-9
  }

  /// The mean α / (α + β).
  public var mean: Double { alpha / (alpha + beta) }

  /// The variance αβ / ((α + β)²(α + β + 1)).
  public var variance: Double {
    let total = alpha + beta
    return alpha * beta / (total * total * (total + 1))
  }

  /// P(X ≤ x), the regularized incomplete beta function I_x(α, β).
  ///
  /// Evaluated by its continued fraction with the modified Lentz method,
  /// using the symmetry I_x(α, β) = 1 − I_{1−x}(β, α) where the fraction
  /// converges slowly (Press et al., Numerical Recipes, §6.4).
  ///
  /// - Complexity: O(1): at most 300 terms.
  public func cumulativeProbability(_ x: Double) -> Double {
    guard x.isFinite else { return x > 0 ? 1 : 0 }
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let a = alpha, b = beta
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
    let front = exp(logFront)
    let value: Double
    if x < (a + 1) / (a + b + 2) {
      value = front * Self.continuedFraction(a: a, b: b, x: x) / a
    } else {
      value = 1 - front * Self.continuedFraction(a: b, b: a, x: 1 - x) / b
    }
    return min(1, max(0, value))
  }

  /// P(X > x).
  public func survivalProbability(_ x: Double) -> Double { 1 - cumulativeProbability(x) }

  /// The continued fraction of the incomplete beta function.
  private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...300 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let step = d * c
      result *= step
      if abs(step - 1) < 1e-12 { break }
    }
    return result
  }
}
