import Artwork
import Events
import Inference

/// What the platform would recommend and believe about a profile had some
/// of its events never been logged, side by side with what it does: the
/// remaining events are folded in against the fixed title factors and
/// every inference is rerun on them.
public struct CounterfactualComparison: Sendable, Codable, Equatable {
  /// One line of a side-by-side table.
  public struct Row: Sendable, Codable, Equatable {
    /// What the line is about ("#1", "gender", "genre affinity #2").
    public let label: String
    /// The value with all events ("—" for none).
    public let before: String
    /// The value without the filtered events ("—" for none).
    public let after: String
    /// Whether they differ.
    public let changed: Bool

    /// A row; `changed` compares the two values.
    public init(label: String, before: String, after: String) {
      self.label = label
      self.before = before
      self.after = after
      self.changed = before != after
    }
  }

  /// The profile.
  public let profile: String
  /// The filters, as written (an event is taken away when any matches).
  public let filters: [String]
  /// Events taken away, per event type.
  public let removedByType: [String: Int]
  /// The view with all the profile's events.
  public let before: ProfileView
  /// The view without the filtered events.
  public let after: ProfileView
  /// Recommendations by rank.
  public let recommendations: [Row]
  /// Top genres by rank.
  public let topGenres: [Row]
  /// Inferences by name, value and confidence.
  public let inferences: [Row]
  /// The artwork variant a contextual policy would show for each title
  /// recommended before, with the profile's context rebuilt from its events
  /// (empty when the policy does not choose by profile).
  public let artwork: [Row]
  /// How the artwork was compared, or why it was not.
  public let artworkNote: String

  /// Events taken away.
  public var removed: Int { removedByType.values.reduce(0, +) }

  /// Compares a profile with and without the events any of `filters`
  /// matches.
  ///
  /// - Complexity: two ``PlatformState/view(profile:events:count:reasons:)``.
  public init(state: PlatformState, profile: String, filters: [EventFilter], count: Int = 10) {
    let events = state.events(profile: profile)
    var removed = [Bool](repeating: false, count: events.count)
    for filter in filters {
      for (i, hit) in filter.matches(events, catalog: state.catalog).enumerated() where hit { removed[i] = true }
    }
    var byType: [String: Int] = [:]
    for (event, out) in zip(events, removed) where out { byType[event.type.rawValue, default: 0] += 1 }
    let kept = zip(events, removed).filter { !$0.1 }.map(\.0)
    let before = state.view(profile: profile, events: events, count: count)
    let after = removed.contains(true) ? state.view(profile: profile, events: kept, count: count) : before
    var artwork: [Row] = []
    var note = "the platform's artwork policy does not choose by profile, so taking events away does not change it"
    if let time = state.now, state.platform?.artworkPolicy is LinUCBPolicy {
      let device = PlatformState.lastDevice(in: events)
      let old = state.artworkContext(of: state.feedback(of: events), time: time, device: device)
      let new = state.artworkContext(of: state.feedback(of: kept), time: time, device: device)
      for item in before.recommendations {
        guard let t = state.title(named: item.title) else { continue }
        artwork.append(
          Row(
            label: item.name, before: state.artworkChoice(title: t, context: old) ?? "—",
            after: state.artworkChoice(title: t, context: new) ?? "—"))
      }
      note = "LinUCB's choice for each title recommended before, on \(device.rawValue) at the end of the log"
    }
    self.init(
      profile: profile, filters: filters.map(\.text), removedByType: byType, before: before, after: after,
      artwork: artwork, artworkNote: note)
  }

  /// Compares two views of a profile.
  public init(
    profile: String, filters: [String], removedByType: [String: Int], before: ProfileView, after: ProfileView,
    artwork: [Row] = [], artworkNote: String = ""
  ) {
    self.profile = profile
    self.artwork = artwork
    self.artworkNote = artworkNote
    self.filters = filters
    self.removedByType = removedByType
    self.before = before
    self.after = after
    let ranks = max(before.recommendations.count, after.recommendations.count)
    recommendations = (0..<ranks).map { r in
      Row(
        label: "#\(r + 1)", before: r < before.recommendations.count ? before.recommendations[r].name : "—",
        after: r < after.recommendations.count ? after.recommendations[r].name : "—")
    }
    let genres = min(5, max(before.topGenres.count, after.topGenres.count))
    topGenres = (0..<genres).map { r in
      Row(
        label: "#\(r + 1)", before: r < before.topGenres.count ? before.topGenres[r] : "—",
        after: r < after.topGenres.count ? after.topGenres[r] : "—")
    }
    let old = before.keyedTraits
    let new = after.keyedTraits
    var keys = old.map(\.key)
    for (key, _) in new where !keys.contains(key) { keys.append(key) }
    func show(_ trait: InferredTrait?, _ key: String) -> String {
      guard let trait else { return "—" }
      let confidence = "\(Int((trait.confidence * 100).rounded()))%"
      return key == trait.name ? "\(trait.text) (\(confidence))" : confidence
    }
    inferences = keys.map { key in
      Row(
        label: key, before: show(old.first { $0.key == key }?.trait, key),
        after: show(new.first { $0.key == key }?.trait, key))
    }
  }
}
