import LinearAlgebra

/// Shows every variant of a title with equal probability and learns
/// nothing: the baseline, Netflix's explore bucket, and the logging policy
/// whose propensities make off-policy evaluation simplest.
public struct UniformRandomPolicy: ArtworkPolicy {
  /// The catalog's artwork.
  public let index: ArtworkIndex

  /// Creates the policy.
  public init(index: ArtworkIndex) { self.index = index }

  /// `random`.
  public var name: String { "random" }

  /// A variant drawn uniformly; propensity 1 / variants.
  public func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice {
    let count = index.variantCount(of: title)
    guard count > 1 else { return ArtworkChoice(variant: 0, propensity: 1) }
    let variant = Int(random.next() % UInt64(count))
    return ArtworkChoice(variant: variant, propensity: 1 / Double(count))
  }

  /// 1 / variants each.
  public func probabilities(title: Int, context: ArtworkContext) -> [Double]? {
    let count = index.variantCount(of: title)
    return Array(repeating: 1 / Double(count), count: count)
  }

  /// Ignores feedback.
  public mutating func learn(_ batch: [ArtworkFeedback]) {}
}
