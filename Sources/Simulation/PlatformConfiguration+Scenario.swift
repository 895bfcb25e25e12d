import Factorization
import Platform
import Scenarios

extension PlatformConfiguration {
  /// The platform settings of a scenario. Artwork policies this slice does
  /// not have yet (`best-overall`, `linucb`, `thompson`) run as
  /// epsilon-greedy (`best-overall` with ε = 0).
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
    case .bestOverall: artworkPolicy = .epsilonGreedy(epsilon: 0)
    default: artworkPolicy = .epsilonGreedy(epsilon: settings.artworkEpsilon)
    }
    self.seed = seed
    self.threads = threads
  }
}
