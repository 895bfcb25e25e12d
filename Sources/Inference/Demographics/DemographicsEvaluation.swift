import Datasets
import Factorization
import LinearAlgebra

/// Evaluates demographic inference on MovieLens data with demographics (100K
/// `u.data` + `u.user`, 1M `ratings.dat` + `users.dat`): how well gender and
/// age band can be guessed from what members rated.
///
/// Three models are scored on the same stratified folds (strata: gender ×
/// age band): the majority class (predicting each training fold's class
/// shares), the anchor (a plain L2 logistic regression on the raw rating
/// vectors with scikit-learn's default penalty, C = 1), and Glasshouse's
/// classifier (``TunedSoftmaxRegression`` on taste vectors from implicit ALS
/// plus the rating vector and activity; λ chosen and
/// temperature calibrated on inner folds). The taste vectors are learned
/// once from every user's ratings, labels unseen, as the platform would.
///
/// Folds run in parallel, each with single-threaded BLAS; results do not
/// depend on the thread count.
public enum DemographicsEvaluation {
  /// Settings of an evaluation.
  public struct Configuration: Sendable {
    /// Outer cross-validation folds (at least 2).
    public var folds: Int
    /// Seed of the fold assignment and of the factorization.
    public var seed: UInt64
    /// Taste-vector width.
    public var factors: Int
    /// ALS iterations.
    public var factorizationIterations: Int
    /// ALS ridge λ.
    public var factorizationRegularization: Float
    /// Glasshouse's classifier (λ grid, inner folds).
    public var classifier: TunedSoftmaxRegression
    /// The anchor's inverse penalty C (scikit-learn's default is 1).
    public var anchorInverseRegularization: Double
    /// Worker threads for the folds.
    public var threads: Int

    /// Creates settings; the defaults are the documented evaluation.
    public init(
      folds: Int = 5, seed: UInt64 = 1, factors: Int = 32, factorizationIterations: Int = 15,
      factorizationRegularization: Float = 0.1, classifier: TunedSoftmaxRegression = TunedSoftmaxRegression(),
      anchorInverseRegularization: Double = 1, threads: Int = ParallelLoop.allCores.threads
    ) {
      self.folds = folds
      self.seed = seed
      self.factors = factors
      self.factorizationIterations = factorizationIterations
      self.factorizationRegularization = factorizationRegularization
      self.classifier = classifier
      self.anchorInverseRegularization = anchorInverseRegularization
      self.threads = threads
    }
  }

  /// Reads a ratings file and a users file and evaluates.
  ///
  /// - Parameters:
  ///   - ratingsPath: `u.data` or `ratings.dat` (any layout ``InteractionReader`` reads).
  ///   - usersPath: `u.user` or `users.dat`.
  ///   - folds: outer folds (overrides `configuration.folds`).
  ///   - seed: the seed (overrides `configuration.seed`).
  /// - Throws: ``InferenceError`` naming the file, line and field of bad
  ///   input, or saying why the data cannot be evaluated.
  public static func run(
    ratingsPath: String, usersPath: String, folds: Int = 5, seed: UInt64 = 1,
    configuration: Configuration = Configuration()
  ) throws(InferenceError) -> DemographicsReport {
    let interactions: [Interaction]
    let members: [MemberDemographics]
    do {
      interactions = try InteractionReader.read(path: ratingsPath)
      members = try DemographicsReader.read(path: usersPath)
    } catch {
      throw .dataset(error)
    }
    var settings = configuration
    settings.folds = folds
    settings.seed = seed
    return try run(
      interactions: interactions, members: members, configuration: settings,
      ratingsPath: ratingsPath, usersPath: usersPath)
  }

  /// Evaluates on records already in memory.
  ///
  /// - Throws: ``InferenceError`` when no member has ratings or there are
  ///   too few for the folds.
  public static func run(
    interactions: [Interaction], members: [MemberDemographics], configuration: Configuration,
    ratingsPath: String = "<ratings>", usersPath: String = "<users>"
  ) throws(InferenceError) -> DemographicsReport {
    let start = ContinuousClock.now
    guard configuration.folds >= 2 else {
      throw .invalidOption(name: "folds", expected: "at least 2", found: String(configuration.folds))
    }
    guard configuration.factors >= 1 else {
      throw .invalidOption(name: "factors", expected: "at least 1", found: String(configuration.factors))
    }
    let matrix = LabeledSparseMatrix<Label, Label>(
      triples: interactions.map { (row: $0.user, column: $0.item, value: $0.value) })
    let labelled = members.filter { matrix.rowLabels.index(of: $0.user) != nil }.sorted { $0.user < $1.user }
    guard !labelled.isEmpty else {
      throw .noLabelledMembers(
        ratingsPath: ratingsPath, usersPath: usersPath,
        exampleRatingUser: interactions.first?.user.text ?? "", exampleMember: members.first?.user.text ?? "")
    }
    let needed = 2 * configuration.folds
    guard labelled.count >= needed else {
      throw .tooFewMembers(usersPath: usersPath, found: labelled.count, needed: needed)
    }
    let rows = labelled.map { matrix.rowLabels.index(of: $0.user)! }

    let als = ImplicitALS(
      factors: configuration.factors, regularization: configuration.factorizationRegularization,
      solver: .cholesky, iterations: configuration.factorizationIterations, seed: configuration.seed,
      threads: configuration.threads)
    let model = als.train(matrix.matrix)
    let features = DemographicFeatures(ratings: matrix.matrix, taste: model.userFactors)
    let anchorFeatures = features.ratingVectors(rows: rows)
    let platformFeatures = features.platformFeatures(rows: rows)

    let genders = Array(Set(labelled.map(\.gender))).sorted()
    let bands = Array(Set(labelled.map(\.ageBand))).sorted()
    let genderLabels = labelled.map { genders.firstIndex(of: $0.gender)! }
    let bandLabels = labelled.map { bands.firstIndex(of: $0.ageBand)! }
    let strata = zip(genderLabels, bandLabels).map { $0 * 8 + $1 }
    let assignment = StratifiedFolds.assign(strata: strata, folds: configuration.folds, seed: configuration.seed)

    let tasks: [(labels: [Int], classes: Int)] = [(genderLabels, genders.count), (bandLabels, bands.count)]
    let folds = configuration.folds
    let loop = ParallelLoop(threads: configuration.threads)
    let outcomes = loop.mapChunks(count: folds * tasks.count, chunkSize: 1) { range in
      let fold = range.lowerBound % folds
      let task = tasks[range.lowerBound / folds]
      return evaluateFold(
        fold: fold, assignment: assignment, labels: task.labels, classes: task.classes,
        anchorFeatures: anchorFeatures, platformFeatures: platformFeatures, configuration: configuration)
    }
    let genderTask = summarize(
      name: "gender", classes: genders.map(\.rawValue), labels: genderLabels,
      outcomes: Array(outcomes[0..<folds]), assignment: assignment)
    let bandTask = summarize(
      name: "age band", classes: bands.map(\.rawValue), labels: bandLabels,
      outcomes: Array(outcomes[folds..<(2 * folds)]), assignment: assignment)

    let labelledUsers = Set(labelled.map(\.user))
    let elapsed = ContinuousClock.now - start
    return DemographicsReport(
      dataSet: .init(
        ratingsPath: ratingsPath, usersPath: usersPath, members: labelled.count,
        unlabelledUsers: matrix.rowLabels.count - labelledUsers.count,
        membersWithoutRatings: members.count - labelled.count, titles: matrix.columnLabels.count,
        ratings: interactions.count),
      settings: .init(
        folds: configuration.folds, seed: configuration.seed, factors: configuration.factors,
        regularizationGrid: configuration.classifier.regularizationGrid,
        innerFolds: configuration.classifier.innerFolds,
        anchorInverseRegularization: configuration.anchorInverseRegularization),
      gender: genderTask, ageBand: bandTask,
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }

  /// The out-of-fold probabilities of one fold for one task.
  struct FoldOutcome: Sendable {
    let test: [Int]
    let majority: DenseMatrix
    let anchor: DenseMatrix
    let platform: DenseMatrix
    let regularization: Double
    let temperature: Double
  }

  static func evaluateFold(
    fold: Int, assignment: [Int], labels: [Int], classes: Int, anchorFeatures: DenseMatrix,
    platformFeatures: DenseMatrix, configuration: Configuration
  ) -> FoldOutcome {
    let train = labels.indices.filter { assignment[$0] != fold }
    let test = labels.indices.filter { assignment[$0] == fold }
    let trainLabels = train.map { labels[$0] }

    var shares = [Float](repeating: 0, count: classes)
    for label in trainLabels { shares[label] += 1 / Float(max(trainLabels.count, 1)) }
    var majority = DenseMatrix(rows: test.count, columns: classes)
    for r in 0..<test.count { majority.setRow(r, to: shares) }

    let anchorModel = SoftmaxRegression(
      regularization: 1 / (configuration.anchorInverseRegularization * Double(max(train.count, 1))))
      .train(features: anchorFeatures.gathering(rows: train), labels: trainLabels, classes: classes)
    let anchor = anchorModel.probabilities(anchorFeatures.gathering(rows: test))

    var tuner = configuration.classifier
    tuner.seed = configuration.seed &+ UInt64(fold) &* 7919
    tuner.threads = 1  // the outer folds already run in parallel
    let fit = tuner.train(features: platformFeatures.gathering(rows: train), labels: trainLabels, classes: classes)
    let platform = fit.classifier.probabilities(platformFeatures.gathering(rows: test))
    return FoldOutcome(
      test: test, majority: majority, anchor: anchor, platform: platform,
      regularization: fit.regularization, temperature: Double(fit.classifier.temperature))
  }

  static func summarize(
    name: String, classes: [String], labels: [Int], outcomes: [FoldOutcome], assignment: [Int]
  ) -> DemographicsReport.Task {
    let c = classes.count
    var counts = [Int](repeating: 0, count: c)
    for label in labels { counts[label] += 1 }
    var majorityIndex = 0
    for k in 0..<c where counts[k] > counts[majorityIndex] { majorityIndex = k }

    func result(_ title: String, _ pick: (FoldOutcome) -> DenseMatrix, tuned: Bool) -> DemographicsReport.ModelResult {
      var pooled = DenseMatrix(rows: labels.count, columns: c)
      var foldAccuracies: [Double] = []
      for outcome in outcomes {
        let p = pick(outcome)
        for (r, row) in outcome.test.enumerated() { pooled.setRow(row, to: p.row(r)) }
        foldAccuracies.append(
          ClassificationMetrics.accuracy(probabilities: p, labels: outcome.test.map { labels[$0] }))
      }
      let auc =
        c == 2
        ? ClassificationMetrics.areaUnderROC(
          scores: (0..<labels.count).map { pooled[$0, 0] }, positives: labels.map { $0 == 0 })
        : ClassificationMetrics.macroAreaUnderROC(probabilities: pooled, labels: labels)
      return DemographicsReport.ModelResult(
        name: title, accuracy: ClassificationMetrics.accuracy(probabilities: pooled, labels: labels),
        foldAccuracies: foldAccuracies, areaUnderROC: auc,
        logLoss: ClassificationMetrics.logLoss(probabilities: pooled, labels: labels),
        calibration: CalibrationSummary(probabilities: pooled, labels: labels),
        regularization: tuned ? outcomes.map(\.regularization) : [],
        temperatures: tuned ? outcomes.map(\.temperature) : [])
    }
    return DemographicsReport.Task(
      name: name, classes: classes, classCounts: counts, majorityClass: classes[majorityIndex],
      majority: result("majority class (training shares)", \.majority, tuned: false),
      anchor: result("anchor: logistic regression on ratings", \.anchor, tuned: false),
      platform: result("glasshouse: taste vectors + ratings", \.platform, tuned: true))
  }
}
