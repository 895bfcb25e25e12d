import Events
import Inference

/// What the platform believes about one of the viewers it detected on a
/// shared profile: which sessions it put together as theirs, and what those
/// sessions' events alone say (hours, devices, genres, age band, gender).
public struct ViewerBeliefs: Sendable, Codable, Equatable {
  /// How the platform tells this viewer apart, e.g. "10 sessions around
  /// 17:16 mostly on d1ta (tablet)".
  public let description: String
  /// The typed parts of ``description`` — how many sessions, around what
  /// hour, mostly on which device — for a reader's text to name the
  /// device (`nil` in files written before it was recorded).
  public let sessions: ViewerCountInference.SessionGroup?
  /// The ids of the `session_start` events the platform gives this viewer.
  public let sessionEventIDs: [String]
  /// What the viewer's own events say, each with its confidence.
  public let beliefs: [InferredTrait]

  /// A viewer's beliefs.
  public init(
    description: String, sessions: ViewerCountInference.SessionGroup? = nil, sessionEventIDs: [String],
    beliefs: [InferredTrait]
  ) {
    self.description = description
    self.sessions = sessions
    self.sessionEventIDs = sessionEventIDs
    self.beliefs = beliefs
  }
}

extension PlatformBeliefs {
  /// The beliefs the platform forms about a viewer from their own events.
  static let viewerTraitKinds: Set<TraitKind> = [
    .ageBand, .gender, .genreAffinity, .activeHours, .devices, .sleepWindow, .bingePropensity,
  ]

  /// The viewers the platform detects on a profile, each with what their
  /// own sessions' events say; empty when it sees one viewer. A session's
  /// events are those from its `session_start` to the next.
  ///
  /// - Complexity: O(profile events) plus one trait computation per viewer.
  package func viewers(profile: String) -> [ViewerBeliefs] {
    let events = self.events(profile: profile)
    guard let view = householdViews[profile], view.viewers.value != .count(1), view.viewers.evidence.count > 1 else {
      return []
    }
    var groupOfSession: [String: Int] = [:]
    for (group, evidence) in view.viewers.evidence.enumerated() {
      for id in evidence.eventIDs { groupOfSession[id] = group }
    }
    var split = [[Event]](repeating: [], count: view.viewers.evidence.count)
    var current: Int?
    for event in events {
      if event.type == .sessionStart { current = groupOfSession[event.id] }
      if let current { split[current].append(event) }
    }
    return view.viewers.evidence.enumerated().map { group, evidence in
      let own = split[group]
      var traits = classifierTraits(events: own)
      traits += tasteInference.genreAffinities(events: own, withEvidence: false).prefix(3)
      traits += rhythm.infer(events: own, withEvidence: false)
      traits += location.infer(events: own, withEvidence: false)
      let ids = Set(evidence.eventIDs)
      return ViewerBeliefs(
        description: evidence.description,
        sessions: ViewerCountInference.group(of: own.filter { $0.type == .sessionStart && ids.contains($0.id) }),
        sessionEventIDs: evidence.eventIDs,
        beliefs: traits.filter { Self.viewerTraitKinds.contains($0.kind) })
    }
  }

  /// Age band and gender from a part of a profile's events (one viewer's),
  /// by the classifier trained on whole profiles; no held labels apply.
  func classifierTraits(events: [Event]) -> [InferredTrait] {
    guard let demographics, let features, !events.isEmpty else { return [] }
    return demographics.traits(profile: "", taste: features.row(taste: taste(of: events), events: events))
  }
}
