/// The result of evaluating demographic inference on a data set with known
/// demographics: for gender and for age band, the majority-class baseline,
/// the anchor (plain logistic regression on rating vectors) and Glasshouse's
/// classifier, all scored on the same stratified cross-validation folds.
public struct DemographicsReport: Sendable, Codable, Equatable {
  /// What was read.
  public struct DataSet: Sendable, Codable, Equatable {
    /// The ratings file.
    public let ratingsPath: String
    /// The users file.
    public let usersPath: String
    /// Members with both demographics and ratings (the ones evaluated).
    public let members: Int
    /// Rated users without demographics (used only to learn taste vectors).
    public let unlabelledUsers: Int
    /// Members of the users file without any rating (left out).
    public let membersWithoutRatings: Int
    /// Titles rated.
    public let titles: Int
    /// Ratings read.
    public let ratings: Int
  }

  /// The settings the evaluation ran with.
  public struct Settings: Sendable, Codable, Equatable {
    /// Outer cross-validation folds.
    public let folds: Int
    /// The seed of fold assignment and factorization.
    public let seed: UInt64
    /// Taste-vector width (ALS factors).
    public let factors: Int
    /// λ values Glasshouse's classifier chose from.
    public let regularizationGrid: [Double]
    /// Inner folds for choosing λ and the temperature.
    public let innerFolds: Int
    /// The anchor's scikit-learn-style inverse penalty C (λ = 1 / (C·n)).
    public let anchorInverseRegularization: Double
  }

  /// How one model did on one task, over the pooled out-of-fold predictions
  /// (each member predicted once, by the model of the fold that held them out).
  public struct ModelResult: Sendable, Codable, Equatable {
    /// The model's name.
    public let name: String
    /// Share of members whose most probable class was right.
    public let accuracy: Double
    /// Accuracy within each fold, in fold order.
    public let foldAccuracies: [Double]
    /// ROC AUC (gender: of P(female); age bands: mean one-versus-rest).
    public let areaUnderROC: Double
    /// Mean negative log-probability of the true class.
    public let logLoss: Double
    /// Reliability bins and expected calibration error.
    public let calibration: CalibrationSummary
    /// The λ chosen in each fold (empty for models without one).
    public let regularization: [Double]
    /// The calibration temperature of each fold (empty when uncalibrated).
    public let temperatures: [Double]
  }

  /// One task: the classes and each model's result.
  public struct Task: Sendable, Codable, Equatable {
    /// `gender` or `age band`.
    public let name: String
    /// Class names in index order.
    public let classes: [String]
    /// Members per class.
    public let classCounts: [Int]
    /// The most common class.
    public let majorityClass: String
    /// Predicting each fold's training class shares.
    public let majority: ModelResult
    /// Plain logistic regression on raw rating vectors.
    public let anchor: ModelResult
    /// Glasshouse: taste vectors + ratings, tuned λ, temperature-calibrated.
    public let platform: ModelResult
  }

  /// The data read.
  public let dataSet: DataSet
  /// The settings.
  public let settings: Settings
  /// Gender (female/male).
  public let gender: Task
  /// Age band (the scenario vocabulary).
  public let ageBand: Task
  /// Wall-clock seconds the whole evaluation took (reading excluded).
  public let seconds: Double
}
