import Catalog

/// Which title the artwork section features: the one whose images show
/// best how the artwork the personas were shown differs.
///
/// Which tones the personas differ on comes from the log and the catalog:
/// for two tones a and b, a persona's preference for a over b is how much
/// more often it was shown an a-image than a b-image on titles that have
/// both, `(a − b) / (a + b + 1)` in impressions. A title on which one
/// persona was shown mostly a and another mostly b scores the first's
/// preference for a over b plus the second's for b over a (the mean over
/// such pairs of personas), weighted by how consistently each of the two
/// was shown its tone of that title. So where Casey was shown the comic image of
/// nearly every title that has a comic and a romantic one, and Rowan the
/// romantic one, a title on which Casey saw its comic image and Rowan its
/// romantic one beats a title on which she saw its whimsical image and
/// Rowan its epic one, when both of them were mostly shown whimsical rather
/// than epic images elsewhere. With one persona, a title scores the
/// persona's preference for the tone it was shown over the title's other
/// tones: the figure shows what the platform learned to show it.
struct FeaturedArtwork: Sendable {
  /// The titles the personas were shown.
  let titles: [Title]
  /// How often each persona was shown each variant of each title:
  /// persona position → title id → variant id → count.
  let impressions: [[String: [String: Int]]]

  /// A persona's impressions of each tone of a title's images.
  static func toneCounts(_ title: Title, _ counts: [String: Int]) -> [ArtworkTone: Int] {
    var byTone: [ArtworkTone: Int] = [:]
    for (variant, count) in counts {
      if let tone = title.artwork.first(where: { $0.id == variant })?.tone { byTone[tone, default: 0] += count }
    }
    return byTone
  }

  /// The tone a persona was shown most for a title, counting every image of
  /// that tone (ties to the tone listed first in ``ArtworkTone``).
  static func dominantTone(_ title: Title, _ counts: [String: Int]) -> ArtworkTone? {
    let byTone = toneCounts(title, counts)
    return ArtworkTone.allCases.filter { (byTone[$0] ?? 0) > 0 }.max { (byTone[$0] ?? 0) < (byTone[$1] ?? 0) }
  }

  /// The variant shown most often (ties to the smaller id).
  static func dominant(_ counts: [String: Int]) -> String? {
    counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
  }

  /// Per persona, for each ordered pair of tones (a, b), the impressions of
  /// a-images on titles that have both an a- and a b-image.
  var pairCounts: [[ArtworkTone: [ArtworkTone: Int]]] {
    let byID = Dictionary(titles.map { ($0.id.text, $0) }, uniquingKeysWith: { a, _ in a })
    return impressions.map { seen in
      var counts: [ArtworkTone: [ArtworkTone: Int]] = [:]
      for (id, variants) in seen {
        guard let title = byID[id] else { continue }
        let tones = Set(title.artwork.map(\.tone))
        for (a, count) in Self.toneCounts(title, variants) {
          for b in tones where b != a { counts[a, default: [:]][b, default: 0] += count }
        }
      }
      return counts
    }
  }

  /// How much more often the persona was shown a- than b-images on titles
  /// with both: `(a − b) / (a + b + 1)`, between −1 and 1.
  static func preference(_ counts: [ArtworkTone: [ArtworkTone: Int]], _ a: ArtworkTone, over b: ArtworkTone) -> Double {
    let (na, nb) = (Double(counts[a]?[b] ?? 0), Double(counts[b]?[a] ?? 0))
    return (na - nb) / (na + nb + 1)
  }

  /// How consistently a persona was shown one tone of a title: its
  /// commonest tone's impressions less the rest, over all of them plus one
  /// (one impression of one: 0.5; fifteen of fifteen: 0.94).
  static func consistency(_ title: Title, _ counts: [String: Int]) -> Double {
    let byTone = toneCounts(title, counts)
    let total = byTone.values.reduce(0, +), most = byTone.values.max() ?? 0
    return Double(most - (total - most)) / Double(total + 1)
  }

  /// How well a title shows the personas' difference: for pairs of
  /// personas shown it mostly in different tones, the mean of their
  /// preferences for their own tone over the other's, times the lesser of
  /// their ``consistency(_:_:)`` on the title; without such a pair, the
  /// mean over personas of their preference for the tone they were shown
  /// over the title's other tones, times their consistency.
  func score(_ title: Title, pairCounts: [[ArtworkTone: [ArtworkTone: Int]]]) -> Double {
    let shown: [(position: Int, tone: ArtworkTone, consistency: Double)] =
      impressions.enumerated().compactMap { position, seen in
        guard let counts = seen[title.id.text], let tone = Self.dominantTone(title, counts) else { return nil }
        return (position, tone, Self.consistency(title, counts))
      }
    var contrast: [Double] = []
    for (i, p) in shown.enumerated() {
      for q in shown[(i + 1)...] where q.tone != p.tone {
        contrast.append((Self.preference(pairCounts[p.position], p.tone, over: q.tone)
          + Self.preference(pairCounts[q.position], q.tone, over: p.tone)) * min(p.consistency, q.consistency))
      }
    }
    if !contrast.isEmpty { return contrast.reduce(0, +) / Double(contrast.count) }
    let own = shown.compactMap { p -> Double? in
      let others = Set(title.artwork.map(\.tone)).subtracting([p.tone])
      guard !others.isEmpty else { return nil }
      let preference = others.reduce(0) { $0 + Self.preference(pairCounts[p.position], p.tone, over: $1) }
      return preference / Double(others.count) * p.consistency
    }
    return own.isEmpty ? 0 : own.reduce(0, +) / Double(own.count)
  }

  /// The title to feature: first one on which personas were shown images of
  /// different tones most often (else one whose variants differ in tone,
  /// else one with several variants); then the highest ``score(_:pairCounts:)``;
  /// then shown to the most personas, with the most impressions of the
  /// least-shown persona's commonest tone, the most impressions; ties to the
  /// smaller title id.
  ///
  /// - Complexity: O(impressions + titles · (personas² + tones²)).
  var title: Title? {
    let pairCounts = self.pairCounts
    func key(_ title: Title) -> (order: [Int], score: Double, rest: [Int]) {
      let seen = impressions.compactMap { $0[title.id.text] }
      let tones = seen.map { Self.toneCounts(title, $0) }
      let dominant = Set(seen.compactMap { Self.dominantTone(title, $0) })
      return ([dominant.count > 1 ? 1 : 0, Set(title.artwork.map(\.tone)).count > 1 ? 1 : 0,
               title.artwork.count > 1 ? 1 : 0],
              score(title, pairCounts: pairCounts),
              [seen.count, tones.map { $0.values.max() ?? 0 }.min() ?? 0,
               seen.reduce(0) { $0 + $1.values.reduce(0, +) }])
    }
    return titles.map { ($0, key($0)) }.max { a, b in
      let (ka, kb) = (a.1, b.1)
      if ka.order != kb.order { return ka.order.lexicographicallyPrecedes(kb.order) }
      if ka.score != kb.score { return ka.score < kb.score }
      if ka.rest != kb.rest { return ka.rest.lexicographicallyPrecedes(kb.rest) }
      return b.0.id < a.0.id
    }?.0
  }
}
