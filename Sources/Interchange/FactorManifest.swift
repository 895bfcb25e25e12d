/// `model.json` of a factor folder: which engine trained the factors, with
/// which settings, on which matrix, and how long it took.
///
/// The Spark job (`Tools/spark/train_als.py`) writes it; Glasshouse writes
/// the same for its own models (``FactorFolder/write(_:userIDs:itemIDs:manifest:to:)``).
public struct FactorManifest: Sendable, Equatable, Codable {
  /// The format tag, `glasshouse-factors/1`.
  public var format: String
  /// The engine: `spark-mllib-als` or `glasshouse-als`.
  public var engine: String
  /// The engine's version (Spark's, for the Spark job).
  public var engineVersion: String?
  /// Latent factors k: the width of every factor row.
  public var rank: Int
  /// λ (Spark's `regParam`).
  public var regularization: Float
  /// `weighted` (λ·n⁺ per row, Spark) or `uniform`.
  public var regularizationScaling: String
  /// α of the confidence `c = 1 + α·|value|`.
  public var alpha: Float
  /// Iterations run.
  public var iterations: Int
  /// The seed of the initial factors, if any.
  public var seed: Int?
  /// Where it ran (`local[2]`, a cluster URL).
  public var master: String?
  /// Wall-clock seconds of the fit alone.
  public var trainingSeconds: Double?
  /// The matrix export the factors were trained on (its `matrix.json`).
  public var matrix: MatrixManifest?

  /// The current format tag.
  public static let currentFormat = "glasshouse-factors/1"

  /// Creates a description.
  public init(
    engine: String, engineVersion: String? = nil, rank: Int, regularization: Float,
    regularizationScaling: String, alpha: Float, iterations: Int, seed: Int? = nil, master: String? = nil,
    trainingSeconds: Double? = nil, matrix: MatrixManifest? = nil
  ) {
    self.format = Self.currentFormat
    self.engine = engine
    self.engineVersion = engineVersion
    self.rank = rank
    self.regularization = regularization
    self.regularizationScaling = regularizationScaling
    self.alpha = alpha
    self.iterations = iterations
    self.seed = seed
    self.master = master
    self.trainingSeconds = trainingSeconds
    self.matrix = matrix
  }
}
