import Datasets
import Evaluation
import Events
import Factorization
import LinearAlgebra
import Platform
import Signals

/// What collecting less costs the recommendations, measured on one run with
/// the shared evaluation protocol (module Evaluation): every profile's
/// (profile, title, value, timestamp) interactions — the signal value of
/// ``SignalExtractor`` at the first time the profile touched the title,
/// positive values only — are split per profile in time (``TimeSplit``:
/// the last 20 % of each profile with at least 5 held out). Both models are
/// scored against the **same** held-out titles: the standard model trains
/// on the rest, the minimised model on what of the rest a minimising
/// platform kept; implicit ALS with the platform's settings, top 10 with
/// training titles excluded.
public struct RecommendationQuality: Sendable, Codable {
  /// Profiles with held-out titles.
  public let profilesEvaluated: Int
  /// Held-out interactions.
  public let heldOut: Int
  /// Training interactions under each policy.
  public let standardTraining: Int, minimalTraining: Int
  /// The standard platform's metrics.
  public let standard: RankingMetrics
  /// The minimising platform's metrics.
  public let minimal: RankingMetrics
  /// The popularity baseline trained on the minimised data.
  public let popularity: RankingMetrics

  /// Precision@10 lost by minimising (standard − minimal).
  public var precisionDrop: Double { standard.precision - minimal.precision }

  init(standardEvents: [Event], minimalEvents: [Event], configuration: PlatformConfiguration) {
    let reference = standardEvents.max { $0.timestamp < $1.timestamp }?.timestamp
    let all = Self.interactions(standardEvents, reference: reference)
    let split = TimeSplit(all)
    var testPairs = Set<Pair>()
    for (user, items) in split.heldOut.enumerated() {
      for item in items { testPairs.insert(Pair(user: user, item: item)) }
    }
    let kept = Self.interactions(minimalEvents, reference: reference)
    var entries: [(row: Int, column: Int, value: Float)] = []
    for interaction in kept {
      guard let user = split.users.index(of: interaction.user), let item = split.items.index(of: interaction.item),
        !testPairs.contains(Pair(user: user, item: item))
      else { continue }
      entries.append((user, item, interaction.value))
    }
    let minimalTrain = SparseMatrix(rows: split.users.count, columns: split.items.count, entries: entries)
    let als = ImplicitALS(
      factors: configuration.factors, regularization: configuration.regularization,
      confidence: configuration.confidence, solver: configuration.solver,
      iterations: configuration.iterations, seed: configuration.seed, threads: configuration.threads)
    func metrics(_ train: SparseMatrix) -> RankingMetrics {
      let model = als.train(train)
      let lists = TopNRecommender(threads: configuration.threads).recommend(
        userFactors: model.userFactors, itemFactors: model.itemFactors, count: 10, excluding: train)
      return RankingMetrics(rankings: lists.map { $0.map(\.item) }, heldOut: split.heldOut, cutoff: 10)
    }
    standard = metrics(split.train)
    minimal = metrics(minimalTrain)
    let popular = PopularityRanker(minimalTrain)
    let baseline = (0..<split.users.count).map {
      split.heldOut[$0].isEmpty ? [] : popular.recommend(user: $0, count: 10, excluding: minimalTrain)
    }
    popularity = RankingMetrics(rankings: baseline, heldOut: split.heldOut, cutoff: 10)
    profilesEvaluated = standard.usersEvaluated
    heldOut = split.testCount
    standardTraining = split.train.nonZeroCount
    minimalTraining = minimalTrain.nonZeroCount
  }

  private struct Pair: Hashable {
    let user: Int, item: Int
  }

  /// Positive signal values per (profile, title), stamped with the first
  /// time the profile touched the title in these events.
  static func interactions(_ events: [Event], reference: Timestamp?) -> [Interaction] {
    let log = EventLog(events: events)
    var first: [String: [String: Int64]] = [:]
    for timeline in log.timelines {
      guard let profile = timeline.key.profile else { continue }
      for event in timeline.events {
        guard let title = event.payload.titleID else { continue }
        if first[profile]?[title] == nil { first[profile, default: [:]][title] = event.timestamp.secondsSinceEpoch }
      }
    }
    return SignalExtractor().feedback(from: log, at: reference).entries.compactMap { entry in
      guard entry.value > 0, let time = first[entry.profile.text]?[entry.title.text] else { return nil }
      return Interaction(user: entry.profile, item: entry.title, value: entry.value, timestamp: time)
    }
  }
}
