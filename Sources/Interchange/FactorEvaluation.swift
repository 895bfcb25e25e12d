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
  /// The outcome; the same fields, in JSON too, as ``EvaluationProtocol/Report``.
  public struct Report: Sendable, Codable {
    /// Users, titles and interactions in the input.
    public let users: Int, items: Int, interactions: Int
    /// Stored training entries and held-out interactions.
    public let trainEntries: Int, testInteractions: Int
    /// The imported model's metrics.
    public let model: RankingMetrics
    /// The popularity baseline's metrics.
    public let popularity: RankingMetrics
    /// Seconds the other engine spent training (from its manifest; 0 when unknown).
    public let trainingSeconds: Double
  }

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
    let lists = TopNRecommender(threads: threads).recommend(
      userFactors: imported.model.userFactors, itemFactors: imported.model.itemFactors, count: cutoff,
      excluding: split.train)
    let popular = PopularityRanker(split.train)
    let baseline = (0..<split.users.count).map {
      split.heldOut[$0].isEmpty ? [] : popular.recommend(user: $0, count: cutoff, excluding: split.train)
    }
    return Report(
      users: split.users.count, items: split.items.count, interactions: interactions.count,
      trainEntries: split.train.nonZeroCount, testInteractions: split.testCount,
      model: RankingMetrics(rankings: lists.map { $0.map(\.item) }, heldOut: split.heldOut, cutoff: cutoff),
      popularity: RankingMetrics(rankings: baseline, heldOut: split.heldOut, cutoff: cutoff),
      trainingSeconds: folder.manifest.trainingSeconds ?? 0)
  }
}
