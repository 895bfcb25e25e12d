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
/// The platform is composed of parts that each own their state: the
/// profiles seen and what their events say (``ProfileDirectory``), the
/// signal events the model learns from (``SignalHistory``), recent plays
/// (``TitlePopularity``), the model and what it has learnt of each
/// profile's taste (``LearnedTastes``) and the artwork policy with its
/// profile features (``ArtworkPersonalization``). This type feeds each
/// day's events to them and serves from them.
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
  /// The days ingested.
  public private(set) var daysIngested = 0
  /// The profiles seen and what their events say.
  private(set) var profiles = ProfileDirectory()
  /// The signal events the model learns from, and the platform's "now".
  private(set) var history = SignalHistory()
  /// Recent plays per title.
  private(set) var titlePopularity: TitlePopularity
  /// What the platform has learnt of each profile's taste.
  private(set) var learnedTastes: LearnedTastes
  /// The artwork policy and its profile features.
  private(set) var personalization: ArtworkPersonalization
  /// Builds homepages from a ``HomepageRequest``.
  let homepageBuilder: HomepageBuilder

  /// A platform with a catalog and no events yet.
  public init(catalog: Catalog, configuration: PlatformConfiguration) {
    self.configuration = configuration
    let index = CatalogIndex(catalog: catalog)
    self.index = index
    self.titlePopularity = TitlePopularity(titles: catalog.count)
    self.learnedTastes = LearnedTastes(index: index)
    self.personalization = ArtworkPersonalization(
      catalog: catalog, index: index, policy: configuration.artworkPolicy)
    self.homepageBuilder = HomepageBuilder(
      index: index, rowLength: configuration.rowLength, genreRows: configuration.genreRows)
  }

  // MARK: State

  /// The catalog's artwork, indexed.
  public var artwork: ArtworkIndex { personalization.artwork }
  /// The profiles seen so far, in order of first appearance in the log.
  public var profileIDs: [String] { profiles.ids }
  /// Per profile, its account.
  public var accountIDs: [String] { profiles.accounts }
  /// Per profile, what its events say.
  public var activities: [ProfileActivity] { profiles.activities }
  /// Per profile, the geo-IP region of its latest session, if known.
  public var regions: [String?] { profiles.regions }
  /// Per profile, its taste vector, once the model knows it.
  public var tastes: [[Float]?] { learnedTastes.tastes }
  /// Per profile, the share of its positive feedback on each genre of
  /// ``CatalogIndex/genres``: its inferred genre affinity.
  public var genreAffinity: [[Double]] { learnedTastes.genreAffinity }
  /// Per profile, its implicit feedback as of its latest retrain or
  /// fold-in: (title index, value) pairs.
  public var feedback: [[(item: Int, value: Float)]] { learnedTastes.feedback }
  /// The model of the latest full retrain (title factors and the
  /// retrain-time taste vectors); `nil` before the first.
  public var model: ImplicitModel? { learnedTastes.model }
  /// Full retrains run.
  public var retrains: Int { learnedTastes.retrains }
  /// Profile fold-ins run.
  public var foldIns: Int { learnedTastes.foldIns }
  /// Recent plays per title, decayed daily.
  public var popularity: [Float] { titlePopularity.global }
  /// Recent plays per title in each region, decayed daily.
  public var regionalPopularity: [String: [Float]] { titlePopularity.regional }
  /// The artwork policy.
  public var artworkPolicy: any ArtworkPolicy { personalization.policy }
  /// Every impression with its context, propensity and reward, in log
  /// order, when ``PlatformConfiguration/recordsArtworkLog`` is on.
  public var artworkLog: [LoggedImpression] { personalization.log }
  /// Per profile, the share of its positive feedback on titles with each
  /// featured cast member (``ArtworkIndex/featuredCast`` positions).
  public var castAffinity: [[Int: Double]] { personalization.castAffinity }
  /// Per artwork tone, the unit mean title-factor vector of the titles
  /// whose genres cue it (empty before the first retrain).
  public var tonePrototypes: [[Float]] { personalization.tonePrototypes }
  /// The time of the latest event ingested, seconds since 1970: the
  /// platform's "now" for retention.
  public var latestEventTime: Int64? { history.latestEventTime }

  /// The index of a profile id, once the log has mentioned it.
  public func profileIndex(_ id: String) -> Int? { profiles.position(of: id) }

  /// What the platform knows of a profile (empty for an unknown one).
  public func activity(profile: String) -> ProfileActivity {
    profiles.position(of: profile).map { profiles.activities[$0] } ?? ProfileActivity()
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
    var rewards = ArtworkRewardTracker(variantOf: personalization.variantOf, index: index)
    for event in events {
      history.observe(event)
      guard let profile = event.profile else { continue }
      let p = register(profile: profile, account: event.account)
      profiles.record(event, profile: p, index: index)
      if isActive.insert(p).inserted { active.append(p) }
      if case .playStart(let title, _, _, _) = event.payload, let t = index.index(of: Label(title)) {
        titlePopularity.recordPlay(title: t, region: profiles.regions[p])
      }
      rewards.record(event, profile: p)
      history.record(event, profile: p)
    }
    // The contexts are rebuilt from the state the day was served with
    // (the model changes only below), so they equal the ones chosen with.
    personalization.learn(
      from: rewards.impressions, tastes: learnedTastes, reward: configuration.artworkReward,
      recordsLog: configuration.recordsArtworkLog)
    titlePopularity.endDay(decay: configuration.popularityDecay)
    let reference = events.map(\.timestamp).max { $0.seconds < $1.seconds }
    daysIngested += 1
    let expired = expireRawEvents().filter { !isActive.contains($0) }
    if model == nil || daysIngested % max(1, configuration.retrainEveryDays) == 0 {
      let algorithm = self.algorithm
      retrain(reference: reference) { algorithm.train($0) }
    } else {
      foldIn((active + expired).sorted(), reference: reference)
    }
    return events
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
    let rows = feedbackRows(Array(profileIDs.indices), reference: reference)
    let trained = try train(Self.matrix(rows, titles: index.count))
    precondition(
      trained.userFactors.rows == profileIDs.count && trained.itemFactors.rows == index.count,
      "the model's rows do not match the platform's profiles and titles")
    learnedTastes.install(trained, rows: rows)
    for p in rows.indices { personalization.update(profile: p, feedback: rows[p]) }
    personalization.update(itemFactors: trained.itemFactors)
  }

  /// Registers a profile the log mentions, with room for it in every part.
  private mutating func register(profile: String, account: String) -> Int {
    let (p, isNew) = profiles.register(profile: profile, account: account)
    if isNew {
      history.appendProfile()
      learnedTastes.appendProfile()
      personalization.appendProfile()
    }
    return p
  }

  /// Deletes raw events older than the retention period from the history
  /// the model learns from; returns the profiles that lost some.
  private mutating func expireRawEvents() -> [Int] {
    guard let cutoff = retentionCutoff else { return [] }
    return history.deleteEvents(before: cutoff)
  }

  /// Folds the feedback of some profiles into the latest model.
  private mutating func foldIn(_ profiles: [Int], reference: Timestamp?) {
    guard model != nil else { return }
    let rows = feedbackRows(profiles, reference: reference)
    learnedTastes.foldIn(profiles, rows: rows, threads: configuration.threads)
    for (i, p) in profiles.enumerated() { personalization.update(profile: p, feedback: rows[i]) }
  }

  /// Feedback rows (title index, value) of some profiles, in parallel.
  private func feedbackRows(_ profiles: [Int], reference: Timestamp?) -> [[(item: Int, value: Float)]] {
    history.feedbackRows(
      profiles, reference: reference, extractor: SignalExtractor(configuration: configuration.signals),
      index: index, threads: configuration.threads)
  }

  /// The platform's own ALS, from its configuration.
  private var algorithm: ImplicitALS {
    ImplicitALS(
      factors: configuration.factors, regularization: configuration.regularization,
      confidence: configuration.confidence, solver: configuration.solver,
      iterations: configuration.iterations, seed: configuration.seed,
      threads: configuration.threads)
  }

  /// The sparse matrix of feedback rows.
  private static func matrix(_ rows: [[(item: Int, value: Float)]], titles: Int) -> SparseMatrix {
    var entries: [(row: Int, column: Int, value: Float)] = []
    for (p, row) in rows.enumerated() {
      for entry in row { entries.append((p, entry.item, entry.value)) }
    }
    return SparseMatrix(rows: rows.count, columns: titles, entries: entries)
  }
}
