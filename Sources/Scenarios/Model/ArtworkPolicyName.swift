/// Which artwork policy the platform runs (the policies themselves live in
/// the recommendation side; a scenario only names one).
public enum ArtworkPolicyName: String, Sendable, CaseIterable {
  /// A variant chosen uniformly at random.
  case random
  /// The best variant so far, or a random one with probability ε.
  case epsilonGreedy = "epsilon-greedy"
  /// The variant with the best click rate over everyone (no
  /// personalisation).
  case bestOverall = "best-overall"
  /// A contextual bandit with upper confidence bounds (Li, Chu, Langford
  /// and Schapire 2010).
  case linUCB = "linucb"
  /// Thompson sampling from each variant's posterior click rate.
  case thompson
}
