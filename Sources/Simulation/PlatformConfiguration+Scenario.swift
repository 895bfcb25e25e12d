import Factorization
import Platform
import Scenarios

extension PlatformConfiguration {
  /// The platform settings of a scenario: `artwork_policy` names the
  /// policy (`artwork_epsilon` is ε of `epsilon-greedy`,
  /// `artwork_exploration` the bound width α of `linucb`; `thompson` uses
  /// the posterior scale 0.25).
  public init(settings: PlatformSettings, seed: UInt64, threads: Int, retrainEveryDays: Int?) {
    self.init()
    factors = settings.factors
    regularization = Float(settings.regularization)
    iterations = settings.iterations
    confidence = Confidence(
      scaling: .linear(alpha: Float(settings.confidenceAlpha)),
      convention: settings.confidenceConvention == .implicit ? .implicitLibrary : .paper)
    solver = settings.solver == .cholesky ? .cholesky : .conjugateGradient(steps: settings.cgSteps)
    self.retrainEveryDays =
      retrainEveryDays ?? max(1, Int((settings.retrainIntervalHours / 24).rounded()))
    switch settings.artworkPolicy {
    case .random: artworkPolicy = .uniformRandom
    case .epsilonGreedy: artworkPolicy = .epsilonGreedy(epsilon: settings.artworkEpsilon)
    case .bestOverall: artworkPolicy = .bestOverall
    case .linUCB: artworkPolicy = .linUCB(alpha: settings.artworkExploration)
    case .thompson: artworkPolicy = .thompson(scale: 0.25)
    }
    self.seed = seed
    self.threads = threads
  }
}
