import Beliefs
import Catalog
import Events
import Inference
import Platform
import Scenarios
import Simulation
import Support

/// What the platform holds and concludes about each of its profiles under
/// a data policy: the events it kept, the identifiers they carry, its
/// inferred traits and the advertising segments those give. Everything
/// here is computed from the platform's side of a run — the (filtered)
/// event log, the catalog and its model — never from the hidden truth.
struct PlatformProfiles: Sendable {
  /// One profile as the platform sees it.
  struct Profile: Sendable {
    /// The profile id.
    let id: String
    /// Its account.
    let account: String
    /// The profile's events and its account's account-level events, in
    /// time order.
    let events: [Event]
    /// The hash of the account's email address, when the platform has one.
    let emailHash: String?
    /// Device ids, most sessions first.
    let devices: [String]
    /// Session addresses, most sessions first.
    let addresses: [IPAddress]
    /// The platform's beliefs about the profile (no evidence).
    let traits: [InferredTrait]
    /// The advertising segments of those beliefs.
    let segments: [AdvertisingSegment]

    /// The words of the first trait of a kind.
    func trait(_ kind: TraitKind) -> String? { traits.first { $0.kind == kind }?.text }
  }

  /// The policy the log was filtered with.
  let policy: DataPolicy
  /// The events the platform kept, in log order.
  let events: [Event]
  /// Every profile with events, in the platform's order.
  let profiles: [Profile]
  /// Seconds since 1970 of the first and last event.
  let start: Int64, end: Int64
  /// Title names by id, for people to read.
  let titleNames: [String: String]
  /// Genres by title id.
  let titleGenres: [String: [String]]
  /// The catalog.
  let catalog: Catalog

  /// Profiles by id.
  private let position: [String: Int]

  /// The profile with an id.
  func profile(_ id: String) -> Profile? { position[id].map { profiles[$0] } }

  /// The platform's beliefs under the policy: the one source of every
  /// trait and segment here (module Beliefs).
  let beliefs: PlatformBeliefs

  /// Computes the platform's view of a run under a policy.
  ///
  /// Under the policy the run's platform collected with, this is what that
  /// platform holds at the end: its log less the raw events its retention
  /// period deleted, and its own taste vectors (trained during the run on
  /// what it kept). Under another policy, the events offered during the run
  /// are seen through it (``PolicyFilter``) and each profile's kept events
  /// are folded into the platform's title factors
  /// (``PlatformBeliefs/foldedTastes(log:platform:catalog:)``): what a
  /// platform collecting that way could compute.
  init(result: SimulationResult, catalog: Catalog, policy: DataPolicy) {
    let platform = result.platform
    let own = platform.configuration.collection == CollectionPolicy(policy)
    let kept = own ? result.events.filter(platform.holds) : PolicyFilter(policy: policy).apply(to: result.offeredEvents)
    let log = EventLog(events: kept)
    let tastes = own ? nil : PlatformBeliefs.foldedTastes(log: log, platform: platform, catalog: catalog)
    self.init(
      beliefs: PlatformBeliefs(log: log, platform: platform, catalog: catalog, tastes: tastes), events: kept,
      policy: policy)
  }

  /// The platform's view from its beliefs over the events it keeps.
  private init(beliefs: PlatformBeliefs, events: [Event], policy: DataPolicy) {
    self.beliefs = beliefs
    self.policy = policy
    let catalog = beliefs.catalog
    self.catalog = catalog
    self.events = events
    let times = events.map(\.timestamp.secondsSinceEpoch)
    start = times.min() ?? 0
    end = times.max() ?? 0
    titleNames = Dictionary(uniqueKeysWithValues: catalog.titles.map { ($0.id.text, $0.name) })
    titleGenres = Dictionary(uniqueKeysWithValues: catalog.titles.map { ($0.id.text, $0.genres.map(\.name)) })
    let log = beliefs.log

    var emailOf: [String: String] = [:]
    for timeline in log.timelines {
      for event in timeline.events {
        if case .accountCreated(_, let email, _, _, _, _) = event.payload {
          emailOf[event.account] = StableHash.hex(email.lowercased())
        }
      }
    }

    let segmentation = AdvertisingSegments()
    var profiles: [Profile] = []
    for id in beliefs.profileIDs {
      guard let account = beliefs.accountOfProfile[id] else { continue }
      let own = log.events(account: account, profile: id)
      guard !own.isEmpty else { continue }
      let timeline = (own + log.events(account: account, profile: nil)).sorted { $0.timestamp < $1.timestamp }
      var deviceCounts: [String: Int] = [:]
      var addressCounts: [IPAddress: Int] = [:]
      for event in timeline {
        if case .sessionStart(let device, _, _, _, let ip, _) = event.payload {
          deviceCounts[device, default: 0] += 1
          addressCounts[ip, default: 0] += 1
        }
      }
      let traits = beliefs.traits(profile: id, events: own, withEvidence: false, logged: true)
      profiles.append(
        Profile(
          id: id, account: account, events: timeline, emailHash: emailOf[account],
          devices: Self.byCount(deviceCounts, order: <),
          addresses: Self.byCount(addressCounts, order: <),
          traits: traits, segments: segmentation.segments(from: traits)))
    }
    self.profiles = profiles
    position = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.id, $0) })
  }

  /// Keys by descending count, ties in key order.
  static func byCount<Key: Hashable>(_ counts: [Key: Int], order: (Key, Key) -> Bool) -> [Key] {
    counts.sorted { $0.value != $1.value ? $0.value > $1.value : order($0.key, $1.key) }.map(\.key)
  }
}
