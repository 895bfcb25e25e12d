import Catalog
import Datasets
import Events
import Factorization
import Foundation
import Inference
import LinearAlgebra
import Platform
import Signals

/// The platform's conclusions, computed from what it holds (the log, the
/// catalog, its model), for any profile on demand: the one truth-blind
/// source of what the platform believes (module Beliefs imports nothing of
/// the simulation's truth; BoundaryTests checks). Assessment compares it
/// with the truth; the CLI, report, counterfactuals and flows show it.
package struct PlatformBeliefs: Sendable {
  package let log: EventLog
  /// The platform's state (its model and configuration); `nil` for
  /// beliefs from a log alone, such as a person's own data export.
  package let platform: StreamingPlatform?
  /// The profiles, in the platform's order (or, from a log alone, in order
  /// of first appearance).
  package let profileIDs: [String]
  package let catalog: Catalog
  package let held: [String: HeldDemographics]
  package let demographics: DemographicModel?
  /// What the demographic classifiers read of a profile.
  package let features: ProfileFeatures?
  /// Title names by id, for evidence.
  package let catalogNames: [String: String]
  package let titleIndex: [Label: Int]
  package let toneOfArtwork: [String: ArtworkTone]
  /// The tones of each title's images, by title id.
  package let tonesOfTitle: [String: Set<ArtworkTone>]
  package let accountOfProfile: [String: String]
  /// How the platform counts viewers on a profile (with the catalog's genres).
  package let viewerCount: ViewerCountInference
  /// Taste traits over the catalog (its title and artwork indexes built
  /// once), genre affinities ranked against the audience's genre mix.
  package let tasteInference: TasteInference
  /// Hours, days, sleep window, binges and completion, evidence by title name.
  package let rhythm: RhythmInference
  /// Home region, time zone, travel and devices from IP addresses.
  package let location = LocationInference(geoIP: .sample)
  /// People in an account and children, from its profiles.
  package let household: HouseholdInference
  /// Each known profile read on its own from all its events.
  package let householdViews: [String: HouseholdInference.ProfileView]
  /// Each account's profiles, in order of first appearance in the log.
  package let profilesOfAccount: [String: [String]]
  /// Each profile's taste vector: the platform's own, or folded in from
  /// the log when the beliefs are those of another data policy.
  package let tastes: [String: [Float]]
  /// The crowd a person pointed to (``CrowdModel``), for beliefs from a
  /// log alone that place its profiles among other people: taste vectors
  /// folded into the crowd's space, genres ranked against its genre mix,
  /// and its demographic classifier; `nil` otherwise.
  package let crowd: CrowdModel?

  /// The beliefs from everything the platform holds after a run.
  package init(record: PlatformRecord) {
    self.init(log: EventLog(events: record.events), platform: record.platform, catalog: record.catalog)
  }

  /// The beliefs from a log and the platform's model.
  ///
  /// - Parameter tastes: the taste vector of each profile when not the
  ///   platform's own (``foldedTastes(log:platform:catalog:)`` for a log
  ///   the platform did not train on); by default the platform's.
  package init(log: EventLog, platform: StreamingPlatform, catalog: Catalog, tastes: [String: [Float]]? = nil) {
    self.init(log: log, state: platform, catalog: catalog, tastes: tastes)
  }

  /// The beliefs a log alone supports, with no platform model behind it
  /// (a person's own data export): every trait that needs no taste vector —
  /// genres, cast and artwork tone, rhythms, location, devices, viewers,
  /// people and children, held labels and kids' profiles — and no
  /// demographic classifier. Genres are ranked against the mean genre mix
  /// of the log's profiles when it holds at least
  /// ``minimumAudience`` of them with viewing, else against the catalog's
  /// own mix (``GenreBaseline/init(catalog:)``).
  package init(log: EventLog, catalog: Catalog) {
    self.init(log: log, state: nil, catalog: catalog, tastes: [:])
  }

  /// The beliefs a log alone supports among a crowd of other people (a
  /// person's data export and the public labelled data they point to):
  /// everything ``init(log:catalog:)`` gives, with genres ranked against
  /// the crowd's genre mix, and, for each profile that watched any of the
  /// crowd's titles, its taste vector folded into the crowd's title factors
  /// and, when the crowd has a users file, age band and gender as the
  /// crowd's classifier guesses them (``CrowdModel``).
  package init(log: EventLog, catalog: Catalog, crowd: CrowdModel) {
    var tastes: [String: [Float]] = [:]
    for timeline in log.timelines {
      guard let profile = timeline.key.profile, !crowd.interactions(events: timeline.events).isEmpty else { continue }
      tastes[profile] = crowd.taste(events: timeline.events)
    }
    self.init(log: log, state: nil, catalog: catalog, tastes: tastes, crowd: crowd)
  }

  /// Profiles with viewing a log needs for its own genre mix to be the
  /// audience's.
  package static let minimumAudience = 20

  private init(
    log: EventLog, state platform: StreamingPlatform?, catalog: Catalog, tastes: [String: [Float]]?,
    crowd: CrowdModel? = nil
  ) {
    self.log = log
    self.platform = platform
    self.catalog = catalog
    self.crowd = crowd
    let signals = SignalExtractor(configuration: platform?.configuration.signals ?? SignalConfiguration())
    var logProfiles: [String] = []
    for timeline in log.timelines { if let p = timeline.key.profile { logProfiles.append(p) } }
    profileIDs = platform?.profileIDs ?? logProfiles
    tasteInference = TasteInference(
      catalog: catalog,
      baseline: platform.map(Self.audienceBaseline) ?? crowd?.baseline
        ?? Self.logBaseline(log, catalog: catalog, signals: signals),
      signals: signals, limit: 5)
    held = HeldDemographics.collect(from: log)
    let names = Dictionary(catalog.titles.map { ($0.id.text, $0.name) }, uniquingKeysWith: { first, _ in first })
    catalogNames = names
    rhythm = RhythmInference(titleName: { names[$0] ?? $0 })
    var accounts: [String: String] = [:]
    var profilesOfAccount: [String: [String]] = [:]
    for timeline in log.timelines {
      if let p = timeline.key.profile {
        accounts[p] = timeline.key.account
        profilesOfAccount[timeline.key.account, default: []].append(p)
      }
    }
    accountOfProfile = accounts
    self.profilesOfAccount = profilesOfAccount
    let tastes = tastes ?? platform.map { platform in
      Dictionary(
        platform.profileIDs.indices.compactMap { p in platform.tastes[p].map { (platform.profileIDs[p], $0) } },
        uniquingKeysWith: { first, _ in first })
    } ?? [:]
    self.tastes = tastes
    let known = profileIDs.filter { tastes[$0] != nil }
    // With a crowd, the demographic classifier is the crowd's, trained on
    // its labelled members (``CrowdDemographics``), not the log's.
    if crowd == nil, let width = known.first.flatMap({ tastes[$0]?.count }), width > 0 {
      let space = ProfileFeatures(titles: catalog.titles.map(\.id.text), tasteWidth: width)
      var rows = DenseMatrix(rows: known.count, columns: space.width)
      for (row, id) in known.enumerated() {
        let events = accounts[id].map { log.events(account: $0, profile: id) } ?? []
        rows.setRow(row, to: space.row(taste: tastes[id] ?? [], events: events))
      }
      features = space
      demographics = DemographicInference().train(
        features: rows, profiles: known, held: held,
        standardizedColumns: width + ProfileFeatures.behaviourWidth)
    } else {
      features = nil
      demographics = nil
    }
    titleIndex = Dictionary(uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id, $0) })
    var tones: [String: ArtworkTone] = [:]
    for title in catalog.titles { for variant in title.artwork { tones[variant.id] = variant.tone } }
    toneOfArtwork = tones
    tonesOfTitle = Dictionary(
      catalog.titles.map { ($0.id.text, Set($0.artwork.map(\.tone))) }, uniquingKeysWith: { first, _ in first })
    let genresOfTitle = Dictionary(uniqueKeysWithValues: catalog.titles.map { ($0.id.text, $0.genres.map(\.name)) })
    viewerCount = ViewerCountInference(genres: { genresOfTitle[$0] ?? [] })
    let household = HouseholdInference(viewers: viewerCount)
    self.household = household
    let owners = accounts
    let ids = Array(owners.keys).sorted()
    let views = ParallelLoop.allCores.mapChunks(count: ids.count, chunkSize: 64) { range in
      range.map { household.view(profile: ids[$0], events: log.events(account: owners[ids[$0]]!, profile: ids[$0])) }
    }.flatMap { $0 }
    householdViews = Dictionary(uniqueKeysWithValues: zip(ids, views))
  }

  /// The audience's genre mix: the mean over the platform's profiles of
  /// their genre shares as of its last model update.
  package static func audienceBaseline(_ platform: StreamingPlatform) -> GenreBaseline {
    GenreBaseline(genres: platform.index.genres, profileShares: platform.genreAffinity)
  }

  /// The genre mix of a log's own profiles (each profile's shares as of its
  /// last event), or the catalog's when fewer than ``minimumAudience``
  /// profiles have viewing.
  static func logBaseline(_ log: EventLog, catalog: Catalog, signals: SignalExtractor) -> GenreBaseline {
    let shares = TasteInference(catalog: catalog, signals: signals)
    let mixes = log.timelines.filter { $0.key.profile != nil }.map { timeline in
      shares.genreShares(events: timeline.events, reference: timeline.events.last?.timestamp)
    }.filter { !$0.isEmpty }
    return mixes.count >= minimumAudience ? GenreBaseline(averaging: mixes) : GenreBaseline(catalog: catalog)
  }

  /// Each profile's taste vector folded into the platform's title factors
  /// from its events in `log` (Hu, Koren and Volinsky 2008, eq. 4): what a
  /// platform that had logged only `log` would hold.
  package static func foldedTastes(log: EventLog, platform: StreamingPlatform, catalog: Catalog) -> [String: [Float]] {
    guard let model = platform.model else { return [:] }
    let titleIndex = Dictionary(uniqueKeysWithValues: catalog.titles.enumerated().map { ($1.id.text, $0) })
    let feedback = SignalExtractor(configuration: platform.configuration.signals).feedback(from: log)
    var perProfile: [String: [(item: Int, value: Float)]] = [:]
    for entry in feedback.entries {
      guard let item = titleIndex[entry.title.description] else { continue }
      perProfile[entry.profile.description, default: []].append((item, entry.value))
    }
    return perProfile.mapValues { model.foldIn($0) }
  }

  /// The profile's events as the platform logged them.
  package func events(profile: String) -> [Event] {
    guard let account = accountOfProfile[profile] else { return [] }
    return log.events(account: account, profile: profile)
  }

  /// The labels held for a profile when some of its events are taken away:
  /// `nil` when no source of its held labels is missing from `events` (the
  /// labels stand as held), else the labels the rest of the log still
  /// gives (`.some(nil)` for none).
  ///
  /// - Complexity: O(profile events), plus O(log) when a source is missing.
  package func heldLabels(profile: String, events: [Event]) -> HeldDemographics?? {
    guard let labels = held[profile] else { return nil }
    let kept = Set(events.map(\.id))
    let removed = Set(self.events(profile: profile).map(\.id)).subtracting(kept)
    guard !removed.isEmpty, labels.sourceEventIDs.contains(where: removed.contains) else { return nil }
    let all = log.timelines.flatMap(\.events)
    let latest = all.max { $0.timestamp < $1.timestamp }?.timestamp
    let rest = EventLog(events: all.filter { !removed.contains($0.id) })
    return .some(HeldDemographics.collect(from: rest, at: latest)[profile])
  }

  /// The taste vector the platform would compute from some of a profile's
  /// events (fold-in against its title factors): what the counterfactual
  /// evidence of demographic inferences recomputes.
  package func taste(of events: [Event]) -> [Float] {
    if let crowd { return crowd.taste(events: events) }
    guard let model = platform?.model else { return [] }
    let interactions = SignalExtractor().values(ofProfileEvents: events, at: events.last?.timestamp)
      .compactMap { entry in titleIndex[Label(entry.title)].map { (item: $0, value: entry.value) } }
    return model.foldIn(interactions)
  }

  package func demographicTraits(profile: String, events: [Event], withEvidence: Bool) -> [InferredTrait] {
    var traits: [InferredTrait] = []
    if let demographics, let features, let taste = tastes[profile] {
      // A held label whose source events were taken away is no longer held:
      // the classifier answers instead (its own labels stay as trained).
      let remaining = heldLabels(profile: profile, events: events)
      let key = remaining == nil ? profile : ""
      let names = catalogNames
      traits = withEvidence
        ? demographics.traits(
          profile: key, events: events, taste: { features.row(taste: self.taste(of: $0), events: $0) },
          titleName: { names[$0] ?? $0 })
        : demographics.traits(profile: key, taste: features.row(taste: taste, events: events))
      if let remaining = remaining ?? nil { Self.override(&traits, with: remaining) }
    } else if crowd != nil {
      traits = crowdDemographicTraits(profile: profile, events: events, withEvidence: withEvidence)
    }
    // A kids' profile says its viewer's age band outright: the platform's
    // own settings record beats any guess from tastes.
    if let settings = events.first(where: {
      if case .profileSettings(_, true, _, _) = $0.payload { return true } else { return false }
    }) {
      traits.removeAll { $0.kind == .ageBand }
      traits.append(InferredTrait(
        .ageBand, .ageBand(.under18), score: 1, confidence: 0.95,
        evidence: [Evidence(description: "the profile is set up as a kids' profile", title: nil,
                            eventIDs: [settings.id], effect: 1)]))
    }
    return traits
  }

  /// Replaces guessed gender and age band with the labels held (given by
  /// the member or bought from a broker): a held label beats any guess.
  static func override(_ traits: inout [InferredTrait], with labels: HeldDemographics) {
    let given: [(TraitKind, TraitValue?)] = [
      (.gender, labels.gender.map(TraitValue.gender)), (.ageBand, labels.ageBand.map(TraitValue.ageBand)),
    ]
    for (kind, value) in given {
      guard let value else { continue }
      traits.removeAll { $0.kind == kind }
      traits.append(InferredTrait(
        kind, value, score: 1, confidence: 1,
        evidence: [Evidence(description: "given by the member or bought from a data broker", title: nil,
                            eventIDs: labels.sourceEventIDs, effect: 1)]))
    }
  }

  /// A profile's top genres, strongest first: its genre affinities
  /// (``TasteInference``, ranked by excess share over the audience) without
  /// a limit, from all its logged events.
  package func topGenres(profile: String) -> [Genre] {
    let events = self.events(profile: profile)
    return tasteInference.topGenres(events: events, reference: events.last?.timestamp)
  }

  /// The profile's top genre (its first genre affinity) and how sure the
  /// platform is that it is the top one.
  package func topGenre(profile: String) -> (genre: Genre, confidence: Double)? {
    tasteInference.topGenre(events: self.events(profile: profile))
  }

  /// Share of the artwork shown to a profile in the last 7 days, by tone.
  package func artworkTones(events: [Event]) -> [String: Double] {
    guard let last = events.last?.timestamp.secondsSinceEpoch else { return [:] }
    var counts: [String: Int] = [:]
    var total = 0
    for event in events where event.timestamp.secondsSinceEpoch > last - 7 * 86_400 {
      guard case .impression(_, _, _, _, let artwork, _) = event.payload, let tone = toneOfArtwork[artwork] else { continue }
      counts[tone.rawValue, default: 0] += 1
      total += 1
    }
    return counts.mapValues { Double($0) / Double(max(total, 1)) }
  }

  /// How often a profile was shown each of two tones on titles that have
  /// an image of both, in the last 14 days: the bandit's choice between the
  /// two for the same titles.
  package func artworkChoices(events: [Event], tone: ArtworkTone, over: ArtworkTone) -> (chosen: Int, other: Int) {
    guard let last = events.last?.timestamp.secondsSinceEpoch else { return (0, 0) }
    var chosen = 0
    var other = 0
    for event in events where event.timestamp.secondsSinceEpoch > last - 14 * 86_400 {
      guard case .impression(let title, _, _, _, let artwork, _) = event.payload,
        let shown = toneOfArtwork[artwork], shown == tone || shown == over,
        let tones = tonesOfTitle[title], tones.contains(tone), tones.contains(over)
      else { continue }
      if shown == tone { chosen += 1 } else { other += 1 }
    }
    return (chosen, other)
  }

  /// Everything inferred about a profile from `events`: age band and
  /// gender, genre affinities, favourite cast, artwork tone, rhythms,
  /// location, viewer count, and its account's people and children, with
  /// counterfactual evidence when asked.
  ///
  /// `logged` says `events` are all the profile's logged events, so its
  /// household view (read once at start-up) is reused.
  package func traits(profile: String, events: [Event], withEvidence: Bool, logged: Bool = false) -> [InferredTrait] {
    var traits = demographicTraits(profile: profile, events: events, withEvidence: withEvidence)
    traits += tasteInference.traits(events: events, withEvidence: withEvidence)
    if let crowd {
      let names = catalogNames
      let reference = events.last?.timestamp
      if !crowd.interactions(events: events, reference: reference).isEmpty {
        traits.append(crowd.tasteVector(
          events: events, reference: reference, withEvidence: withEvidence, titleName: { names[$0] ?? $0 }))
      }
    }
    traits += rhythm.infer(events: events, withEvidence: withEvidence)
    traits += location.infer(events: events, withEvidence: withEvidence)
    let own = (logged ? householdViews[profile] : nil) ?? household.view(profile: profile, events: events)
    traits.append(own.viewers)
    traits += householdTraits(profile: profile, own: own)
    return traits
  }

  /// People in the profile's account and children, from its own view (from
  /// the events given) and the account's other profiles as logged.
  package func householdTraits(profile: String, own: HouseholdInference.ProfileView) -> [InferredTrait] {
    let others = accountOfProfile[profile].flatMap { profilesOfAccount[$0] } ?? [profile]
    let views = others.compactMap { $0 == profile ? own : householdViews[$0] }
    return household.infer(views: views.isEmpty ? [own] : views)
  }
}
