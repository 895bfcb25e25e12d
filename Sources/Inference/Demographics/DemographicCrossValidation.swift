import Datasets
import LinearAlgebra

/// How often the demographic classifier of ``DemographicInference`` guesses
/// a trait right for labelled members it did not see: stratified k-fold
/// cross-validation of the whole training (penalty search and calibration
/// included), pooled over the folds. What a person is shown beside a guess
/// about them, next to the base rate of always guessing the commonest
/// answer.
public struct CrossValidatedSkill: Sendable, Codable, Equatable {
  /// The trait, gender or age band.
  public let trait: TraitKind
  /// The folds each member was held out in once.
  public let folds: Int
  /// The share of labelled members whose held-out guess was their label.
  public let accuracy: Double
  /// The held-out AUC (binary for two classes, else the macro
  /// one-versus-rest mean; ``ClassificationMetrics``).
  public let areaUnderROC: Double
  /// Labelled members.
  public let labelled: Int
  /// The most common label among them.
  public let commonest: String
  /// Its share of them: the accuracy of always guessing it.
  public let commonestShare: Double

  /// Creates a measured skill; non-finite numbers become 0 (0.5 for the AUC).
  public init(
    trait: TraitKind, folds: Int, accuracy: Double, areaUnderROC: Double, labelled: Int, commonest: String,
    commonestShare: Double
  ) {
    self.trait = trait
    self.folds = folds
    self.accuracy = accuracy.isFinite ? accuracy : 0
    self.areaUnderROC = areaUnderROC.isFinite ? areaUnderROC : 0.5
    self.labelled = labelled
    self.commonest = commonest
    self.commonestShare = commonestShare.isFinite ? commonestShare : 0
  }

  /// Whether the classifier does no better than the base rate: a held-out
  /// AUC below ``ClassifierSkill/guessingBelow``, or an accuracy no higher
  /// than always guessing the commonest answer.
  public var isGuessing: Bool { areaUnderROC < ClassifierSkill.guessingBelow || accuracy <= commonestShare }

  /// What to say beside a guess when ``isGuessing``, e.g. "no better than
  /// guessing the most common answer: 60% of the 60 labelled members are
  /// male (held-out accuracy 58%, AUC 0.52)"; `nil` otherwise.
  public var caveat: String? {
    guard isGuessing else { return nil }
    return "no better than guessing the most common answer: \(Self.percent(commonestShare)) of the \(labelled) "
      + "labelled members are \(commonest) (held-out accuracy \(Self.percent(accuracy)), AUC "
      + "\(Double(Int((areaUnderROC * 100).rounded())) / 100))"
  }

  /// A share as a whole percentage: `0.604` → `60%`.
  public static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

/// Cross-validation of ``DemographicInference`` on labelled feature rows.
public enum DemographicCrossValidation {
  /// The held-out skill of the gender and age-band classifiers.
  ///
  /// Members with both labels are dealt into `folds` stratified folds
  /// (strata: gender × age band, as ``DemographicsEvaluation`` deals them);
  /// each fold is predicted by classifiers trained, with `inference`, on the
  /// other folds only, and the held-out probabilities are pooled.
  ///
  /// - Parameters:
  ///   - features: one row per profile (rows in `profiles` order).
  ///   - profiles: the profile id of each row.
  ///   - held: the labels held; only profiles with both are used.
  ///   - standardizedColumns: as for ``DemographicInference/train(features:profiles:held:standardizedColumns:)``.
  /// - Returns: one skill per trait with at least two classes and enough
  ///   members for the folds (two per fold); empty otherwise.
  /// - Complexity: `folds` trainings of ``DemographicInference``.
  public static func evaluate(
    features: DenseMatrix, profiles: [String], held: [String: HeldDemographics], standardizedColumns: Int,
    inference: DemographicInference = DemographicInference(), folds: Int = 5, seed: UInt64 = 1
  ) -> [CrossValidatedSkill] {
    precondition(features.rows == profiles.count, "one profile id per feature row")
    let rows = profiles.indices.filter { held[profiles[$0]]?.gender != nil && held[profiles[$0]]?.ageBand != nil }
    guard folds >= 2, rows.count >= 2 * folds else { return [] }
    let genders = rows.map { held[profiles[$0]]!.gender! }
    let bands = rows.map { held[profiles[$0]]!.ageBand! }
    let genderClasses = Array(Set(genders)).sorted()
    let bandClasses = Array(Set(bands)).sorted()
    let genderLabels = genders.map { genderClasses.firstIndex(of: $0)! }
    let bandLabels = bands.map { bandClasses.firstIndex(of: $0)! }
    let strata = zip(genderLabels, bandLabels).map { $0 * AgeBand.allCases.count + $1 }
    let assignment = StratifiedFolds.assign(strata: strata, folds: folds, seed: seed)

    var genderProbabilities = DenseMatrix(rows: rows.count, columns: genderClasses.count)
    var bandProbabilities = DenseMatrix(rows: rows.count, columns: bandClasses.count)
    var genderMeasured = true
    var bandMeasured = true
    for fold in 0..<folds {
      let train = rows.indices.filter { assignment[$0] != fold }
      let test = rows.indices.filter { assignment[$0] == fold }
      let trainIDs = train.map { profiles[rows[$0]] }
      let labels = Dictionary(uniqueKeysWithValues: train.map {
        (profiles[rows[$0]], HeldDemographics(ageBand: bands[$0], gender: genders[$0]))
      })
      let model = inference.train(
        features: features.gathering(rows: train.map { rows[$0] }), profiles: trainIDs, held: labels,
        standardizedColumns: standardizedColumns)
      let predicted = model.probabilities(of: features.gathering(rows: test.map { rows[$0] }))
      // A fold's classifier knows the classes of its own training rows,
      // sorted as ``DemographicInference`` sorts them; stratified folds give
      // every fold every class, else the trait cannot be measured.
      let foldGenders = Set(train.map { genders[$0] }).count
      let foldBands = Set(train.map { bands[$0] }).count
      if let p = predicted.gender, foldGenders == genderClasses.count, p.columns == genderClasses.count {
        for (r, row) in test.enumerated() { genderProbabilities.setRow(row, to: p.row(r)) }
      } else {
        genderMeasured = false
      }
      if let p = predicted.ageBand, foldBands == bandClasses.count, p.columns == bandClasses.count {
        for (r, row) in test.enumerated() { bandProbabilities.setRow(row, to: p.row(r)) }
      } else {
        bandMeasured = false
      }
    }

    func skill(_ trait: TraitKind, _ p: DenseMatrix, _ labels: [Int], _ names: [String]) -> CrossValidatedSkill {
      var counts = [Int](repeating: 0, count: names.count)
      for label in labels { counts[label] += 1 }
      var commonest = 0
      for k in counts.indices where counts[k] > counts[commonest] { commonest = k }
      let auc =
        names.count == 2
        ? ClassificationMetrics.areaUnderROC(scores: (0..<labels.count).map { p[$0, 0] }, positives: labels.map { $0 == 0 })
        : ClassificationMetrics.macroAreaUnderROC(probabilities: p, labels: labels)
      return CrossValidatedSkill(
        trait: trait, folds: folds, accuracy: ClassificationMetrics.accuracy(probabilities: p, labels: labels),
        areaUnderROC: auc, labelled: labels.count, commonest: names[commonest],
        commonestShare: Double(counts[commonest]) / Double(labels.count))
    }
    var skills: [CrossValidatedSkill] = []
    if genderMeasured, genderClasses.count >= 2 {
      skills.append(skill(.gender, genderProbabilities, genderLabels, genderClasses.map(\.rawValue)))
    }
    if bandMeasured, bandClasses.count >= 2 {
      skills.append(skill(.ageBand, bandProbabilities, bandLabels, bandClasses.map(\.rawValue)))
    }
    return skills
  }
}
