import Catalog
import Datasets
import Events
import Inference
import LinearAlgebra
import Platform
import Signals

/// The platform as a profiler: what it concludes about a profile from any
/// list of the profile's events — all of them, or what is left after some
/// are taken away — with the same inferences, confidences and
/// counterfactual evidence `glasshouse run` reports, and no hidden truth.
///
/// Everything the platform learned from the whole audience stays fixed (the
/// demographic classifier trained on held labels, the title factors, the
/// mean genre shares that make a genre distinctive); only the profile's own
/// events change.
public struct PlatformProfiler: Sendable {
  package let beliefs: PlatformBeliefs

  /// A profiler over what the platform holds after a run.
  ///
  /// - Complexity: trains the demographic classifier once (as a run does).
  public init(log: EventLog, platform: StreamingPlatform, catalog: Catalog) {
    beliefs = PlatformBeliefs(log: log, platform: platform, catalog: catalog)
  }

  /// A profiler of a log alone, with no platform model behind it (a
  /// person's data export): every trait but the demographic classifier's.
  public init(log: EventLog, catalog: Catalog) {
    beliefs = PlatformBeliefs(log: log, catalog: catalog)
  }

  /// A profiler over beliefs already computed (no classifier trained again).
  package init(beliefs: PlatformBeliefs) {
    self.beliefs = beliefs
  }

  /// The profiles the platform knows, in order of first appearance.
  public var profiles: [String] { beliefs.profileIDs }

  /// A profile's events as the platform logged them (empty for an unknown
  /// profile).
  public func events(profile: String) -> [Event] { beliefs.events(profile: profile) }

  /// Everything inferred about a profile from `events`, each with
  /// confidence and, unless `withEvidence` is false, the events that gave
  /// it away: age band and gender, genre affinities, favourite cast,
  /// artwork tone, rhythms, location, viewer count, and the account's
  /// people and children — the beliefs of a `glasshouse run` persona report.
  ///
  /// - Complexity: O(titles · fold-in) for the demographic evidence plus
  ///   O(events · groups) for the other inferences; without evidence,
  ///   O(events) plus one classifier row.
  public func traits(profile: String, events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    beliefs.traits(profile: profile, events: events, withEvidence: withEvidence)
  }

  /// Every profile's inferred profile from all its logged events, without
  /// evidence (ask ``traits(profile:events:withEvidence:)`` for one
  /// profile's), in ``profiles`` order, computed on `threads` threads; the
  /// result does not depend on the thread count.
  ///
  /// - Complexity: O(total events + profiles · classifier row).
  public func allTraits(threads: Int = ParallelLoop.allCores.threads) -> [[InferredTrait]] {
    let ids = profiles
    return ParallelLoop(threads: threads).mapChunks(count: ids.count, chunkSize: 64) { range in
      range.map { beliefs.traits(profile: ids[$0], events: events(profile: ids[$0]), withEvidence: false, logged: true) }
    }.flatMap { $0 }
  }

  /// A profile's top genres from `events`, strongest first: its genre
  /// affinities as the run reports them (excess share over the audience's
  /// genre mix), without a limit; `reference` is the time the signals are
  /// computed at (the end of the log, so that taking events away does not
  /// move it).
  ///
  /// - Complexity: O(events + genres log genres).
  public func topGenres(events: [Event], reference: Timestamp?) -> [String] {
    beliefs.tasteInference.topGenres(events: events, reference: reference).map(\.name)
  }
}
