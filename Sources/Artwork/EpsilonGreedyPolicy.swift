import LinearAlgebra

/// With probability 1 − ε shows the variant of a title with the best
/// click-through rate so far, otherwise a uniformly random one (Sutton and
/// Barto, "Reinforcement Learning", 2nd ed., §2.2).
///
/// The click-through rate of a variant is smoothed with a Beta(1, 1) prior,
/// `(clicks + 1) / (impressions + 2)`, so unseen variants start at ½; ties
/// go to the lower variant. The propensity of the greedy variant is
/// `1 − ε + ε/n`, of any other `ε/n`.
public struct EpsilonGreedyPolicy: ArtworkPolicy {
  /// The catalog's artwork.
  public let index: ArtworkIndex
  /// The exploration rate ε, 0 to 1.
  public let epsilon: Double
  /// Impressions per (title, variant) slot.
  public private(set) var impressions: [Int]
  /// Clicks per (title, variant) slot.
  public private(set) var clicks: [Int]

  /// Creates the policy with no statistics.
  public init(index: ArtworkIndex, epsilon: Double) {
    self.index = index
    self.epsilon = min(1, max(0, epsilon))
    self.impressions = Array(repeating: 0, count: index.variants.count)
    self.clicks = Array(repeating: 0, count: index.variants.count)
  }

  /// `epsilon-greedy`.
  public var name: String { "epsilon-greedy" }

  /// The smoothed click-through rate of a title's variant.
  public func clickThroughRate(title: Int, variant: Int) -> Double {
    let slot = index.slot(title: title, variant: variant)
    return Double(clicks[slot] + 1) / Double(impressions[slot] + 2)
  }

  /// The variant with the best smoothed click-through rate.
  public func greedyVariant(of title: Int) -> Int {
    var best = 0
    var bestRate = -1.0
    for variant in 0..<index.variantCount(of: title) {
      let rate = clickThroughRate(title: title, variant: variant)
      if rate > bestRate {
        best = variant
        bestRate = rate
      }
    }
    return best
  }

  /// Explores with probability ε, otherwise exploits.
  public func choose(title: Int, random: inout SeededGenerator) -> ArtworkChoice {
    let count = index.variantCount(of: title)
    guard count > 1 else { return ArtworkChoice(variant: 0, propensity: 1) }
    let greedy = greedyVariant(of: title)
    let explore = random.nextUnitDouble() < epsilon
    let variant = explore ? Int(random.next() % UInt64(count)) : greedy
    let uniform = epsilon / Double(count)
    return ArtworkChoice(variant: variant, propensity: variant == greedy ? 1 - epsilon + uniform : uniform)
  }

  /// Counts the impression and, when clicked, the click.
  public mutating func learn(_ feedback: ArtworkFeedback) {
    let slot = index.slot(title: feedback.title, variant: feedback.variant)
    impressions[slot] += 1
    if feedback.clicked { clicks[slot] += 1 }
  }
}
