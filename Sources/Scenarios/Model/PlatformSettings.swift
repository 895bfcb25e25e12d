/// The platform's settings for a scenario: its factorization model, how
/// often it retrains, and which artwork policy it runs.
public struct PlatformSettings: Hashable, Sendable {
  /// The number of latent factors.
  public var factors: Int
  /// The L2 regularization λ.
  public var regularization: Double
  /// ALS iterations per training.
  public var iterations: Int
  /// The confidence scale α.
  public var confidenceAlpha: Double
  /// Whether confidence is `1 + α·r` or `α·r`.
  public var confidenceConvention: ConfidenceConvention
  /// The least-squares solver.
  public var solver: SolverName
  /// Conjugate-gradient steps per solve (with `cg`).
  public var cgSteps: Int
  /// Hours of simulated time between retrainings.
  public var retrainIntervalHours: Double
  /// The artwork policy.
  public var artworkPolicy: ArtworkPolicyName
  /// The exploration rate ε of `epsilon-greedy`.
  public var artworkEpsilon: Double
  /// The exploration weight α of `linucb`.
  public var artworkExploration: Double

  /// The settings used when a scenario does not give them.
  public static let standard = PlatformSettings(
    factors: 32, regularization: 0.1, iterations: 15, confidenceAlpha: 40,
    confidenceConvention: .paper, solver: .cg, cgSteps: 3, retrainIntervalHours: 24,
    artworkPolicy: .epsilonGreedy, artworkEpsilon: 0.1, artworkExploration: 1)

  /// Creates settings.
  public init(
    factors: Int, regularization: Double, iterations: Int, confidenceAlpha: Double,
    confidenceConvention: ConfidenceConvention, solver: SolverName, cgSteps: Int,
    retrainIntervalHours: Double, artworkPolicy: ArtworkPolicyName, artworkEpsilon: Double,
    artworkExploration: Double
  ) {
    self.factors = factors
    self.regularization = regularization
    self.iterations = iterations
    self.confidenceAlpha = confidenceAlpha
    self.confidenceConvention = confidenceConvention
    self.solver = solver
    self.cgSteps = cgSteps
    self.retrainIntervalHours = retrainIntervalHours
    self.artworkPolicy = artworkPolicy
    self.artworkEpsilon = artworkEpsilon
    self.artworkExploration = artworkExploration
  }
}
