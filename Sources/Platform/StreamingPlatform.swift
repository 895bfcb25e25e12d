import Artwork
import Catalog
import Datasets
import Events
import Factorization
import LinearAlgebra
import Recommendation
import Signals

/// The streaming service: everything it knows comes from the event log and
/// its own models. It serves homepages and artwork, sends notifications,
/// and at the end of each day ingests the day's events: the artwork policy
/// learns from impressions and clicks, popularity is updated, and the
/// profiles active that day are folded into the model, or, every
/// ``PlatformConfiguration/retrainEveryDays`` days, the model is retrained
/// from scratch on everyone's feedback.
///
/// Every event passes through the platform's ``EventCollector`` before it is
/// stored or learnt from: under a minimising ``CollectionPolicy`` partner
/// records never enter, addresses are kept only as their region, device ids
/// become platform-only pseudonyms, and raw events older than the retention
/// period are deleted from what the model learns from as the days go by.
///
/// The platform is a value: the simulation gives every household the same
/// frozen copy for a day, so households can run in parallel, and the result
/// does not depend on the thread count. Its module does not depend on the
/// population or the simulation, so it cannot read hidden truth.
public struct StreamingPlatform: Sendable {
  /// The settings.
  public let configuration: PlatformConfiguration
  /// The catalog, indexed.
  public let index: CatalogIndex
  /// The catalog's artwork, indexed.
  public let artwork: ArtworkIndex
  /// The profiles seen so far, in order of first appearance in the log.
  public private(set) var profileIDs: [String] = []
  /// Per profile, its account.
  public private(set) var accountIDs: [String] = []
  /// Per profile, what its events say.
  public private(set) var activities: [ProfileActivity] = []
  /// Per profile, its taste vector, once the model knows it.
  public private(set) var tastes: [[Float]?] = []
  /// Per profile, the share of its positive feedback on each genre of
  /// ``CatalogIndex/genres``: its inferred genre affinity.
  public private(set) var genreAffinity: [[Double]] = []
  /// The model of the latest full retrain (title factors and the
  /// retrain-time taste vectors); `nil` before the first.
  public private(set) var model: ImplicitModel?
  /// Recent plays per title, decayed daily.
  public private(set) var popularity: [Float]
  /// The days ingested.
  public private(set) var daysIngested = 0
  /// Full retrains run.
  public private(set) var retrains = 0
  /// Profile fold-ins run.
  public private(set) var foldIns = 0
  /// The artwork policy.
  public private(set) var artworkPolicy: any ArtworkPolicy
  /// Every impression with its context, propensity and reward, in log
  /// order, when ``PlatformConfiguration/recordsArtworkLog`` is on.
  public private(set) var artworkLog: [LoggedImpression] = []
  /// Per profile, the share of its positive feedback on titles with each
  /// featured cast member (``ArtworkIndex/featuredCast`` positions).
  public private(set) var castAffinity: [[Int: Double]] = []
  /// Per profile, its implicit feedback as of its latest retrain or
  /// fold-in: (title index, value) pairs.
  public private(set) var feedback: [[(item: Int, value: Float)]] = []
  /// Per artwork tone, the unit mean title-factor vector of the titles
  /// whose genres cue it (empty before the first retrain).
  public private(set) var tonePrototypes: [[Float]] = []
  /// Per profile, the geo-IP region of its latest session, if known.
  public private(set) var regions: [String?] = []
  /// Recent plays per title in each region, decayed daily.
  public private(set) var regionalPopularity: [String: [Float]] = [:]
  /// The time of the latest event ingested, seconds since 1970: the
  /// platform's "now" for retention.
  public private(set) var latestEventTime: Int64?
  private var position: [String: Int] = [:]
  private var signalHistory: [[Event]] = []
  private let homepageBuilder: HomepageBuilder
  let variantOf: [String: (title: Int, variant: Int)]
  let featuredCastByTitle: [[Int]]
  let toneOfGenre: [Int]

  /// A platform with a catalog and no events yet.
  public init(catalog: Catalog, configuration: PlatformConfiguration) {
    self.configuration = configuration
    let index = CatalogIndex(catalog: catalog)
    self.index = index
    let artwork = ArtworkIndex(catalog: catalog)
    self.artwork = artwork
    self.popularity = [Float](repeating: 0, count: catalog.count)
    self.homepageBuilder = HomepageBuilder(
      index: index, rowLength: configuration.rowLength, genreRows: configuration.genreRows)
    self.artworkPolicy = Self.makePolicy(configuration.artworkPolicy, artwork: artwork)
    self.featuredCastByTitle = catalog.titles.map { title in
      title.cast.compactMap { artwork.castNumber(of: $0) }
    }
    self.toneOfGenre = index.genres.map { ArtworkTone.allCases.firstIndex(of: ArtworkTone(cueing: $0)) ?? 0 }
    var variantOf: [String: (title: Int, variant: Int)] = [:]
    for title in 0..<artwork.titleCount {
      for (v, variant) in artwork.variants(of: title).enumerated() {
        variantOf[variant.id] = (title, v)
      }
    }
    self.variantOf = variantOf
  }

  // MARK: Serving

  /// The index of a profile id, once the log has mentioned it.
  public func profileIndex(_ id: String) -> Int? { position[id] }

  /// What the platform knows of a profile (empty for an unknown one).
  public func activity(profile: String) -> ProfileActivity {
    position[profile].map { activities[$0] } ?? ProfileActivity()
  }

  /// The factor score of every title for a profile, or `nil` before the
  /// model knows the profile.
  public func scores(profile: String) -> [Float]? {
    guard let p = position[profile], let taste = tastes[p], let model else { return nil }
    return FactorScorer.scores(taste: taste, items: model.itemFactors)
  }

  /// The genres ranked by a profile's inferred affinity, best first,
  /// leaving out genres with none.
  public func topGenres(profile: String) -> [Genre] {
    guard let p = position[profile] else { return [] }
    let affinity = genreAffinity[p]
    return affinity.indices.filter { affinity[$0] > 0 }
      .sorted { affinity[$0] != affinity[$1] ? affinity[$0] > affinity[$1] : $0 < $1 }
      .map { index.genres[$0] }
  }

  /// Builds a profile's homepage from the model and what the profile's
  /// events say so far (`activity`, kept current by the app during a day).
  public func homepage(profile: String, activity: ProfileActivity) -> Homepage {
    homepageBuilder.build(homepageRequest(profile: profile, activity: activity))
  }

  /// What the platform knows for a profile's homepage (see
  /// ``HomepageRequest``): scores, global and regional popularity, the
  /// strongest signal behind "Because you watched" and its neighbours.
  public func homepageRequest(profile: String, activity: ProfileActivity) -> HomepageRequest {
    let p = position[profile]
    let region = p.flatMap { regions[$0] }
    var because: (title: Int, similarity: [Float])?
    if let anchor = strongestSignal(profile: profile), let model {
      because = (anchor, HomepageBuilder.similarity(to: anchor, itemFactors: model.itemFactors))
    }
    return HomepageRequest(
      scores: scores(profile: profile), popularity: popularity,
      regional: region.flatMap { r in regionalPopularity[r].map { (r, $0) } },
      becauseYouWatched: because, continueWatching: activity.continueWatching,
      excluded: activity.watched, topGenres: topGenres(profile: profile),
      maximumMaturity: activity.isKids ? .pg : nil, tieBreakSeed: StableHash.fnv1a(profile))
  }

  /// The title behind "Because you watched": the profile's strongest
  /// implicit feedback (which already weighs recency; Docs/Signals.md),
  /// ties to the lower index.
  public func strongestSignal(profile: String) -> Int? {
    guard let p = position[profile] else { return nil }
    var best: (item: Int, value: Float)?
    for entry in feedback[p] where entry.value > 0 {
      if best.map({ entry.value > $0.value || (entry.value == $0.value && entry.item < $0.item) }) ?? true {
        best = entry
      }
    }
    return best?.item
  }

  /// The artwork variant to show for a title in a context (see
  /// ``artworkContext(profile:time:device:)``), with its propensity.
  public func chooseArtwork(
    title: Int, context: ArtworkContext, random: inout SeededGenerator
  ) -> (variant: ArtworkVariant, choice: ArtworkChoice) {
    let choice = artworkPolicy.choose(title: title, context: context, random: &random)
    return (artwork.variants(of: title)[artwork.offsets[title] + choice.variant], choice)
  }

  /// The notifications of a day: every profile idle for
  /// ``PlatformConfiguration/notifyAfterIdleDays`` days that the model
  /// knows is sent its best unwatched title at the notification hour in
  /// the UTC offset it was last seen in.
  ///
  /// - Parameter dayStart: midnight UTC of the day, seconds since 1970.
  public func notifications(dayStart: Int64) -> [PlannedNotification] {
    var planned: [PlannedNotification] = []
    for (p, id) in profileIDs.enumerated() {
      guard let seen = activities[p].lastSeen else { continue }
      let offset = Int64(seen.offsetMinutes) * 60
      let send = dayStart + Int64(configuration.notificationHour) * 3600 - offset
      guard send - seen.secondsSinceEpoch >= Int64(configuration.notifyAfterIdleDays) * 86_400,
        let scores = scores(profile: id)
      else { continue }
      let activity = activities[p]
      var best: Int?
      for t in scores.indices where !activity.watched.contains(t) {
        if activity.isKids && index.maturity[t] > .pg { continue }
        if best.map({ scores[t] > scores[$0] }) ?? true { best = t }
      }
      guard let title = best,
        let time = Timestamp(secondsSinceEpoch: send, offsetMinutes: Int(seen.offsetMinutes))
      else { continue }
      planned.append(PlannedNotification(account: accountIDs[p], profile: id, title: title, time: time))
    }
    return planned
  }

  // MARK: Collection

  /// The platform's intake under its collection policy.
  public var collector: EventCollector { EventCollector(policy: configuration.collection) }

  /// What the platform stores of events offered to it, in order (see
  /// ``EventCollector``); the offered events themselves under the standard
  /// policy.
  public func collect(_ offered: [Event]) -> [Event] { collector.collect(offered) }

  /// Seconds since 1970 before which the platform has deleted raw events
  /// (its retention period back from the latest event), or `nil` when it
  /// keeps them.
  public var retentionCutoff: Int64? { latestEventTime.flatMap { collector.retentionCutoff(now: $0) } }

  /// Whether the platform still holds an event it collected: `false` for
  /// raw events deleted at the end of their retention period.
  public func holds(_ event: Event) -> Bool {
    guard let now = latestEventTime else { return true }
    return collector.retains(event, now: now)
  }

  // MARK: Learning

  /// Collects and ingests one day's events, in log order: activities,
  /// popularity, the artwork policy; then raw events past the retention
  /// period are deleted from what the model learns from, and the model is
  /// updated (fold-in of the day's active profiles and of those that lost
  /// events, or a full retrain).
  ///
  /// - Parameter offered: the day's events as the apps and partners send
  ///   them; the platform stores only what its collection policy keeps.
  /// - Returns: the events the platform stored (its log of the day).
  /// - Complexity: O(events + stored history) plus fold-in of the day's
  ///   active profiles (O(history · k² ) each) or a full retrain.
  @discardableResult
  public mutating func endOfDay(_ offered: [Event]) -> [Event] {
    let events = collect(offered)
    var active: [Int] = []
    var isActive = Set<Int>()
    var plays = [Float](repeating: 0, count: index.count)
    var rewards = ArtworkRewardTracker()
    var regionalPlays: [String: [Int: Float]] = [:]
    for event in events {
      let time = event.timestamp.secondsSinceEpoch
      if latestEventTime.map({ time > $0 }) ?? true { latestEventTime = time }
      guard let profile = event.profile else { continue }
      let p = register(profile: profile, account: event.account)
      activities[p].record(event, index: index)
      if isActive.insert(p).inserted { active.append(p) }
      if case .sessionStart(_, _, _, _, let ip, _) = event.payload,
        let entry = GeoIPTable.sample.lookup(ip)
      {
        regions[p] = entry.region
      }
      if case .playStart(let title, _, _, _) = event.payload, let t = index.index(of: Label(title)) {
        plays[t] += 1
        if let region = regions[p] { regionalPlays[region, default: [:]][t, default: 0] += 1 }
      }
      rewards.record(event, profile: p, platform: self)
      if Self.carriesSignal(event.type) { signalHistory[p].append(event) }
    }
    // The contexts are rebuilt from the state the day was served with
    // (the model changes only below), so they equal the ones chosen with.
    let batch = rewards.impressions.map { impression in
      ArtworkFeedback(
        title: impression.title, variant: impression.variant,
        context: artworkContext(
          profile: impression.profile, dayPart: Self.dayPart(of: impression.time),
          device: impression.device),
        reward: configuration.artworkReward == .play
          ? (impression.played ? 1 : 0) : impression.minutes)
    }
    artworkPolicy.learn(batch)
    if configuration.recordsArtworkLog {
      for (impression, feedback) in zip(rewards.impressions, batch) {
        artworkLog.append(
          LoggedImpression(
            title: feedback.title, variant: feedback.variant, propensity: impression.propensity,
            context: feedback.context, reward: feedback.reward))
      }
    }
    for t in popularity.indices {
      popularity[t] = configuration.popularityDecay * popularity[t] + plays[t]
    }
    for region in Set(regionalPopularity.keys).union(regionalPlays.keys) {
      var values = regionalPopularity[region] ?? [Float](repeating: 0, count: index.count)
      for t in values.indices { values[t] *= configuration.popularityDecay }
      for (t, count) in regionalPlays[region] ?? [:] { values[t] += count }
      regionalPopularity[region] = values
    }
    let reference = events.map(\.timestamp).max { $0.seconds < $1.seconds }
    daysIngested += 1
    let expired = expireRawEvents().filter { !isActive.contains($0) }
    if model == nil || daysIngested % max(1, configuration.retrainEveryDays) == 0 {
      retrain(reference: reference)
    } else {
      foldIn((active + expired).sorted(), reference: reference)
    }
    return events
  }

  /// Deletes raw events older than the retention period from the history
  /// the model learns from; returns the profiles that lost some.
  private mutating func expireRawEvents() -> [Int] {
    guard let cutoff = retentionCutoff else { return [] }
    var changed: [Int] = []
    for p in signalHistory.indices {
      let before = signalHistory[p].count
      signalHistory[p].removeAll { $0.timestamp.secondsSinceEpoch < cutoff }
      if signalHistory[p].count != before { changed.append(p) }
    }
    return changed
  }

  /// Whether events of a type feed implicit feedback (Docs/Signals.md).
  static func carriesSignal(_ type: EventType) -> Bool {
    switch type {
    case .playStart, .heartbeat, .pause, .seek, .stop, .completion, .rating, .search, .listAdd:
      return true
    default: return false
    }
  }

  private mutating func register(profile: String, account: String) -> Int {
    if let p = position[profile] { return p }
    let p = profileIDs.count
    position[profile] = p
    profileIDs.append(profile)
    accountIDs.append(account)
    activities.append(ProfileActivity())
    signalHistory.append([])
    tastes.append(nil)
    genreAffinity.append([Double](repeating: 0, count: index.genres.count))
    castAffinity.append([:])
    regions.append(nil)
    feedback.append([])
    return p
  }

  /// Feedback rows (title index, value) of some profiles, in parallel.
  private func feedbackRows(_ profiles: [Int], reference: Timestamp?) -> [[(item: Int, value: Float)]] {
    let extractor = SignalExtractor(configuration: configuration.signals)
    let histories = profiles.map { signalHistory[$0] }
    let index = self.index
    return ParallelLoop(threads: configuration.threads).mapChunks(
      count: profiles.count, chunkSize: 64
    ) { range in
      range.map { i in
        let feedback = extractor.feedback(from: EventLog(events: histories[i]), at: reference)
        return feedback.entries.compactMap { entry in
          index.index(of: entry.title).flatMap { entry.value != 0 ? (item: $0, value: entry.value) : nil }
        }
      }
    }.flatMap { $0 }
  }

  private var algorithm: ImplicitALS {
    ImplicitALS(
      factors: configuration.factors, regularization: configuration.regularization,
      confidence: configuration.confidence, solver: configuration.solver,
      iterations: configuration.iterations, seed: configuration.seed,
      threads: configuration.threads)
  }

  private mutating func retrain(reference: Timestamp?) {
    let algorithm = self.algorithm
    retrain(reference: reference) { algorithm.train($0) }
  }

  /// The profiles × titles feedback matrix a full retrain at `reference`
  /// trains on: row p is ``profileIDs``[p], column t the catalog's title t.
  ///
  /// - Complexity: O(each profile's signal events).
  public func trainingMatrix(reference: Timestamp?) -> SparseMatrix {
    Self.matrix(feedbackRows(Array(profileIDs.indices), reference: reference), titles: index.count)
  }

  /// A full retrain with a model trained by `train` instead of the
  /// platform's own ALS (factors trained elsewhere, such as Spark MLlib's,
  /// through the Interchange module): taste vectors, genre and cast
  /// affinities, feedback and tone prototypes are updated exactly as after
  /// the platform's own retrain.
  ///
  /// - Parameter train: given ``trainingMatrix(reference:)``, a model with
  ///   a user row per profile and a title row per catalog title.
  public mutating func retrain(
    reference: Timestamp?, using train: (SparseMatrix) throws -> ImplicitModel
  ) rethrows {
    let all = Array(profileIDs.indices)
    let rows = feedbackRows(all, reference: reference)
    let trained = try train(Self.matrix(rows, titles: index.count))
    precondition(
      trained.userFactors.rows == profileIDs.count && trained.itemFactors.rows == index.count,
      "the model's rows do not match the platform's profiles and titles")
    model = trained
    for p in all {
      tastes[p] = rows[p].isEmpty ? nil : trained.userFactors.row(p)
      genreAffinity[p] = affinity(of: rows[p])
      castAffinity[p] = castShares(of: rows[p])
      feedback[p] = rows[p]
    }
    tonePrototypes = prototypes(of: trained.itemFactors)
    retrains += 1
  }

  private mutating func foldIn(_ profiles: [Int], reference: Timestamp?) {
    guard let model else { return }
    let rows = feedbackRows(profiles, reference: reference)
    let warm = profiles.map { tastes[$0] }
    let solved = ParallelLoop(threads: configuration.threads).mapChunks(
      count: profiles.count, chunkSize: 64
    ) { range in
      range.map { i in rows[i].isEmpty ? nil : model.foldIn(rows[i], warmStart: warm[i]) }
    }.flatMap { $0 }
    for (i, p) in profiles.enumerated() {
      tastes[p] = solved[i]
      genreAffinity[p] = affinity(of: rows[i])
      castAffinity[p] = castShares(of: rows[i])
      feedback[p] = rows[i]
    }
    foldIns += profiles.count
  }

  /// The sparse matrix of feedback rows.
  private static func matrix(_ rows: [[(item: Int, value: Float)]], titles: Int) -> SparseMatrix {
    var entries: [(row: Int, column: Int, value: Float)] = []
    for (p, row) in rows.enumerated() {
      for entry in row { entries.append((p, entry.item, entry.value)) }
    }
    return SparseMatrix(rows: rows.count, columns: titles, entries: entries)
  }

  /// The share of positive feedback on each genre.
  private func affinity(of row: [(item: Int, value: Float)]) -> [Double] {
    var shares = [Double](repeating: 0, count: index.genres.count)
    var total = 0.0
    for entry in row where entry.value > 0 {
      total += Double(entry.value)
      for g in index.genreIndicesByTitle[entry.item] { shares[g] += Double(entry.value) }
    }
    return total > 0 ? shares.map { $0 / total } : shares
  }
}
