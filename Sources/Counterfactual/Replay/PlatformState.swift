import Beliefs
import Catalog
import Events
import Factorization
import Platform
import Signals

/// What the platform holds at the end of a run — its log, its catalog, its
/// trained models — and what it makes of a profile from any list of the
/// profile's events: recommendations against the fixed title factors, top
/// genres and every inference.
public struct PlatformState: Sendable {
  /// The catalog.
  public let catalog: Catalog
  /// The platform as the run left it; `nil` for an imported log (a
  /// person's data export), which has no model: no recommendations, no
  /// artwork policy, every belief the log alone supports.
  public let platform: StreamingPlatform?
  /// The log, by profile.
  public let log: EventLog
  /// The end of the log: the time signals are computed at, before and after
  /// taking events away.
  public let now: Timestamp?
  /// The inferences over the platform's fixed models.
  public let profiler: PlatformProfiler
  /// When rebuilt from a run folder: the largest difference between a
  /// replayed taste vector and the one the run wrote to model/profiles.tsv
  /// (`nil` when there was nothing to compare). More than a rounding error
  /// means the log, scenario or build is not the run's.
  public internal(set) var replayDeviation: Float?
  let titleIndex: [String: Int]

  /// The state of a finished run.
  ///
  /// - Complexity: trains the demographic classifier once.
  public init(events: [Event], platform: StreamingPlatform, catalog: Catalog) {
    self.catalog = catalog
    self.platform = platform
    let log = EventLog(events: events)
    self.log = log
    self.now = events.max { $0.timestamp.seconds < $1.timestamp.seconds }?.timestamp
    self.profiler = PlatformProfiler(log: log, platform: platform, catalog: catalog)
    self.titleIndex = Dictionary(uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id.text, $0) })
  }

  /// The state of an imported log, with no platform model behind it: what
  /// `explain` and `whatif` work on for a folder `glasshouse import` wrote.
  /// With a crowd (`import --crowd`), the profiles are placed among it
  /// again, as the import placed them.
  public init(importedEvents events: [Event], catalog: Catalog, crowd: CrowdModel? = nil) {
    self.catalog = catalog
    self.platform = nil
    let log = EventLog(events: events)
    self.log = log
    self.now = events.max { $0.timestamp.seconds < $1.timestamp.seconds }?.timestamp
    self.profiler = crowd.map { PlatformProfiler(log: log, catalog: catalog, crowd: $0) }
      ?? PlatformProfiler(log: log, catalog: catalog)
    self.titleIndex = Dictionary(uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id.text, $0) })
  }

  /// The profiles the platform knows.
  public var profiles: [String] { platform?.profileIDs ?? profiler.profiles }

  /// A profile's events in time order.
  public func events(profile: String) -> [Event] { profiler.events(profile: profile) }

  /// The implicit feedback of a list of events as the platform computes it
  /// (only the event types that carry a signal, at `reference`, by default
  /// ``now``), as (title index, value) pairs.
  public func feedback(of events: [Event], at reference: Timestamp? = nil) -> [(item: Int, value: Float)] {
    let signalling = events.filter { Self.signalTypes.contains($0.type) }
    let feedback = SignalExtractor(configuration: platform?.configuration.signals ?? SignalConfiguration())
      .feedback(from: EventLog(events: signalling), at: reference ?? now)
    return feedback.entries.compactMap { entry in
      guard entry.value != 0, let t = titleIndex[entry.title.text] else { return nil }
      return (item: t, value: entry.value)
    }
  }

  /// Every title's score for a taste folded in from `interactions`, split
  /// exactly into the interactions' contributions, best score first (ties
  /// by catalog order); empty before the model is trained or without
  /// interactions. The fold-in is the exact (Cholesky) solve, so a score is
  /// the sum of its contributions; a platform that folds in with a few
  /// conjugate-gradient steps ranks with an approximation of it.
  ///
  /// - Complexity: O(h·k² + k³) once, then O(k² + h·k) per title for h
  ///   interactions.
  public func explanations(of interactions: [(item: Int, value: Float)]) -> [ScoreExplanation] {
    guard let model = platform?.model, !interactions.isEmpty else { return [] }
    return model.explain(interactions, items: Array(0..<model.itemFactors.rows)).sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.item < $1.item
    }
  }

  /// The event types that feed implicit feedback (Docs/Signals.md).
  static let signalTypes: Set<EventType> = [
    .playStart, .heartbeat, .pause, .seek, .stop, .completion, .rating, .search, .listAdd,
  ]

  /// What the platform makes of a profile from `events`.
  ///
  /// - Parameters:
  ///   - count: recommendations to list.
  ///   - reasons: the past titles behind each recommendation, at most this
  ///     many (exact score decomposition, `ImplicitModel.explain`).
  ///   - reference: the time signals are valued at (default ``now``; a
  ///     checkpoint uses the time of its last event).
  /// - Complexity: one fold-in, O(titles · k) scoring, the inferences.
  public func view(
    profile: String, events: [Event], count: Int = 10, reasons: Int = 3, at reference: Timestamp? = nil
  ) -> ProfileView {
    let interactions = feedback(of: events, at: reference)
    let seen = Set(interactions.map(\.item))
    let ranked = explanations(of: interactions).filter { !seen.contains($0.item) }
    let recommendations = ranked.prefix(count).map { explanation in
      Recommendation(
        title: catalog.titles[explanation.item].id.text, name: catalog.titles[explanation.item].name,
        genres: catalog.titles[explanation.item].genres.map(\.name), score: Double(explanation.score),
        because: explanation.topContributors(reasons).map {
          Recommendation.Reason(
            title: catalog.titles[$0.item].id.text, name: catalog.titles[$0.item].name, share: Double($0.share))
        })
    }
    return ProfileView(
      profile: profile, events: events.count, recommendations: recommendations,
      topGenres: profiler.topGenres(events: events, reference: reference ?? now),
      traits: profiler.traits(profile: profile, events: events))
  }
}

extension PlatformState {
  /// The catalog index of a title given by id or exact name
  /// (case-insensitive), or `nil`.
  public func title(named text: String) -> Int? {
    titleIndex[text] ?? Self.title(named: text, in: catalog)
  }

  /// The index in `catalog` of a title given by id or exact name
  /// (case-insensitive), or `nil`: the lookup before a state exists (a
  /// command's arguments are checked before the replay).
  public static func title(named text: String, in catalog: Catalog) -> Int? {
    catalog.titles.firstIndex { $0.id.text == text }
      ?? catalog.titles.firstIndex { $0.name.lowercased() == text.lowercased() }
  }
}
