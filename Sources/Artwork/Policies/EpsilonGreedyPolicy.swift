import LinearAlgebra

/// With probability 1 − ε shows the variant of a title with the best mean
/// reward so far, otherwise a uniformly random one (Sutton and Barto,
/// "Reinforcement Learning", 2nd ed., §2.2). With ε = 0 it is
/// `best-overall`: the single best artwork for everyone, no context.
///
/// The mean reward of a variant is smoothed with a Beta(1, 1) prior,
/// `(rewards + 1) / (impressions + 2)`, so unseen variants start at ½ and
/// get tried (optimism) even with ε = 0. Tied best variants share the
/// greedy probability: each has propensity `(1 − ε) / ties + ε/n`, any
/// other `ε/n`. The context is ignored.
public struct EpsilonGreedyPolicy: ArtworkPolicy {
  /// The catalog's artwork.
  public let index: ArtworkIndex
  /// The exploration rate ε, 0 to 1.
  public let epsilon: Double
  /// Impressions per (title, variant) slot.
  public private(set) var impressions: [Int]
  /// Summed reward per (title, variant) slot.
  public private(set) var rewards: [Double]
  /// `epsilon-greedy`, or `best-overall` when created as such.
  public let name: String

  /// Creates the policy with no statistics.
  public init(index: ArtworkIndex, epsilon: Double) {
    self.init(index: index, epsilon: epsilon, name: "epsilon-greedy")
  }

  /// The non-contextual baseline: ε = 0, named `best-overall`.
  public static func bestOverall(index: ArtworkIndex) -> EpsilonGreedyPolicy {
    EpsilonGreedyPolicy(index: index, epsilon: 0, name: "best-overall")
  }

  private init(index: ArtworkIndex, epsilon: Double, name: String) {
    self.index = index
    self.epsilon = epsilon.isFinite ? min(1, max(0, epsilon)) : 0
    self.impressions = Array(repeating: 0, count: index.variants.count)
    self.rewards = Array(repeating: 0, count: index.variants.count)
    self.name = name
  }

  /// The smoothed mean reward of a title's variant.
  public func meanReward(title: Int, variant: Int) -> Double {
    let slot = index.slot(title: title, variant: variant)
    return (rewards[slot] + 1) / Double(impressions[slot] + 2)
  }

  /// The variant with the best smoothed mean reward (the lowest on ties).
  public func greedyVariant(of title: Int) -> Int {
    let means = (0..<index.variantCount(of: title)).map { meanReward(title: title, variant: $0) }
    return means.withUnsafeBufferPointer { Self.tiedBest($0).first ?? 0 }
  }

  /// Explores with probability ε, otherwise exploits.
  public func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice {
    let count = index.variantCount(of: title)
    guard count > 1 else { return ArtworkChoice(variant: 0, propensity: 1) }
    let means = (0..<count).map { meanReward(title: title, variant: $0) }
    let ties = means.withUnsafeBufferPointer { Self.tiedBest($0) }
    let explore = epsilon > 0 && random.nextUnitDouble() < epsilon
    let variant =
      explore
      ? Int(random.next() % UInt64(count))
      : ties.count == 1 ? ties[0] : ties[Int(random.next() % UInt64(ties.count))]
    let uniform = epsilon / Double(count)
    let propensity = ties.contains(variant) ? (1 - epsilon) / Double(ties.count) + uniform : uniform
    return ArtworkChoice(variant: variant, propensity: propensity)
  }

  /// Exact: the greedy share split over ties plus ε/n each.
  public func probabilities(title: Int, context: ArtworkContext) -> [Double]? {
    let count = index.variantCount(of: title)
    let means = (0..<count).map { meanReward(title: title, variant: $0) }
    let ties = means.withUnsafeBufferPointer { Self.tiedBest($0) }
    return (0..<count).map {
      (ties.contains($0) ? (1 - epsilon) / Double(ties.count) : 0) + epsilon / Double(count)
    }
  }

  /// Counts each impression and adds its reward.
  public mutating func learn(_ batch: [ArtworkFeedback]) {
    for feedback in batch {
      let slot = index.slot(title: feedback.title, variant: feedback.variant)
      impressions[slot] += 1
      rewards[slot] += feedback.reward
    }
  }
}
