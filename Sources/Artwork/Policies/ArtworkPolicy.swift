import LinearAlgebra

/// Chooses which artwork variant to show for a title in a context and
/// learns from what followed: a contextual bandit per title, as Netflix
/// describes for its artwork ("Artwork Personalization at Netflix", 2017).
/// The arms are the title's variants, described by their tags; the context
/// is what the platform knows of the profile and the situation.
///
/// A policy is a value: the platform freezes one copy while a simulated day
/// runs in parallel and applies the day's feedback, as one batch in log
/// order, at its end, so the choices do not depend on the number of
/// threads.
public protocol ArtworkPolicy: Sendable {
  /// The policy's name as scenarios spell it (`random`, `epsilon-greedy`,
  /// `best-overall`, `linucb`, `thompson`).
  var name: String { get }

  /// Picks a variant of a title with the randomness given, and the
  /// probability it had of picking it (logged as the impression's
  /// propensity).
  func choose(title: Int, context: ArtworkContext, random: inout SeededGenerator) -> ArtworkChoice

  /// The probability of each variant of a title in a context, when the
  /// policy can say exactly (`nil` for Thompson sampling, whose
  /// probabilities have no closed form; off-policy evaluation then samples
  /// ``choose(title:context:random:)``).
  func probabilities(title: Int, context: ArtworkContext) -> [Double]?

  /// Learns from a batch of impressions' outcomes, in log order.
  mutating func learn(_ batch: [ArtworkFeedback])
}

extension ArtworkPolicy {
  /// Picks uniformly among the tied best of some scores: the variant and
  /// its propensity `1 / ties` (times `share`, the probability of being in
  /// the greedy branch at all).
  static func pickBest(
    _ scores: UnsafeBufferPointer<Double>, random: inout SeededGenerator, share: Double = 1
  ) -> ArtworkChoice {
    let ties = tiedBest(scores)
    let chosen = ties.count == 1 ? ties[0] : ties[Int(random.next() % UInt64(ties.count))]
    return ArtworkChoice(variant: chosen, propensity: share / Double(ties.count))
  }

  /// The positions within a relative 1e-12 of the best score.
  static func tiedBest(_ scores: UnsafeBufferPointer<Double>) -> [Int] {
    var best = -Double.infinity
    for s in scores where s > best { best = s }
    guard best.isFinite else { return Array(scores.indices) }
    let tolerance = 1e-12 * max(1, abs(best))
    return scores.indices.filter { scores[$0] >= best - tolerance }
  }
}
