import Catalog
import Events
import Inference
import Platform

/// Why the platform recommends what it does to a profile, shows the
/// artwork it shows, and concludes what it concludes — each answer traced
/// back to the profile's own events.
public struct ProfileExplanation: Sendable, Codable, Equatable {
  /// One title looked at closely.
  public struct TitleFocus: Sendable, Codable, Equatable {
    /// The title's id.
    public let title: String
    /// Its name.
    public let name: String
    /// Its genres.
    public let genres: [String]
    /// Its rank among the titles the profile has not seen (1 = first), or
    /// `nil` when the profile has already watched it.
    public let rank: Int?
    /// Its factor score for the profile.
    public let score: Double
    /// The past titles behind the score, largest first (up to 8).
    public let because: [Recommendation.Reason]
    /// Why its artwork looks as it does.
    public let artwork: ArtworkStory
    /// The inferences this title's events helped give away (by name).
    public let inferences: [String]
  }

  /// The profile.
  public let profile: String
  /// Its events.
  public let events: Int
  /// What the platform makes of it.
  public let view: ProfileView
  /// The title asked about, if any.
  public let focus: TitleFocus?
  /// Whether a platform model stands behind the log (not for imported data).
  public let hasModel: Bool

  /// Explains a profile, and one title when `title` names one.
  ///
  /// - Parameters:
  ///   - title: a catalog id or exact name (already checked by the caller
  ///     with ``PlatformState/title(named:)``).
  public init(state: PlatformState, profile: String, title: Int?, count: Int = 10) {
    let events = state.events(profile: profile)
    self.profile = profile
    self.events = events.count
    hasModel = state.platform?.model != nil
    view = state.view(profile: profile, events: events, count: count)
    guard let title else {
      focus = nil
      return
    }
    let entry = state.catalog.titles[title]
    let interactions = state.feedback(of: events)
    let seen = Set(interactions.map(\.item))
    var rank: Int?
    var score = 0.0
    var because: [Recommendation.Reason] = []
    let ranked = state.explanations(of: interactions)
    if let position = ranked.filter({ !seen.contains($0.item) }).firstIndex(where: { $0.item == title }) {
      rank = position + 1
    }
    if let explanation = ranked.first(where: { $0.item == title }) {
      score = Double(explanation.score)
      because = explanation.topContributors(8).map {
        Recommendation.Reason(
          title: state.catalog.titles[$0.item].id.text, name: state.catalog.titles[$0.item].name,
          share: Double($0.share))
      }
    }
    let concerned = view.keyedTraits.filter { _, trait in
      trait.evidence.contains { $0.title == entry.id.text || $0.title == entry.name }
    }.map(\.key)
    focus = TitleFocus(
      title: entry.id.text, name: entry.name, genres: entry.genres.map(\.name), rank: rank, score: score,
      because: because, artwork: Self.artwork(state: state, profile: profile, title: title, events: events),
      inferences: concerned)
  }

  static func artwork(state: PlatformState, profile: String, title: Int, events: [Event]) -> ArtworkStory {
    let entry = state.catalog.titles[title]
    var counts: [String: Int] = [:]
    for event in events {
      if case .impression(let shown, _, _, _, let artwork, _) = event.payload, shown == entry.id.text {
        counts[artwork, default: 0] += 1
      }
    }
    let tones = Dictionary(uniqueKeysWithValues: entry.artwork.map { ($0.id, $0.tone.rawValue) })
    let shown = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
      ArtworkStory.Shown(variant: $0.key, tone: tones[$0.key] ?? "?", times: $0.value)
    }
    var device = DeviceType.tv
    for event in events {
      if case .sessionStart(_, let type, _, _, _, _) = event.payload { device = type }
    }
    guard let platform = state.platform else {
      return ArtworkStory(
        policy: "none: imported data has no platform choosing artwork", chosen: nil, reasons: [], shown: shown)
    }
    let policy = Self.describe(platform.configuration.artworkPolicy)
    if let time = state.now,
      let evidence = platform.explainArtwork(title: title, profile: profile, time: time, device: device)
    {
      return ArtworkStory(policy: policy, chosen: evidence.variant.id, reasons: evidence.reasons(), shown: shown)
    }
    return ArtworkStory(policy: policy, chosen: nil, reasons: [], shown: shown)
  }

  static func describe(_ kind: PlatformConfiguration.ArtworkPolicyKind) -> String {
    switch kind {
    case .uniformRandom: return "uniform random: every variant equally often, whoever you are"
    case .epsilonGreedy(let epsilon):
      return
        "epsilon-greedy (ε = \(epsilon)): the variant with the best play rate across everyone, a random one \(Int((epsilon * 100).rounded()))% of the time; not personal, so it has no per-profile reasons"
    case .bestOverall: return "best overall: the variant with the best play rate across everyone; not personal"
    case .linUCB(let alpha):
      return "LinUCB (α = \(alpha)): a per-context bandit that reads your genre, tone and cast shares and learns your own response to each tone"
    case .thompson: return "linear Thompson sampling: a per-context bandit with randomized choices"
    }
  }
}
