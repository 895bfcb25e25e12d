import LinearAlgebra

/// Softmax regression whose penalty λ is picked by inner cross-validation
/// and whose probabilities are calibrated by temperature scaling on the
/// inner folds' held-out predictions: the demographic classifier Glasshouse
/// trains on members whose labels the platform holds.
///
/// Given training rows, it splits them into ``innerFolds`` stratified
/// folds; for each fold (in parallel, on ``threads`` threads) it fits the λ
/// path (largest λ first, each fit warm-started from the previous) on the
/// other folds and predicts the held-out fold, and stops descending the
/// path once the fold's held-out log-loss has been above its best for
/// ``patience`` λ values in a row (the held-out loss is U-shaped along the
/// path; the small-λ end is the slowest to fit and, past the minimum, only
/// worse). Among the λ values every fold reached, the one with the lowest
/// pooled held-out log-loss wins; the
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
  /// How many λ values in a row a fold's held-out log-loss may stay above
  /// its best before the fold stops descending the path.
  public var patience: Int
  /// Threads for the inner folds (results do not depend on it).
  public var threads: Int

  /// Creates a configuration.
  public init(
    regularizationGrid: [Double] = [100, 10, 3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001], innerFolds: Int = 3,
    seed: UInt64 = 1, maximumIterations: Int = 300, patience: Int = 2,
    threads: Int = ParallelLoop.allCores.threads
  ) {
    self.regularizationGrid = regularizationGrid
    self.innerFolds = innerFolds
    self.seed = seed
    self.maximumIterations = maximumIterations
    self.patience = max(1, patience)
    self.threads = max(1, threads)
  }

  /// A fitted, calibrated classifier and the λ chosen.
  public struct Fit: Sendable {
    /// The classifier, with its calibrated temperature.
    public let classifier: SoftmaxClassifier
    /// The λ the inner cross-validation chose.
    public let regularization: Double
    /// The pooled held-out log-loss of each λ of the grid, in grid order
    /// (`nan` for a λ some fold stopped before reaching).
    public let heldOutLogLoss: [Double]
    /// The macro one-versus-rest AUC of the held-out predictions at the
    /// chosen λ (each row predicted by a model that never saw it); `nil`
    /// when there were too few rows to hold any out.
    public let heldOutAUC: Double?
  }

  /// Fits on training rows.
  ///
  /// - Complexity: O((innerFolds · |grid| + 1) · fit) at most.
  public func train(features: DenseMatrix, labels: [Int], classes: Int) -> Fit {
    let grid = regularizationGrid.isEmpty ? [0.01] : regularizationGrid.sorted(by: >)
    let folds = max(2, min(innerFolds, labels.count))
    guard labels.count >= 2 * folds else {
      let model = SoftmaxRegression(regularization: grid[grid.count / 2], maximumIterations: maximumIterations)
        .train(features: features, labels: labels, classes: classes)
      return Fit(
        classifier: model, regularization: grid[grid.count / 2], heldOutLogLoss: grid.map { _ in .nan },
        heldOutAUC: nil)
    }
    let assignment = StratifiedFolds.assign(strata: labels, folds: folds, seed: seed)
    // Each fold's held-out logits along the path, as far as it went.
    let paths = ParallelLoop(threads: threads).mapChunks(count: folds, chunkSize: 1) { range in
      path(fold: range.lowerBound, assignment: assignment, features: features, labels: labels, classes: classes,
           grid: grid)
    }
    let reached = paths.map(\.logits.count).min() ?? 0
    var heldOutLogits = [DenseMatrix](
      repeating: DenseMatrix(rows: labels.count, columns: classes), count: reached)
    for path in paths {
      for g in 0..<reached {
        for (r, row) in path.test.enumerated() {
          for k in 0..<classes {
            heldOutLogits[g].storage[row * classes + k] = path.logits[g].storage[r * classes + k]
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
    let byGridOrder = regularizationGrid.map { lambda -> Double in
      let g = grid.firstIndex(of: lambda) ?? 0
      return g < losses.count ? losses[g] : .nan
    }
    return Fit(
      classifier: model.calibrated(temperature: temperature), regularization: grid[best],
      heldOutLogLoss: byGridOrder,
      heldOutAUC: ClassificationMetrics.macroAreaUnderROC(
        probabilities: SoftmaxClassifier.softmax(heldOutLogits[best]), labels: labels))
  }

  /// One inner fold's descent of the λ path: the held-out rows and their
  /// logits at each λ reached, stopping after ``patience`` λ values in a row
  /// above the fold's best held-out log-loss.
  private func path(
    fold: Int, assignment: [Int], features: DenseMatrix, labels: [Int], classes: Int, grid: [Double]
  ) -> (test: [Int], logits: [DenseMatrix]) {
    let train = labels.indices.filter { assignment[$0] != fold }
    let test = labels.indices.filter { assignment[$0] == fold }
    let trainFeatures = SplitFeatureMatrix(features.gathering(rows: train))
    let trainLabels = train.map { labels[$0] }
    let testFeatures = features.gathering(rows: test)
    let testLabels = test.map { labels[$0] }
    var previous: SoftmaxClassifier?
    var logits: [DenseMatrix] = []
    var bestLoss = Double.infinity
    var worse = 0
    for lambda in grid {
      let model = SoftmaxRegression(regularization: lambda, maximumIterations: maximumIterations)
        .train(features: trainFeatures, labels: trainLabels, classes: classes, warmStart: previous)
      previous = model
      let foldLogits = model.logits(testFeatures)
      logits.append(foldLogits)
      let loss = ClassificationMetrics.logLoss(probabilities: SoftmaxClassifier.softmax(foldLogits), labels: testLabels)
      if loss < bestLoss {
        bestLoss = loss
        worse = 0
      } else {
        worse += 1
        if worse >= patience { break }
      }
    }
    return (test, logits)
  }
}
