import Artwork
import Catalog
import Events
import LinearAlgebra
import Recommendation

/// The platform's artwork personalization: the policy that picks which
/// variant of a title's artwork a profile is shown, what the platform knows
/// of each profile when it picks (its context: tone, genre and cast shares,
/// the alignment of its taste vector with each tone), and how the policy
/// learns from each day's impressions and what followed them.
///
/// Profiles are kept by their ``ProfileDirectory`` position; genre shares
/// and taste vectors come from the ``LearnedTastes``.
struct ArtworkPersonalization: Sendable {
  /// The catalog's artwork, indexed.
  let artwork: ArtworkIndex
  /// The artwork policy.
  private(set) var policy: any ArtworkPolicy
  /// Every impression with its context, propensity and reward, in log
  /// order, when the platform records them.
  private(set) var log: [LoggedImpression] = []
  /// Per profile, the share of its positive feedback on titles with each
  /// featured cast member (``ArtworkIndex/featuredCast`` positions).
  private(set) var castAffinity: [[Int: Double]] = []
  /// Per artwork tone, the unit mean title-factor vector of the titles
  /// whose genres cue it (empty before the first retrain).
  private(set) var tonePrototypes: [[Float]] = []
  /// The title and variant position of each artwork variant id.
  let variantOf: [String: (title: Int, variant: Int)]
  /// Per title, the ``ArtworkIndex/featuredCast`` positions of its cast.
  private let featuredCastByTitle: [[Int]]
  /// Per genre of ``CatalogIndex/genres``, the position of the tone it
  /// cues in `ArtworkTone.allCases`.
  private let toneOfGenre: [Int]
  private let index: CatalogIndex

  /// A policy of the given kind with no data, for a catalog.
  init(catalog: Catalog, index: CatalogIndex, policy kind: PlatformConfiguration.ArtworkPolicyKind) {
    let artwork = ArtworkIndex(catalog: catalog)
    self.artwork = artwork
    self.index = index
    self.policy = Self.makePolicy(kind, artwork: artwork)
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

  /// The artwork policy a configuration names, with no data.
  static func makePolicy(
    _ kind: PlatformConfiguration.ArtworkPolicyKind, artwork: ArtworkIndex
  ) -> any ArtworkPolicy {
    switch kind {
    case .uniformRandom: return UniformRandomPolicy(index: artwork)
    case .epsilonGreedy(let epsilon): return EpsilonGreedyPolicy(index: artwork, epsilon: epsilon)
    case .bestOverall: return EpsilonGreedyPolicy.bestOverall(index: artwork)
    case .linUCB(let alpha): return LinUCBPolicy(index: artwork, alpha: alpha)
    case .thompson(let scale): return LinearThompsonPolicy(index: artwork, scale: scale)
    }
  }

  /// The day part of a timestamp in its own UTC offset.
  static func dayPart(of time: Timestamp) -> DayPart {
    let local = time.secondsSinceEpoch + Int64(time.offsetMinutes) * 60
    return DayPart(hour: Int(((local % 86_400) + 86_400) % 86_400 / 3600))
  }

  // MARK: Choosing

  /// The variant the policy shows for a title in a context, with its
  /// propensity.
  func choose(
    title: Int, context: ArtworkContext, random: inout SeededGenerator
  ) -> (variant: ArtworkVariant, choice: ArtworkChoice) {
    let choice = policy.choose(title: title, context: context, random: &random)
    return (artwork.variants(of: title)[artwork.offsets[title] + choice.variant], choice)
  }

  /// The context of a profile (or of an unknown one, `nil`: zeros and no
  /// number) in a day part on a device.
  ///
  /// - Complexity: O(genres + tones · k + featured cast of the profile).
  func context(profile p: Int?, tastes: LearnedTastes, dayPart: DayPart, device: DeviceType) -> ArtworkContext {
    var context = ArtworkContext.unknown(genres: index.genres.count, dayPart: dayPart, device: device)
    guard let p else { return context }
    context.profile = p
    let genres = tastes.genreAffinity[p]
    context.genreShares = genres
    for (g, share) in genres.enumerated() where share > 0 { context.toneShares[toneOfGenre[g]] += share }
    context.castShares = castAffinity[p]
    if let taste = tastes.tastes[p], tonePrototypes.count == ArtworkFeatures.toneCount {
      var norm: Float = 0
      for x in taste { norm += x * x }
      let length = norm.squareRoot()
      if length > 0 {
        for (t, prototype) in tonePrototypes.enumerated() where prototype.count == taste.count {
          var dot: Float = 0
          for f in taste.indices { dot += taste[f] * prototype[f] }
          context.toneAlignment[t] = Double(dot / length)
        }
      }
    }
    return context
  }

  /// Why the policy shows a variant of a title in a context, with up to
  /// five of the profile's past titles (strongest feedback first) behind
  /// each context feature; `nil` unless the policy is LinUCB.
  ///
  /// - Parameter feedback: the profile's feedback rows (empty for an
  ///   unknown profile).
  func explain(title: Int, context: ArtworkContext, feedback: [(item: Int, value: Float)]) -> ArtworkEvidence? {
    guard let policy = policy as? LinUCBPolicy else { return nil }
    let explanation = policy.explain(title: title, context: context)
    let slot = artwork.slot(title: title, variant: explanation.variant)
    let positive = feedback.filter { $0.value > 0 }.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.item < $1.item
    }
    let tone = artwork.toneOfSlot[slot]
    let cast = artwork.castOfSlot[slot]
    let cue = artwork.cueOfSlot[slot]
    let base = ArtworkFeatures.toneCount
    let evidence = explanation.contributions.map { contribution -> [Int] in
      let matching: (Int) -> Bool
      switch contribution.feature {
      case base + 2, base + 3:
        matching = { self.index.genreIndicesByTitle[$0].contains { self.toneOfGenre[$0] == tone } }
      case base + 4 where cast >= 0: matching = { self.featuredCastByTitle[$0].contains(cast) }
      case base + 5 where cue >= 0: matching = { self.index.genreIndicesByTitle[$0].contains(cue) }
      default: return []
      }
      return Array(positive.lazy.map(\.item).filter(matching).prefix(5))
    }
    return ArtworkEvidence(
      explanation: explanation, variant: artwork.variants[slot], evidence: evidence,
      titleNames: index.catalog.titles.map(\.name))
  }

  // MARK: Learning

  /// Room for one more profile, with no cast shares.
  mutating func appendProfile() { castAffinity.append([:]) }

  /// Takes in a profile's feedback rows after a retrain or fold-in: its
  /// cast shares.
  mutating func update(profile p: Int, feedback row: [(item: Int, value: Float)]) {
    castAffinity[p] = castShares(of: row)
  }

  /// Takes in a retrain's title factors: the tone prototypes.
  mutating func update(itemFactors: DenseMatrix) {
    tonePrototypes = prototypes(of: itemFactors)
  }

  /// The policy learns from a day's impressions and their outcomes, each
  /// with the context it was chosen in: rebuilt from the profile features
  /// and `tastes` the day was served with, so the model must not have
  /// changed since.
  ///
  /// - Parameters:
  ///   - reward: a play (1 or 0) or the minutes played.
  ///   - recordsLog: whether to keep each impression in ``log``.
  mutating func learn(
    from impressions: [ArtworkRewardTracker.Impression], tastes: LearnedTastes, reward: ArtworkRewardKind,
    recordsLog: Bool
  ) {
    let batch = impressions.map { impression in
      ArtworkFeedback(
        title: impression.title, variant: impression.variant,
        context: context(
          profile: impression.profile, tastes: tastes, dayPart: Self.dayPart(of: impression.time),
          device: impression.device),
        reward: reward == .play ? (impression.played ? 1 : 0) : impression.minutes)
    }
    policy.learn(batch)
    if recordsLog {
      for (impression, feedback) in zip(impressions, batch) {
        log.append(
          LoggedImpression(
            title: feedback.title, variant: feedback.variant, propensity: impression.propensity,
            context: feedback.context, reward: feedback.reward))
      }
    }
  }

  /// The share of positive feedback on titles with each featured cast
  /// member.
  func castShares(of row: [(item: Int, value: Float)]) -> [Int: Double] {
    var shares: [Int: Double] = [:]
    var total = 0.0
    for entry in row where entry.value > 0 {
      total += Double(entry.value)
      for c in featuredCastByTitle[entry.item] { shares[c, default: 0] += Double(entry.value) }
    }
    guard total > 0 else { return [:] }
    return shares.mapValues { $0 / total }
  }

  /// Per tone, the unit mean factor vector of the titles whose genres cue
  /// it (zeros for a tone no title has).
  func prototypes(of items: DenseMatrix) -> [[Float]] {
    let k = items.columns
    var sums = Array(repeating: [Float](repeating: 0, count: k), count: ArtworkFeatures.toneCount)
    for t in 0..<min(items.rows, index.count) {
      var tones = Set<Int>()
      for g in index.genreIndicesByTitle[t] { tones.insert(toneOfGenre[g]) }
      let row = items.row(t)
      for tone in tones.sorted() { for f in 0..<k { sums[tone][f] += row[f] } }
    }
    return sums.map { sum in
      let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return norm > 0 ? sum.map { $0 / norm } : sum
    }
  }
}
