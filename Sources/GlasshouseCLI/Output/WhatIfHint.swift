import Beliefs
import Catalog
import Counterfactual
import Events
import Inference

/// The `whatif` filter the "Next:" line suggests for a persona: of a few
/// natural candidates — their top genre, their usual device, partner data,
/// their searches, their last week — the one that changes most of what the
/// platform believes about them, tried on the fast path (the profile's
/// traits recomputed without those events, the platform's models fixed), so
/// that the suggestion shows something for this scenario's persona.
struct WhatIfHint {
  /// The filter, as `--without` takes it.
  let filter: String
  /// How many kinds of belief it changes, and whether the top genre is one.
  let changed: Int
  let topGenreChanges: Bool

  /// The best candidate for a profile, or `nil` when none changes anything.
  ///
  /// - Complexity: one trait computation (no evidence) per candidate.
  static func best(profile: String, profiler: PlatformProfiler, catalog: Catalog) -> WhatIfHint? {
    let events = profiler.events(profile: profile)
    guard !events.isEmpty else { return nil }
    let before = profiler.traits(profile: profile, events: events, withEvidence: false)
    var candidates: [String] = []
    if let top = before.first(where: { $0.kind == .genreAffinity }), case .genre(let genre) = top.value {
      candidates.append("genre=\(genre.name)")
    }
    var devices: [DeviceType: Int] = [:]
    for event in events {
      if case .sessionStart(_, let type, _, _, _, _) = event.payload { devices[type, default: 0] += 1 }
    }
    if let device = devices.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })?.key {
      candidates.append("device=\(device.rawValue)")
    }
    candidates += ["source=partner", "type=search"]
    if let last = events.last?.timestamp.secondsSinceEpoch,
      let week = Timestamp(secondsSinceEpoch: last - 7 * 86_400, offsetMinutes: 0)
    {
      candidates.append("after=\(week.description.prefix(10))")
    }
    var best: WhatIfHint?
    for text in candidates {
      guard let filter = try? EventFilter(parsing: text, catalog: catalog) else { continue }
      let removed = filter.matches(events, catalog: catalog)
      guard removed.contains(true) else { continue }
      let kept = zip(events, removed).filter { !$0.1 }.map(\.0)
      let after = profiler.traits(profile: profile, events: kept, withEvidence: false)
      let hint = WhatIfHint(
        filter: text, changed: Self.changes(before, after),
        topGenreChanges: before.first { $0.kind == .genreAffinity }?.value
          != after.first { $0.kind == .genreAffinity }?.value)
      if hint.changed > 0, (best.map { (hint.topGenreChanges ? 1 : 0, hint.changed) > ($0.topGenreChanges ? 1 : 0, $0.changed) } ?? true) {
        best = hint
      }
    }
    return best
  }

  /// The kinds of belief whose values differ between two lists (a kind
  /// that appears or vanishes counts; genres count once, however many
  /// change).
  static func changes(_ before: [InferredTrait], _ after: [InferredTrait]) -> Int {
    func values(_ traits: [InferredTrait]) -> [TraitKind: Set<String>] {
      Dictionary(grouping: traits, by: \.kind).mapValues { Set($0.map(\.value.text)) }
    }
    let a = values(before), b = values(after)
    return Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.count
  }
}
