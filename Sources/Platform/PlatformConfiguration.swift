import Artwork
import Factorization
import Signals

/// How the platform learns and what it shows: the implicit-ALS settings,
/// how often it retrains, the artwork policy, the homepage's shape and the
/// signal weights.
public struct PlatformConfiguration: Sendable, Equatable {
  /// Which artwork policy the platform runs.
  public enum ArtworkPolicyKind: Sendable, Equatable {
    /// Every variant equally likely.
    case uniformRandom
    /// The best mean reward so far, exploring with probability ε.
    case epsilonGreedy(epsilon: Double)
    /// The single best variant of each title for everyone (ε = 0, no
    /// context).
    case bestOverall
    /// LinUCB over the shared context·tag features, bound width α.
    case linUCB(alpha: Double)
    /// Linear Thompson sampling over the same features, posterior scale v.
    case thompson(scale: Double)
  }

  /// Latent factors k.
  public var factors: Int = 32
  /// Ridge penalty λ.
  public var regularization: Float = 0.1
  /// ALS iterations per full retrain.
  public var iterations: Int = 15
  /// How implicit-feedback values become confidences.
  public var confidence = Confidence(scaling: .linear(alpha: 40), convention: .paper)
  /// The row solver.
  public var solver: LeastSquaresSolver = .conjugateGradient(steps: 3)
  /// A full retrain every this many days; other days fold in the profiles
  /// active that day.
  public var retrainEveryDays: Int = 7
  /// The artwork policy.
  public var artworkPolicy: ArtworkPolicyKind = .epsilonGreedy(epsilon: 0.1)
  /// What rewards an impression: a play, or the minutes played.
  public var artworkReward: ArtworkRewardKind = .play
  /// Whether ``StreamingPlatform/artworkLog`` keeps every impression with
  /// its context and reward (for off-policy evaluation; costs memory).
  public var recordsArtworkLog = false
  /// Titles per homepage row.
  public var rowLength: Int = 10
  /// Genre rows per homepage.
  public var genreRows: Int = 3
  /// Event weights for implicit feedback (Docs/Signals.md).
  public var signals = SignalConfiguration()
  /// How much of yesterday's popularity remains each day.
  public var popularityDecay: Float = 0.8
  /// A profile idle this many days gets a notification.
  public var notifyAfterIdleDays: Int = 3
  /// Local hour at which notifications are sent.
  public var notificationHour: Int = 18
  /// Seed of the model's initial factors.
  public var seed: UInt64 = 1
  /// Worker threads for training and fold-in; results do not depend on it.
  public var threads: Int = 1
  /// What the platform collects and keeps of the events offered to it
  /// (``EventCollector``): everything by default.
  public var collection: CollectionPolicy = .standard

  /// The defaults.
  public init() {}
}
