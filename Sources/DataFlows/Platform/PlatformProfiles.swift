import Catalog
import Datasets
import Events
import Factorization
import Inference
import LinearAlgebra
import Platform
import Scenarios
import Signals
import Simulation

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

    /// The value of the first trait with a name.
    func trait(_ name: String) -> String? { traits.first { $0.name == name }?.value }
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

  /// Computes the platform's view of a run under a policy.
  ///
  /// Under the policy the run's platform collected with, this is what that
  /// platform holds at the end: its log less the raw events its retention
  /// period deleted, and its own taste vectors (trained during the run on
  /// what it kept). Under another policy, the events offered during the run
  /// are seen through it (``PolicyFilter``) and each profile's kept events
  /// are folded into the platform's title factors (Hu, Koren and Volinsky
  /// 2008, eq. 4): what a platform collecting that way could compute.
  init(result: SimulationResult, catalog: Catalog, policy: DataPolicy) {
    let platform = result.platform
    if platform.configuration.collection == CollectionPolicy(policy) {
      self.init(
        kept: result.events.filter(platform.holds), platform: platform, catalog: catalog, policy: policy,
        ownTastes: true)
    } else {
      self.init(
        kept: PolicyFilter(policy: policy).apply(to: result.offeredEvents), platform: platform, catalog: catalog,
        policy: policy, ownTastes: false)
    }
  }

  /// The platform's view from the events it keeps; `ownTastes` uses the
  /// platform's taste vectors, otherwise they are folded in from `kept`.
  private init(kept events: [Event], platform: StreamingPlatform, catalog: Catalog, policy: DataPolicy, ownTastes: Bool) {
    self.policy = policy
    self.catalog = catalog
    self.events = events
    let times = events.map(\.timestamp.secondsSinceEpoch)
    start = times.min() ?? 0
    end = times.max() ?? 0
    titleNames = Dictionary(uniqueKeysWithValues: catalog.titles.map { ($0.id.text, $0.name) })
    titleGenres = Dictionary(uniqueKeysWithValues: catalog.titles.map { ($0.id.text, $0.genres.map(\.name)) })
    let log = EventLog(events: events)
    let held = HeldDemographics.collect(from: log)

    var accountOf: [String: String] = [:]
    var emailOf: [String: String] = [:]
    for timeline in log.timelines {
      if let profile = timeline.key.profile { accountOf[profile] = timeline.key.account }
      for event in timeline.events {
        if case .accountCreated(_, let email, _, _, _, _) = event.payload {
          emailOf[event.account] = StableHash.hex(email.lowercased())
        }
      }
    }

    // Taste vectors: the platform's, or folded in again from what was kept.
    var tastes: [String: [Float]] = [:]
    if ownTastes {
      for (p, id) in platform.profileIDs.enumerated() { tastes[id] = platform.tastes[p] }
    } else if let model = platform.model {
      let titleIndex = Dictionary(uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id.text, $0) })
      let feedback = SignalExtractor().feedback(from: log)
      var perProfile: [String: [(item: Int, value: Float)]] = [:]
      for entry in feedback.entries {
        guard let item = titleIndex[entry.title.description] else { continue }
        perProfile[entry.profile.description, default: []].append((item, entry.value))
      }
      for (profile, interactions) in perProfile { tastes[profile] = model.foldIn(interactions) }
    }
    let known = platform.profileIDs.filter { tastes[$0] != nil }
    var demographics: DemographicModel?
    if let width = known.first.flatMap({ tastes[$0]?.count }), width > 0 {
      var matrix = DenseMatrix(rows: known.count, columns: width)
      for (row, id) in known.enumerated() { matrix.setRow(row, to: tastes[id] ?? []) }
      demographics = DemographicInference().train(tastes: matrix, profiles: known, held: held)
    }

    let taste = TasteInference(
      catalog: catalog, baseline: GenreBaseline(genres: platform.index.genres, profileShares: platform.genreAffinity),
      signals: SignalExtractor(configuration: platform.configuration.signals), limit: 5)
    let rhythm = RhythmInference()
    let location = LocationInference(geoIP: .sample)
    let segmentation = AdvertisingSegments()
    var profiles: [Profile] = []
    for id in platform.profileIDs {
      guard let account = accountOf[id] else { continue }
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
      var traits: [InferredTrait] = []
      if let demographics, let vector = tastes[id] {
        traits += demographics.traits(profile: id, taste: vector)
      } else if let labels = held[id] {
        if let band = labels.ageBand {
          traits.append(InferredTrait(category: .demographic, name: "age band", value: band.rawValue, score: 1, confidence: 1))
        }
        if let gender = labels.gender {
          traits.append(InferredTrait(category: .demographic, name: "gender", value: gender.rawValue, score: 1, confidence: 1))
        }
      }
      traits += taste.genreAffinities(events: own, withEvidence: false)
      traits += taste.favouriteCast(events: own, withEvidence: false)
      traits += rhythm.infer(events: own, withEvidence: false)
      traits += location.infer(events: timeline, withEvidence: false)
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
