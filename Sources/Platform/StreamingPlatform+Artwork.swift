import Artwork
import Catalog
import Events
import LinearAlgebra

extension StreamingPlatform {
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

  /// What the platform knows when it picks artwork for a profile at a time
  /// on a device: the profile's tone, genre and cast shares of positive
  /// feedback, its taste vector's alignment with each tone, the day part
  /// in the time's own UTC offset, the device, and the profile's number
  /// (so LinUCB can learn the profile's own responses). An unknown profile
  /// gets zeros and no number.
  ///
  /// - Complexity: O(genres + tones · k + featured cast of the profile).
  public func artworkContext(profile: String, time: Timestamp, device: DeviceType) -> ArtworkContext {
    artworkContext(profile: position(of: profile), dayPart: Self.dayPart(of: time), device: device)
  }

  /// The day part of a timestamp in its own UTC offset.
  static func dayPart(of time: Timestamp) -> DayPart {
    let local = time.secondsSinceEpoch + Int64(time.offsetMinutes) * 60
    return DayPart(hour: Int(((local % 86_400) + 86_400) % 86_400 / 3600))
  }

  /// The artwork context of a profile in a day part on a device (see
  /// ``artworkContext(profile:time:device:)``).
  public func artworkContext(profile: String, dayPart: DayPart, device: DeviceType) -> ArtworkContext {
    artworkContext(profile: position(of: profile), dayPart: dayPart, device: device)
  }

  func artworkContext(profile p: Int?, dayPart: DayPart, device: DeviceType) -> ArtworkContext {
    var context = ArtworkContext.unknown(genres: index.genres.count, dayPart: dayPart, device: device)
    guard let p else { return context }
    context.profile = p
    let genres = genreAffinity[p]
    context.genreShares = genres
    for (g, share) in genres.enumerated() where share > 0 { context.toneShares[toneOfGenre[g]] += share }
    context.castShares = castAffinity[p]
    if let taste = tastes[p], tonePrototypes.count == ArtworkFeatures.toneCount {
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

  /// Why the policy shows a variant of a title to a profile, and which of
  /// the profile's past titles stand behind each context feature; `nil`
  /// unless the platform runs LinUCB.
  public func explainArtwork(
    title: Int, profile: String, time: Timestamp, device: DeviceType
  ) -> ArtworkEvidence? {
    guard let policy = artworkPolicy as? LinUCBPolicy else { return nil }
    let context = artworkContext(profile: profile, time: time, device: device)
    let explanation = policy.explain(title: title, context: context)
    let slot = artwork.slot(title: title, variant: explanation.variant)
    let rows = position(of: profile).map { feedback[$0] } ?? []
    let positive = rows.filter { $0.value > 0 }.sorted {
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

  /// The profile's position, if the log has mentioned it.
  func position(of profile: String) -> Int? { profileIndex(profile) }

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
