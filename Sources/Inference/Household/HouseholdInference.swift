import Events
import Support

/// Who lives behind an account: how many people use it and whether children
/// are among them, from each profile's viewers (``ViewerCountInference``),
/// what each viewer watches, and the profiles' settings.
///
/// Each profile is first read on its own (``view(profile:events:)``): its
/// viewer count, and for each viewer the share of their plays that are
/// children's titles (any of ``childGenres``). The account is then read from
/// all its profiles' views (``infer(views:)``):
///
/// - **people in the account** — the sum of the profiles' viewers (a person
///   with two profiles counts twice; the platform cannot tell). Confidence:
///   the product of the profiles' viewer-count confidences.
/// - **children** — `present` when a profile is set up as a kids' profile
///   (confidence 0.95) or when a viewer's plays are mostly children's titles
///   (at least ``childShare`` of at least ``minimumPlays`` plays; confidence
///   from 0.6 at that share to 0.9 when all are); otherwise `none seen`
///   (0.9 with at least 10 sessions in the account, else 0.7; across the
///   bundled scenarios' crowds the children answer was right for 90–99% of
///   accounts, most of them "none seen").
public struct HouseholdInference: Sendable {
  /// How viewers on one profile are told apart.
  public var viewers: ViewerCountInference
  /// The genres whose titles are children's titles.
  public var childGenres: Set<String> = ["Children", "Animation"]
  /// Smallest share of a viewer's plays on children's titles that reads as a child.
  public var childShare: Double = 0.6
  /// Fewest plays of a viewer before their titles are read at all.
  public var minimumPlays: Int = 3

  /// Creates the inference.
  ///
  /// - Parameter viewers: the viewer count, with the catalog's genres (it
  ///   also supplies the genres of titles to this inference).
  public init(viewers: ViewerCountInference) {
    self.viewers = viewers
  }

  /// One profile as the household inference reads it.
  public struct ProfileView: Sendable, Equatable {
    /// The profile id.
    public let profile: String
    /// Its viewer count, with each viewer's sessions as evidence.
    public let viewers: InferredTrait
    /// The settings event that marks it as a kids' profile, if any.
    public let kidsSettings: String?
    /// Its sessions.
    public let sessions: Int
    /// Per viewer, in the order of the viewer evidence (one entry when the
    /// profile has one viewer).
    public let viewerPlays: [ViewerPlays]
  }

  /// What one viewer of a profile played.
  public struct ViewerPlays: Sendable, Equatable {
    /// Plays started.
    public var plays = 0
    /// Plays of children's titles.
    public var childPlays = 0
    /// The ids of those plays' start events.
    public var childEventIDs: [String] = []
  }

  /// Reads one profile from its events.
  ///
  /// - Complexity: that of ``ViewerCountInference/infer(events:)`` plus O(events).
  public func view(profile: String, events: [Event]) -> ProfileView {
    let count = viewers.infer(events: events)
    let genres = viewers.genres ?? { _ in [] }
    // Which viewer each session belongs to: the viewer evidence lists each
    // viewer's session starts.
    var viewerOfSession: [String: Int] = [:]
    if count.value != .count(1) {
      for (v, group) in count.evidence.enumerated() {
        for id in group.eventIDs { viewerOfSession[id] = v }
      }
    }
    let groups = max(1, count.value == .count(1) ? 1 : count.evidence.count)
    var plays = [ViewerPlays](repeating: ViewerPlays(), count: groups)
    var kids: String?
    var sessions = 0
    var current = 0
    for event in events {
      switch event.payload {
      case .profileSettings(_, true, _, _):
        kids = kids ?? event.id
      case .sessionStart:
        sessions += 1
        current = viewerOfSession[event.id] ?? 0
      case .playStart(let title, _, _, _):
        plays[current].plays += 1
        if genres(title).contains(where: childGenres.contains) {
          plays[current].childPlays += 1
          plays[current].childEventIDs.append(event.id)
        }
      default:
        break
      }
    }
    return ProfileView(profile: profile, viewers: count, kidsSettings: kids, sessions: sessions, viewerPlays: plays)
  }

  /// The account's traits from all its profiles' views: people in the
  /// account, and children.
  public func infer(views: [ProfileView]) -> [InferredTrait] {
    let used = views.filter { $0.sessions > 0 }
    var people = 0
    var certainty = 1.0
    var peopleEvidence: [Evidence] = []
    for view in used {
      let n = view.viewers.value.number ?? 1
      people += n
      certainty *= view.viewers.confidence
      peopleEvidence.append(Evidence(
        description: "profile \(view.profile): \(n == 1 ? "one viewer" : "\(n) viewers") over \(Words.count(view.sessions, "session"))",
        title: nil, eventIDs: view.viewers.evidence.flatMap(\.eventIDs), effect: Double(n)))
    }
    var traits = [
      InferredTrait(
        .peopleInAccount, .count(people), score: Double(people),
        confidence: used.isEmpty ? 0 : certainty, evidence: peopleEvidence)
    ]
    if let kids = used.first(where: { $0.kidsSettings != nil }), let id = kids.kidsSettings {
      traits.append(InferredTrait(
        .children, .presence(true), score: 1, confidence: 0.95,
        evidence: [Evidence(description: "profile \(kids.profile) is set up as a kids' profile", title: nil,
                            eventIDs: [id], effect: 1)]))
      return traits
    }
    var best: (share: Double, view: ProfileView, viewer: Int)?
    for view in used {
      for (v, group) in view.viewerPlays.enumerated() where group.plays >= minimumPlays {
        let share = Double(group.childPlays) / Double(group.plays)
        if share >= childShare, best == nil || share > best!.share { best = (share, view, v) }
      }
    }
    if let best {
      let group = best.view.viewerPlays[best.viewer]
      let who = best.view.viewerPlays.count > 1 ? "a viewer of profile \(best.view.profile)" : "profile \(best.view.profile)"
      traits.append(InferredTrait(
        .children, .presence(true), score: best.share,
        confidence: 0.6 + 0.3 * (best.share - childShare) / max(1e-9, 1 - childShare),
        evidence: [Evidence(
          description: "\(who) plays mostly children's titles (\(group.childPlays) of \(group.plays) plays)",
          title: nil, eventIDs: group.childEventIDs, effect: best.share)]))
    } else {
      let sessions = used.reduce(0) { $0 + $1.sessions }
      traits.append(InferredTrait(
        .children, .presence(false), score: 0,
        confidence: used.isEmpty ? 0 : (sessions >= 10 ? 0.9 : 0.7)))
    }
    return traits
  }
}
