import Catalog
import Events
import Inference
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
  let beliefs: PlatformBeliefs

  /// A profiler over what the platform holds after a run.
  ///
  /// - Complexity: trains the demographic classifier once (as a run does).
  public init(log: EventLog, platform: StreamingPlatform, catalog: Catalog) {
    beliefs = PlatformBeliefs(log: log, platform: platform, catalog: catalog)
  }

  /// The profiles the platform knows, in order of first appearance.
  public var profiles: [String] { beliefs.platform.profileIDs }

  /// A profile's events as the platform logged them (empty for an unknown
  /// profile).
  public func events(profile: String) -> [Event] { beliefs.events(profile: profile) }

  /// Everything inferred about a profile from `events`, each with
  /// confidence and the events that gave it away: age band and gender,
  /// genre affinities, favourite cast, artwork tone, rhythms, location and
  /// viewer count — the beliefs of a `glasshouse run` persona report.
  ///
  /// - Complexity: O(titles · fold-in) for the demographic evidence plus
  ///   O(events · groups) for the other inferences.
  public func traits(profile: String, events: [Event]) -> [InferredTrait] {
    var traits = beliefs.demographicTraits(profile: profile, events: events, withEvidence: true)
    let taste = TasteInference(catalog: beliefs.catalog, limit: 5)
    traits += taste.genreAffinities(events: events)
    traits += taste.favouriteCast(events: events)
    if let tone = taste.tone(events: events) { traits.append(tone) }
    traits += RhythmInference().infer(events: events)
    traits += LocationInference(geoIP: .sample).infer(events: events)
    traits.append(beliefs.viewerCount.infer(events: events))
    return traits
  }

  /// A profile's top genres from `events`, strongest first, ranked by lift
  /// over the audience's mean share as the run's top-genre inference ranks
  /// them; `reference` is the time the signals are computed at (the end of
  /// the log, so that taking events away does not move it).
  ///
  /// - Complexity: O(events + genres log genres).
  public func topGenres(events: [Event], reference: Timestamp?) -> [String] {
    let platform = beliefs.platform
    let feedback = SignalExtractor(configuration: platform.configuration.signals)
      .feedback(from: EventLog(events: events), at: reference)
    var shares = [Double](repeating: 0, count: platform.index.genres.count)
    var total = 0.0
    for entry in feedback.entries where entry.value > 0 {
      guard let t = beliefs.titleIndex[entry.title] else { continue }
      total += Double(entry.value)
      for g in platform.index.genreIndicesByTitle[t] { shares[g] += Double(entry.value) }
    }
    if total > 0 { shares = shares.map { $0 / total } }
    let mean = beliefs.meanGenreAffinity
    let prior = PlatformBeliefs.liftPrior
    let lift = shares.indices.map { g in
      g < mean.count && mean[g] > 0 ? (shares[g] + prior * mean[g]) / ((1 + prior) * mean[g]) : 0
    }
    return shares.indices.filter { shares[$0] > 0 }
      .sorted { lift[$0] != lift[$1] ? lift[$0] > lift[$1] : $0 < $1 }
      .map { platform.index.genres[$0].name }
  }
}
