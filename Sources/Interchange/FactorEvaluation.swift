import Datasets
import Evaluation
import Factorization
import LinearAlgebra

/// The shared evaluation protocol applied to factors trained elsewhere on
/// the protocol's training split: top-N with training titles excluded and
/// the same metrics, with the same code as ``EvaluationProtocol`` uses for
/// Glasshouse's own ALS (``TopNRecommender``, ``RankingMetrics``,
/// ``PopularityRanker``).
public struct FactorEvaluation: Sendable {
  /// The outcome: ``EvaluationProtocol/Report``, with the other engine's
  /// training time from its manifest (0 when unknown).
  public typealias Report = EvaluationProtocol.Report

  /// N of precision/recall/NDCG@N.
  public var cutoff: Int
  /// Worker threads for scoring.
  public var threads: Int

  /// Creates an evaluation.
  public init(cutoff: Int = 10, threads: Int = ParallelLoop.allCores.threads) {
    self.cutoff = cutoff
    self.threads = threads
  }

  /// Splits `interactions` by the protocol, loads the factors aligned to the
  /// split's user and title ids, and scores them.
  ///
  /// - Throws: ``InterchangeError`` when the factors do not belong to this
  ///   split (an id at the wrong index, another rank in a file).
  public func run(_ interactions: [Interaction], factors folder: FactorFolder) throws(InterchangeError) -> Report {
    let split = TimeSplit(interactions)
    let imported = try folder.model(
      userIDs: split.users.labels.map(\.text), itemIDs: split.items.labels.map(\.text),
      maps: ("the protocol split's users", "the protocol split's titles"), threads: threads)
    return EvaluationProtocol.score(
      userFactors: imported.model.userFactors, itemFactors: imported.model.itemFactors, split: split,
      interactions: interactions.count, cutoff: cutoff, threads: threads,
      trainingSeconds: folder.manifest.trainingSeconds ?? 0)
  }
}
