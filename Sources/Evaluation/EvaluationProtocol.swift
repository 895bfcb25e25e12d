import Datasets
import Factorization
import LinearAlgebra

/// The shared evaluation protocol run end to end: time split, implicit ALS
/// on the training part, top-N with training titles excluded, and the
/// popularity baseline on the same split.
public struct EvaluationProtocol: Sendable {
  /// The model to evaluate.
  public var model: ImplicitALS
  /// N of precision/recall/NDCG@N.
  public var cutoff: Int

  /// Creates a protocol run.
  public init(model: ImplicitALS, cutoff: Int = 10) {
    self.model = model
    self.cutoff = cutoff
  }

  /// The outcome of one run.
  public struct Report: Sendable, Codable {
    /// Users, titles and interactions in the input.
    public let users: Int, items: Int, interactions: Int
    /// Stored training entries (duplicates summed) and held-out interactions.
    public let trainEntries: Int, testInteractions: Int
    /// The ALS model's metrics.
    public let model: RankingMetrics
    /// The popularity baseline's metrics.
    public let popularity: RankingMetrics
    /// Seconds spent training.
    public let trainingSeconds: Double
  }

  /// Runs the protocol on interactions.
  public func run(_ interactions: [Interaction]) -> Report {
    let split = TimeSplit(interactions)
    let start = ContinuousClock.now
    let trained = model.train(split.train)
    let elapsed = ContinuousClock.now - start
    return Self.score(
      userFactors: trained.userFactors, itemFactors: trained.itemFactors, split: split,
      interactions: interactions.count, cutoff: cutoff, threads: model.threads,
      trainingSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }

  /// Scores factors trained on a split's training part, whichever engine
  /// trained them: top-`cutoff` lists with training titles excluded and the
  /// popularity baseline, against the held-out titles.
  ///
  /// - Parameters:
  ///   - userFactors: one row per user of `split.users`.
  ///   - itemFactors: one row per title of `split.items`.
  ///   - interactions: the number of interactions the split was made from.
  ///   - trainingSeconds: how long training took (0 when unknown).
  public static func score(
    userFactors: DenseMatrix, itemFactors: DenseMatrix, split: TimeSplit, interactions: Int, cutoff: Int,
    threads: Int, trainingSeconds: Double
  ) -> Report {
    let lists = TopNRecommender(threads: threads).recommend(
      userFactors: userFactors, itemFactors: itemFactors, count: cutoff, excluding: split.train)
    let popular = PopularityRanker(split.train)
    let baseline = (0..<split.users.count).map {
      split.heldOut[$0].isEmpty ? [] : popular.recommend(user: $0, count: cutoff, excluding: split.train)
    }
    return Report(
      users: split.users.count, items: split.items.count, interactions: interactions,
      trainEntries: split.train.nonZeroCount, testInteractions: split.testCount,
      model: RankingMetrics(rankings: lists.map { $0.map(\.item) }, heldOut: split.heldOut, cutoff: cutoff),
      popularity: RankingMetrics(rankings: baseline, heldOut: split.heldOut, cutoff: cutoff),
      trainingSeconds: trainingSeconds)
  }
}
