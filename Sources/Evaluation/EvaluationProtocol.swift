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
    let recommender = TopNRecommender(threads: model.threads)
    let lists = recommender.recommend(
      userFactors: trained.userFactors, itemFactors: trained.itemFactors, count: cutoff,
      excluding: split.train)
    let modelMetrics = RankingMetrics(rankings: lists.map { $0.map(\.item) }, heldOut: split.heldOut, cutoff: cutoff)
    let popular = PopularityRanker(split.train)
    let baseline = (0..<split.users.count).map {
      split.heldOut[$0].isEmpty ? [] : popular.recommend(user: $0, count: cutoff, excluding: split.train)
    }
    return Report(
      users: split.users.count, items: split.items.count, interactions: interactions.count,
      trainEntries: split.train.nonZeroCount, testInteractions: split.testCount,
      model: modelMetrics,
      popularity: RankingMetrics(rankings: baseline, heldOut: split.heldOut, cutoff: cutoff),
      trainingSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }
}
