import Catalog

/// Builds a profile's homepage for this slice: "Continue watching", "Top
/// picks" from factor scores, "Trending" from popularity, and one row per
/// top genre; watched titles and titles above a kids' profile's maturity
/// limit are filtered out, and no title appears twice on a page.
///
/// The builder is a pure function of the catalog and the request, so the
/// same request always gives the same page.
public struct HomepageBuilder: Sendable {
  /// The catalog, indexed.
  public let index: CatalogIndex
  /// Titles per row.
  public var rowLength: Int
  /// The number of genre rows.
  public var genreRows: Int

  /// Creates a builder.
  public init(index: CatalogIndex, rowLength: Int = 10, genreRows: Int = 3) {
    self.index = index
    self.rowLength = max(1, rowLength)
    self.genreRows = max(0, genreRows)
  }

  /// Builds the page.
  ///
  /// - Complexity: O(titles · log rowLength) per row.
  public func build(_ request: HomepageRequest) -> Homepage {
    var used = Set<Int>()
    var rows: [HomepageRow] = []
    func allowed(_ title: Int) -> Bool {
      if let limit = request.maximumMaturity, index.maturity[title] > limit { return false }
      return true
    }
    func append(_ kind: RowKind, _ titles: [Int]) {
      guard !titles.isEmpty else { return }
      used.formUnion(titles)
      rows.append(HomepageRow(kind: kind, titles: titles))
    }
    let continuing = request.continueWatching.filter { allowed($0) && !used.contains($0) }
    append(.continueWatching, Array(continuing.prefix(rowLength)))

    let personal = request.scores ?? request.popularity
    let all = 0..<index.count
    func best(_ candidates: some Sequence<Int>, by values: [Float]) -> [Int] {
      topTitles(
        candidates.lazy.filter {
          !used.contains($0) && !request.excluded.contains($0) && allowed($0)
        }, values: values, seed: request.tieBreakSeed)
    }
    append(.topPicks, best(all, by: personal))
    append(.trending, best(all, by: request.popularity))

    var genres = request.topGenres.filter { index.index(of: $0) != nil }
    for genre in index.genres where genres.count < genreRows && !genres.contains(genre) {
      genres.append(genre)
    }
    for genre in genres.prefix(genreRows) {
      let g = index.index(of: genre)!
      append(.genre(genre), best(index.titlesByGenre[g], by: personal))
    }
    return Homepage(rows: rows)
  }

  /// The `rowLength` candidates with the highest values, ties broken by a
  /// seeded hash of the title (a partial insertion sort).
  func topTitles(_ candidates: some Sequence<Int>, values: [Float], seed: UInt64) -> [Int] {
    var best: [(title: Int, value: Float, tie: UInt64)] = []
    best.reserveCapacity(rowLength + 1)
    for title in candidates {
      let entry = (title: title, value: values[title], tie: Self.mix(seed, UInt64(title)))
      if best.count == rowLength {
        let worst = best[best.count - 1]
        guard entry.value > worst.value || (entry.value == worst.value && entry.tie < worst.tie)
        else { continue }
        best.removeLast()
      }
      var position = best.count
      while position > 0 {
        let other = best[position - 1]
        if other.value > entry.value || (other.value == entry.value && other.tie < entry.tie) {
          break
        }
        position -= 1
      }
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
