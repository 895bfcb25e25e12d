/// `matrix.json` of an interaction-matrix export: where the matrix came
/// from, its size, how its values relate to the observations, and the
/// factorization settings the exporter suggests (the Spark job reads them
/// as its defaults).
public struct MatrixManifest: Sendable, Equatable, Codable {
  /// The factorization settings to train with.
  public struct Settings: Sendable, Equatable, Codable {
    /// Latent factors (Spark's `rank`).
    public var factors: Int
    /// λ (Spark's `regParam`).
    public var regularization: Float
    /// α of the confidence `c = 1 + α·|value|`.
    public var alpha: Float
    /// ALS iterations (Spark's `maxIter`).
    public var iterations: Int

    /// Creates settings; the defaults are Glasshouse's.
    public init(factors: Int = 64, regularization: Float = 0.01, alpha: Float = 1, iterations: Int = 15) {
      self.factors = factors
      self.regularization = regularization
      self.alpha = alpha
      self.iterations = iterations
    }
  }

  /// The format tag, `glasshouse-interactions/1`.
  public var format: String
  /// A sentence saying where the matrix came from.
  public var source: String
  /// Rows (users or profiles), columns (titles) and stored entries.
  public var users: Int, items: Int, entries: Int
  /// How `value` relates to the observation: `raw`, or
  /// `sign(r)·log1p(|r|/ε)` with ε given, when Glasshouse's logarithmic
  /// confidence scaling was applied before export so that Spark's linear
  /// `c = 1 + α·|value|` reproduces it.
  public var values: String
  /// The suggested factorization settings.
  public var settings: Settings

  /// The current format tag.
  public static let currentFormat = "glasshouse-interactions/1"

  /// Creates a description.
  public init(source: String, users: Int, items: Int, entries: Int, values: String = "raw", settings: Settings) {
    self.format = Self.currentFormat
    self.source = source
    self.users = users
    self.items = items
    self.entries = entries
    self.values = values
    self.settings = settings
  }
}
