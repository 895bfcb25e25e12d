import Catalog
import Recommendation

/// The homepage builder as it was before the batch path was optimised
/// (one `Set`-free mask per page, lazy filters, one scan per row), kept
/// as the reference the optimised builder must agree with exactly.
struct ReferenceHomepageBuilder {
  let index: CatalogIndex
  let rowLength: Int
  let genreRows: Int

  init(index: CatalogIndex, rowLength: Int, genreRows: Int) {
    self.index = index
    self.rowLength = max(1, rowLength)
    self.genreRows = max(0, genreRows)
  }

  /// Builds the page.
  ///
  /// - Complexity: O(titles · log rowLength) per row.
  func build(_ request: HomepageRequest) -> Homepage {
    // One flag per title: shown already, watched, or above the maturity
    // limit (a flat mask: Set lookups dominated the simulation benchmark).
    var blocked = initialMask(request)
    var rows: [HomepageRow] = []
    func append(_ kind: RowKind, _ titles: [Int]) {
      guard !titles.isEmpty else { return }
      for t in titles { blocked[t] = true }
      rows.append(HomepageRow(kind: kind, titles: titles))
    }
    var continuing: [Int] = []
    for t in request.continueWatching where !blocked[t] && continuing.count < rowLength {
      continuing.append(t)
    }
    append(.continueWatching, continuing)
    for t in request.excluded { blocked[t] = true }

    let personal = request.scores ?? request.popularity
    func best(_ candidates: some Sequence<Int>, by values: [Float]) -> [Int] {
      topTitles(candidates.lazy.filter { !blocked[$0] }, values: values, seed: request.tieBreakSeed)
    }
    append(.topPicks, best(0..<index.count, by: personal))
    if let because = request.becauseYouWatched {
      blocked[because.title] = true
      append(.becauseYouWatched(because.title), best(0..<index.count, by: because.similarity))
    }
    if let regional = request.regional, regional.popularity.contains(where: { $0 > 0 }) {
      append(
        .trendingInRegion(regional.region),
        best((0..<index.count).lazy.filter { regional.popularity[$0] > 0 }, by: regional.popularity))
    }
    var genres = request.topGenres.filter { index.index(of: $0) != nil }
    for genre in index.genres where genres.count < genreRows && !genres.contains(genre) {
      genres.append(genre)
    }
    for genre in genres.prefix(genreRows) {
      guard let g = index.index(of: genre) else { continue }
      append(.genre(genre), best(index.titlesByGenre[g], by: personal))
    }
    append(.trending, best(0..<index.count, by: request.popularity))
    return Homepage(rows: rows)
  }

  /// The popularity baseline: one row of the most popular titles, the same
  /// for everyone (only the maturity limit applies), to compare the
  /// personalised page with.
  func popularityBaseline(_ request: HomepageRequest) -> Homepage {
    var plain = request
    plain.excluded = []
    let blocked = initialMask(plain)
    let titles = topTitles(
      (0..<index.count).lazy.filter { !blocked[$0] }, values: request.popularity, seed: 0)
    return Homepage(rows: titles.isEmpty ? [] : [HomepageRow(kind: .popular, titles: titles)])
  }

  private func initialMask(_ request: HomepageRequest) -> [Bool] {
    var blocked = [Bool](repeating: false, count: index.count)
    if let limit = request.maximumMaturity {
      for t in 0..<index.count where index.maturity[t] > limit { blocked[t] = true }
    }
    return blocked
  }

  /// The `rowLength` candidates with the highest values, ties broken by a
  /// seeded hash of the title (a partial insertion sort; the hash is only
  /// computed when values are equal).
  func topTitles(_ candidates: some Sequence<Int>, values: [Float], seed: UInt64) -> [Int] {
    var best: [(title: Int, value: Float)] = []
    best.reserveCapacity(rowLength + 1)
    func before(_ a: (title: Int, value: Float), _ b: (title: Int, value: Float)) -> Bool {
      a.value != b.value
        ? a.value > b.value : Self.mix(seed, UInt64(a.title)) < Self.mix(seed, UInt64(b.title))
    }
    for title in candidates {
      let entry = (title: title, value: values[title])
      if best.count == rowLength {
        guard before(entry, best[best.count - 1]) else { continue }
        best.removeLast()
      }
      var position = best.count
      while position > 0, before(entry, best[position - 1]) { position -= 1 }
      best.insert(entry, at: position)
    }
    return best.map(\.title)
  }

  /// SplitMix64 of a seed and a value.
  static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var z = seed &+ value &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
