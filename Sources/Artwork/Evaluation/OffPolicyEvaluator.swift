import LinearAlgebra

/// Estimates how an artwork policy would have done from impressions logged
/// under another policy (usually the uniform explore bucket), without
/// showing it to anyone: replay (Li, Chu, Langford and Wang 2011,
/// "Unbiased Offline Evaluation of Contextual-bandit-based News Article
/// Recommendation Algorithms"), inverse propensity scoring (Horvitz and
/// Thompson 1952), self-normalised IPS (Swaminathan and Joachims 2015) and
/// doubly robust estimation (Dudík, Langford and Li 2011).
///
/// With `n` logged events `(x_i, a_i, p_i, r_i)` and the evaluated policy
/// π:
/// - replay keeps the events where π, run on `x_i`, picks `a_i`, and
///   averages their rewards (unbiased when the log is uniformly random
///   over the same number of actions every time, as Li et al. assume;
///   titles have 2 to 6 variants, so replay keeps titles with few variants
///   more often and is biased towards them — IPS, SNIPS and DR are not;
///   π may learn from the kept events as it would online);
/// - IPS is `(1/n) Σ π(a_i|x_i) r_i / p_i`;
/// - SNIPS divides `Σ w_i r_i` by `Σ w_i` with `w_i = π(a_i|x_i) / p_i`;
/// - DR is `(1/n) Σ [Σ_a π(a|x_i) r̂(x_i, a) + w_i (r_i − r̂(x_i, a_i))]`
///   with `r̂` a ridge regression on ``ArtworkFeatures`` cross-fitted on
///   the log (even events predict odd ones and the other way round).
///
/// When the policy cannot say its probabilities (Thompson sampling), one
/// sampled choice per event stands in for π(·|x), which keeps IPS and DR
/// unbiased at the price of variance.
public struct OffPolicyEvaluator: Sendable {
  /// The catalog's artwork.
  public let index: ArtworkIndex
  /// The seed of the sampled choices (replay, Thompson).
  public let seed: UInt64

  /// Creates an evaluator.
  public init(index: ArtworkIndex, seed: UInt64 = 1) {
    self.index = index
    self.seed = seed
  }

  /// The four estimates of a policy, frozen (it does not learn).
  ///
  /// - Complexity: O(n · variants · d²).
  public func evaluate(_ policy: some ArtworkPolicy, log: [LoggedImpression]) -> [OffPolicyEstimate] {
    [
      replay(policy, log: log, learnEvery: nil), inversePropensity(policy, log: log),
      selfNormalized(policy, log: log), doublyRobust(policy, log: log),
    ]
  }

  /// Replay: the mean reward of the events on which the policy picks the
  /// logged variant. With `learnEvery`, the policy learns from the kept
  /// events in batches of that size, as it would online.
  public func replay(
    _ policy: some ArtworkPolicy, log: [LoggedImpression], learnEvery: Int? = nil
  ) -> OffPolicyEstimate {
    var policy = policy
    var random = SeededGenerator(seed: seed)
    var kept: [Double] = []
    var pending: [ArtworkFeedback] = []
    for event in log {
      let choice = policy.choose(title: event.title, context: event.context, random: &random)
      guard choice.variant == event.variant else { continue }
      kept.append(event.reward)
      if let size = learnEvery {
        pending.append(event.feedback)
        if pending.count >= max(1, size) {
          policy.learn(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
    }
    let (mean, error) = Self.meanAndError(kept)
    return OffPolicyEstimate(estimator: "replay", value: mean, standardError: error, events: log.count, matched: kept.count)
  }

  /// Inverse propensity scoring.
  public func inversePropensity(_ policy: some ArtworkPolicy, log: [LoggedImpression]) -> OffPolicyEstimate {
    let weights = self.weights(policy, log: log)
    let terms = zip(weights, log).map { $0 * $1.reward }
    let (mean, error) = Self.meanAndError(terms)
    return OffPolicyEstimate(
      estimator: "ips", value: mean, standardError: error, events: log.count,
      matched: weights.filter { $0 > 0 }.count)
  }

  /// Self-normalised inverse propensity scoring.
  public func selfNormalized(_ policy: some ArtworkPolicy, log: [LoggedImpression]) -> OffPolicyEstimate {
    let weights = self.weights(policy, log: log)
    let total = weights.reduce(0, +)
    guard total > 0 else {
      return OffPolicyEstimate(estimator: "snips", value: 0, standardError: 0, events: log.count, matched: 0)
    }
    let value = zip(weights, log).reduce(0) { $0 + $1.0 * $1.1.reward } / total
    let meanWeight = total / Double(log.count)
    let linearised = zip(weights, log).map { $0 * ($1.reward - value) / meanWeight }
    let (_, error) = Self.meanAndError(linearised)
    return OffPolicyEstimate(
      estimator: "snips", value: value, standardError: error, events: log.count,
      matched: weights.filter { $0 > 0 }.count)
  }

  /// Doubly robust estimation with a cross-fitted linear reward model.
  public func doublyRobust(_ policy: some ArtworkPolicy, log: [LoggedImpression]) -> OffPolicyEstimate {
    var models = [RidgeRegression(dimension: ArtworkFeatures.count), RidgeRegression(dimension: ArtworkFeatures.count)]
    for (i, event) in log.enumerated() {
      let slot = index.slot(title: event.title, variant: event.variant)
      models[i % 2].add(ArtworkFeatures.vector(context: event.context, index: index, slot: slot), reward: event.reward)
    }
    models[0].refresh()
    models[1].refresh()
    var random = SeededGenerator(seed: seed ^ 0xD0B1)
    var terms: [Double] = []
    var matched = 0
    terms.reserveCapacity(log.count)
    for (i, event) in log.enumerated() {
      let model = models[1 - i % 2]
      let arms = ArmFeatureMatrix(index: index, title: event.title, context: event.context)
      let predictions = (0..<arms.arms).map { arm in arms.withRow(arm) { model.mean($0) } }
      let pi = probabilities(policy, event: event, random: &random)
      var direct = 0.0
      for a in 0..<arms.arms { direct += pi[a] * predictions[a] }
      let w = event.propensity > 0 ? pi[event.variant] / event.propensity : 0
      if pi[event.variant] > 0 { matched += 1 }
      terms.append(direct + w * (event.reward - predictions[event.variant]))
    }
    let (mean, error) = Self.meanAndError(terms)
    return OffPolicyEstimate(estimator: "dr", value: mean, standardError: error, events: log.count, matched: matched)
  }

  /// `π(a_i|x_i) / p_i` per event.
  func weights(_ policy: some ArtworkPolicy, log: [LoggedImpression]) -> [Double] {
    var random = SeededGenerator(seed: seed ^ 0x1B5)
    return log.map { event in
      guard event.propensity > 0 else { return 0 }
      return probabilities(policy, event: event, random: &random)[event.variant] / event.propensity
    }
  }

  /// π(·|x) of one event: exact when the policy says, else one sampled
  /// choice as a one-hot.
  func probabilities(
    _ policy: some ArtworkPolicy, event: LoggedImpression, random: inout SeededGenerator
  ) -> [Double] {
    let n = index.variantCount(of: event.title)
    if let exact = policy.probabilities(title: event.title, context: event.context), exact.count == n {
      return exact
    }
    var oneHot = [Double](repeating: 0, count: n)
    let choice = policy.choose(title: event.title, context: event.context, random: &random)
    if choice.variant < n { oneHot[choice.variant] = 1 }
    return oneHot
  }

  /// The mean and its standard error (0 and 0 for no values).
  static func meanAndError(_ values: [Double]) -> (Double, Double) {
    guard !values.isEmpty else { return (0, 0) }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    guard values.count > 1 else { return (mean, 0) }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
  }
}
