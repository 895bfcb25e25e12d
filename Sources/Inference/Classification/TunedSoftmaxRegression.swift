import LinearAlgebra

/// Softmax regression whose penalty λ is picked by inner cross-validation
/// and whose probabilities are calibrated by temperature scaling on the
/// inner folds' held-out predictions: the demographic classifier Glasshouse
/// trains on members whose labels the platform holds.
///
/// Given training rows, it splits them into ``innerFolds`` stratified
/// folds; for each fold it fits the whole λ path (largest λ first, each fit
/// warm-started from the previous) on the other folds and predicts the
/// held-out fold. The λ with the lowest held-out log-loss wins; the
/// temperature is fitted on all held-out logits at that λ (each row
/// predicted by a model that never saw it); the final model is refitted on
/// every training row with that λ and given that temperature.
///
/// The default grid reaches λ = 100, where the weights all but vanish and
/// the model predicts the training class shares: when the features carry no
/// signal for a trait (a month of viewing says little about gender), the
/// inner folds pick that end and the classifier says "don't know" (near the
/// prior) instead of guessing with confidence.
public struct TunedSoftmaxRegression: Sendable {
  /// The λ values tried.
  public var regularizationGrid: [Double]
  /// The number of inner folds (at least 2).
  public var innerFolds: Int
  /// The seed of the inner fold assignment.
  public var seed: UInt64
  /// The most L-BFGS iterations per fit.
  public var maximumIterations: Int

  /// Creates a configuration.
  public init(
    regularizationGrid: [Double] = [100, 10, 3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001], innerFolds: Int = 3,
    seed: UInt64 = 1, maximumIterations: Int = 300
  ) {
    self.regularizationGrid = regularizationGrid
    self.innerFolds = innerFolds
    self.seed = seed
    self.maximumIterations = maximumIterations
  }

  /// A fitted, calibrated classifier and the λ chosen.
  public struct Fit: Sendable {
    /// The classifier, with its calibrated temperature.
    public let classifier: SoftmaxClassifier
    /// The λ the inner cross-validation chose.
    public let regularization: Double
    /// The held-out log-loss of each λ of the grid, in grid order.
    public let heldOutLogLoss: [Double]
  }

  /// Fits on training rows.
  ///
  /// - Complexity: O((innerFolds · |grid| + 1) · fit).
  public func train(features: DenseMatrix, labels: [Int], classes: Int) -> Fit {
    let grid = regularizationGrid.isEmpty ? [0.01] : regularizationGrid.sorted(by: >)
    let folds = max(2, min(innerFolds, labels.count))
    guard labels.count >= 2 * folds else {
      let model = SoftmaxRegression(regularization: grid[grid.count / 2], maximumIterations: maximumIterations)
        .train(features: features, labels: labels, classes: classes)
      return Fit(classifier: model, regularization: grid[grid.count / 2], heldOutLogLoss: grid.map { _ in .nan })
    }
    let assignment = StratifiedFolds.assign(strata: labels, folds: folds, seed: seed)
    var heldOutLogits = [DenseMatrix](
      repeating: DenseMatrix(rows: labels.count, columns: classes), count: grid.count)
    for fold in 0..<folds {
      let train = labels.indices.filter { assignment[$0] != fold }
      let test = labels.indices.filter { assignment[$0] == fold }
      let trainFeatures = features.gathering(rows: train)
      let trainLabels = train.map { labels[$0] }
      let testFeatures = features.gathering(rows: test)
      var previous: SoftmaxClassifier?
      for (g, lambda) in grid.enumerated() {
        let model = SoftmaxRegression(regularization: lambda, maximumIterations: maximumIterations)
          .train(features: trainFeatures, labels: trainLabels, classes: classes, warmStart: previous)
        previous = model
        let logits = model.logits(testFeatures)
        for (r, row) in test.enumerated() {
          for k in 0..<classes {
            heldOutLogits[g].storage[row * classes + k] = logits.storage[r * classes + k]
          }
        }
      }
    }
    let losses = heldOutLogits.map {
      ClassificationMetrics.logLoss(probabilities: SoftmaxClassifier.softmax($0), labels: labels)
    }
    var best = 0
    for g in losses.indices where losses[g] < losses[best] { best = g }
    let temperature = TemperatureScaling.fit(logits: heldOutLogits[best], labels: labels)
    let model = SoftmaxRegression(regularization: grid[best], maximumIterations: maximumIterations)
      .train(features: features, labels: labels, classes: classes)
    let byGridOrder = regularizationGrid.map { lambda in losses[grid.firstIndex(of: lambda) ?? 0] }
    return Fit(
      classifier: model.calibrated(temperature: temperature), regularization: grid[best],
      heldOutLogLoss: byGridOrder)
  }
}
