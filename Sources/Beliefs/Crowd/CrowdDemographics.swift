import Datasets
import Events
import Inference
import LinearAlgebra

/// Age band and gender as a platform that learned from a crowd's labelled
/// members would guess them: ``DemographicInference`` trained on every
/// labelled member's feature row, with its skill measured by
/// cross-validation on the same members (``DemographicCrossValidation``).
///
/// A feature row is `[taste (k) | rated (T)]`: the member's taste vector in
/// the crowd's space scaled to unit length (then standardized over the
/// members), and 1 for each of the crowd's movies the member rated, 0 for
/// the rest — the rating vectors Weinsberg et al. (RecSys 2012) classify,
/// as presence only. Both blocks read a person's row on the members'
/// scale: a person's values are signal strengths rather than stars, and a
/// handful of titles folded in gives a much shorter taste vector than
/// hundreds of ratings, but the same direction.
public struct CrowdDemographics: Sendable {
  /// The classifiers, trained on every labelled member.
  public let model: DemographicModel
  /// Their cross-validated skill, per trait.
  public let skills: [CrossValidatedSkill]
  /// Members with labels and ratings.
  public let labelled: Int
  /// Taste-vector width.
  let tasteWidth: Int
  /// Titles (item rows of the crowd's model).
  let titleCount: Int

  /// Trains on the members with both labels and ratings; `nil` when fewer
  /// than two folds' worth (or the classifier's minimum) are labelled.
  ///
  /// - Parameters:
  ///   - ratings: the crowd's ratings, rows the members, columns the titles.
  ///   - tastes: the members' taste vectors, in row order.
  ///   - members: the users file's records.
  init?(
    ratings: LabeledSparseMatrix<Label, Label>, tastes: DenseMatrix, members: [MemberDemographics], folds: Int,
    seed: UInt64, threads: Int
  ) {
    let rows = members.compactMap { member in ratings.rowLabels.index(of: member.user).map { (member, $0) } }
      .sorted { $0.1 < $1.1 }
    let k = tastes.columns
    let t = ratings.columnLabels.count
    var features = DenseMatrix(rows: rows.count, columns: k + t)
    var held: [String: HeldDemographics] = [:]
    var ids: [String] = []
    for (r, (member, row)) in rows.enumerated() {
      var values = [Float](repeating: 0, count: k + t)
      let unit = CrowdModel.unit(tastes.row(row))
      for f in 0..<k { values[f] = unit[f] }
      for entry in ratings.matrix.entries(ofRow: row) { values[k + entry.column] = 1 }
      features.setRow(r, to: values)
      // Keys no imported profile can have: the crowd's labels are never
      // reported as held for a person.
      let id = "crowd member \(member.user.text)"
      ids.append(id)
      held[id] = HeldDemographics(ageBand: member.ageBand, gender: member.gender)
    }
    let inference = DemographicInference(classifier: TunedSoftmaxRegression(seed: seed, threads: threads))
    guard rows.count >= max(inference.minimumLabelled, 2 * folds) else { return nil }
    model = inference.train(features: features, profiles: ids, held: held, standardizedColumns: k)
    skills = DemographicCrossValidation.evaluate(
      features: features, profiles: ids, held: held, standardizedColumns: k, inference: inference, folds: folds,
      seed: seed)
    labelled = rows.count
    tasteWidth = k
    titleCount = t
  }

  /// A profile's feature row: its unit taste vector and the crowd's titles
  /// it watched (positive signal).
  func row(taste: [Float], interactions: [(item: Int, value: Float)]) -> [Float] {
    var row = [Float](repeating: 0, count: tasteWidth + titleCount)
    let unit = CrowdModel.unit(taste)
    for f in 0..<min(tasteWidth, unit.count) { row[f] = unit[f] }
    for entry in interactions where entry.value > 0 { row[tasteWidth + entry.item] = 1 }
    return row
  }

  /// The skill of a trait's classifier.
  public func skill(of trait: TraitKind) -> CrossValidatedSkill? { skills.first { $0.trait == trait } }
}
