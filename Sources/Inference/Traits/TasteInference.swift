import Catalog
import Datasets
import Events
import Signals

/// What a profile's viewing says about its taste, from the platform's view:
/// genre affinities and favourite cast from the implicit-feedback signals of
/// the titles it watched, and the artwork tone it responds to from the
/// impressions it clicked. Each trait comes with counterfactual evidence
/// (``CounterfactualEvidence``): the titles whose removal would weaken it most.
///
/// Scores and confidences:
/// - genre affinity: the genres the profile watches more of than the
///   audience (``GenreBaseline``), by excess share, largest first; score =
///   the excess share (the profile's share of positive signal on the genre
///   minus the audience's); confidence = the probability that the profile's
///   true share exceeds the audience's (``GenreBaseline/confidence(share:titles:of:)``).
///   The first is the profile's top genre.
/// - favourite cast: the same, over the titles a person appears in (at least two).
/// - tone: score = the tone's click-through rate minus the rate of all other
///   tones (each Laplace-smoothed: (clicks + 1) / (impressions + 2)), so 0.3
///   reads "clicks this tone 30 points more often"; confidence = c / (c + 2)
///   for c clicks on that tone.
public struct TasteInference: Sendable {
  /// The titles the events refer to.
  public let catalog: Catalog
  /// How events become signal values.
  public var signals: SignalExtractor
  /// How evidence is searched.
  public var evidence: CounterfactualEvidence
  /// How many genre (and cast) traits to report.
  public var limit: Int
  /// The audience's genre mix that genre affinities are ranked against.
  public var baseline: GenreBaseline

  private let titleIndex: [String: Int]
  private let artworkTone: [String: ArtworkTone]

  /// Creates the inference over a catalog; without a `baseline`, genre
  /// affinities are ranked against the catalog's own genre mix.
  public init(
    catalog: Catalog, baseline: GenreBaseline? = nil, signals: SignalExtractor = SignalExtractor(),
    evidence: CounterfactualEvidence = CounterfactualEvidence(), limit: Int = 3
  ) {
    self.catalog = catalog
    self.baseline = baseline ?? GenreBaseline(catalog: catalog)
    self.signals = signals
    self.evidence = evidence
    self.limit = limit
    var index: [String: Int] = [:]
    var tones: [String: ArtworkTone] = [:]
    for (i, title) in catalog.titles.enumerated() {
      index[title.id.text] = i
      for variant in title.artwork { tones[variant.id] = variant.tone }
    }
    self.titleIndex = index
    self.artworkTone = tones
  }

  /// Positive signal value per catalog title of one profile's events.
  ///
  /// - Parameter reference: "now" for recency decay, fixed so that taking
  ///   events out does not move it.
  func values(_ events: [Event], reference: Timestamp?) -> [(title: Int, value: Double)] {
    var result: [(title: Int, value: Double)] = []
    for entry in signals.values(ofProfileEvents: events, at: reference) where entry.value > 0 {
      if let index = titleIndex[entry.title] { result.append((index, Double(entry.value))) }
    }
    return result
  }

  /// Per genre: share of positive signal and number of titles.
  func genreShares(_ values: [(title: Int, value: Double)]) -> [Genre: (share: Double, titles: Int)] {
    var sums: [Genre: (Double, Int)] = [:]
    var total = 0.0
    for (title, value) in values {
      total += value
      for genre in catalog.titles[title].genres {
        sums[genre, default: (0, 0)].0 += value
        sums[genre, default: (0, 0)].1 += 1
      }
    }
    guard total > 0 else { return [:] }
    return sums.mapValues { (share: $0.0 / total, titles: $0.1) }
  }

  /// Per cast member: share of positive signal and number of titles.
  func castShares(_ values: [(title: Int, value: Double)]) -> [String: (share: Double, titles: Int)] {
    var sums: [String: (Double, Int)] = [:]
    var total = 0.0
    for (title, value) in values {
      total += value
      for person in Set(catalog.titles[title].cast) {
        sums[person, default: (0, 0)].0 += value
        sums[person, default: (0, 0)].1 += 1
      }
    }
    guard total > 0 else { return [:] }
    return sums.mapValues { (share: $0.0 / total, titles: $0.1) }
  }

  /// The profile's genre affinities, strongest first (the first is its top
  /// genre).
  ///
  /// - Parameters:
  ///   - events: one profile's events (other profiles' events are ignored by
  ///     the signal extraction only if they carry another profile id; pass
  ///     one profile's timeline).
  ///   - withEvidence: whether to search counterfactual evidence (costs one
  ///     recomputation per title watched).
  /// - Complexity: O(E) without evidence; O(T·E) with, for E events over T titles.
  public func genreAffinities(events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    genreAffinities(events: events, values: values(events, reference: events.last?.timestamp), withEvidence: withEvidence)
  }

  /// Genre affinities, favourite cast and artwork tone, in that order, with
  /// one signal extraction for the first two.
  ///
  /// - Complexity: O(E) without evidence; O(T·E) with.
  public func traits(events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    let signal = values(events, reference: events.last?.timestamp)
    var traits = genreAffinities(events: events, values: signal, withEvidence: withEvidence)
    traits += favouriteCast(events: events, values: signal, withEvidence: withEvidence)
    if let tone = tone(events: events, withEvidence: withEvidence) { traits.append(tone) }
    return traits
  }

  private func genreAffinities(
    events: [Event], values: [(title: Int, value: Double)], withEvidence: Bool
  ) -> [InferredTrait] {
    let reference = events.last?.timestamp
    let shares = genreShares(values).mapValues(\.share)
    let baseline = self.baseline
    return baseline.ranked(shares).prefix(limit).map { entry in
      let trait = InferredTrait(
        .genreAffinity, .genre(entry.genre), score: entry.excess,
        confidence: baseline.confidence(share: entry.share, titles: values.count, of: entry.genre))
      guard withEvidence else { return trait }
      return trait.with(evidence: titleEvidence(events) { remaining in
        let share = genreShares(self.values(remaining, reference: reference))[entry.genre]?.share ?? 0
        return share - baseline.share(of: entry.genre)
      })
    }
  }

  /// The profile's top genre (its first genre affinity) and how sure the
  /// platform is that it is the top one
  /// (``GenreBaseline/topConfidence(_:titles:)``); `nil` when no genre
  /// stands out from the audience.
  ///
  /// - Complexity: O(E + g log g).
  public func topGenre(events: [Event]) -> (genre: Genre, confidence: Double)? {
    let signal = values(events, reference: events.last?.timestamp)
    let ranked = baseline.ranked(genreShares(signal).mapValues(\.share))
    guard let first = ranked.first else { return nil }
    return (first.genre, baseline.topConfidence(ranked, titles: signal.count))
  }

  /// A profile's share of positive signal per genre (each title's signal
  /// split over its genres): what its genre affinities rank.
  ///
  /// - Complexity: O(E) for E events.
  public func genreShares(events: [Event], reference: Timestamp?) -> [Genre: Double] {
    genreShares(values(events, reference: reference)).mapValues(\.share)
  }

  /// A profile's top genres: its genre affinities without a limit,
  /// strongest first.
  public func topGenres(events: [Event], reference: Timestamp?) -> [Genre] {
    baseline.ranked(genreShares(values(events, reference: reference)).mapValues(\.share)).map(\.genre)
  }

  /// The people the profile watches most (appearing in at least two of its
  /// titles), strongest first.
  ///
  /// - Complexity: as ``genreAffinities(events:withEvidence:)``.
  public func favouriteCast(events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    favouriteCast(events: events, values: values(events, reference: events.last?.timestamp), withEvidence: withEvidence)
  }

  private func favouriteCast(
    events: [Event], values: [(title: Int, value: Double)], withEvidence: Bool
  ) -> [InferredTrait] {
    let reference = events.last?.timestamp
    let shares = castShares(values).filter { $0.value.titles >= 2 }
    let ranked = shares.sorted { $0.value.share != $1.value.share ? $0.value.share > $1.value.share : $0.key < $1.key }
    return ranked.prefix(limit).map { person, entry in
      let trait = InferredTrait(
        .favouriteCast, .person(person), score: entry.share,
        confidence: Double(entry.titles) / Double(entry.titles + 2))
      guard withEvidence else { return trait }
      return trait.with(evidence: titleEvidence(events) { remaining in
        castShares(self.values(remaining, reference: reference))[person]?.share ?? 0
      })
    }
  }

  /// Per tone: impressions and clicks.
  func toneCounts(_ events: [Event]) -> [ArtworkTone: (impressions: Int, clicks: Int)] {
    var counts: [ArtworkTone: (Int, Int)] = [:]
    for event in events {
      switch event.payload {
      case .impression(_, _, _, _, let artwork, _):
        if let tone = artworkTone[artwork] { counts[tone, default: (0, 0)].0 += 1 }
      case .artworkClick(_, let artwork):
        if let tone = artworkTone[artwork] { counts[tone, default: (0, 0)].1 += 1 }
      default:
        break
      }
    }
    return counts.mapValues { (impressions: $0.0, clicks: $0.1) }
  }

  /// Per tone, its Laplace-smoothed click-through rate minus that of every
  /// other tone together: how much more readily the profile clicks it.
  func toneLifts(_ counts: [ArtworkTone: (impressions: Int, clicks: Int)]) -> [ArtworkTone: Double] {
    let impressions = counts.values.reduce(0) { $0 + $1.impressions }
    let clicks = counts.values.reduce(0) { $0 + $1.clicks }
    guard impressions > 0, clicks > 0 else { return [:] }
    return counts.mapValues { tone in
      let shown = max(tone.impressions, tone.clicks)
      let rate = Double(tone.clicks + 1) / Double(shown + 2)
      let otherShown = max(impressions - shown, clicks - tone.clicks)
      let otherRate = Double(clicks - tone.clicks + 1) / Double(otherShown + 2)
      return rate - otherRate
    }
  }

  /// The artwork tone the profile clicks most readily, if it clicked any.
  ///
  /// - Complexity: O(E) without evidence; O(T·E) with.
  public func tone(events: [Event], withEvidence: Bool = true) -> InferredTrait? {
    let counts = toneCounts(events)
    let lifts = toneLifts(counts)
    guard let best = lifts.filter({ counts[$0.key]!.clicks > 0 })
      .max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue })
    else { return nil }
    let clicks = counts[best.key]!.clicks
    let trait = InferredTrait(
      .artworkTone, .tone(best.key), score: best.value,
      confidence: Double(clicks) / Double(clicks + 2))
    guard withEvidence else { return trait }
    return trait.with(evidence: titleEvidence(events) { remaining in
      toneLifts(toneCounts(remaining))[best.key] ?? 0
    })
  }

  /// Counterfactual evidence grouped per title.
  func titleEvidence(_ events: [Event], score: ([Event]) -> Double) -> [Evidence] {
    evidence.rank(
      events, group: { $0.payload.titleID },
      describe: { key, group in
        let name = titleIndex[key].map { catalog.titles[$0].name } ?? key
        let kinds = Set(group.map(\.type.rawValue)).sorted().joined(separator: ", ")
        return "\"\(name)\": \(group.count) event\(group.count == 1 ? "" : "s") (\(kinds))"
      },
      title: { key, _ in key }, score: score)
  }
}
