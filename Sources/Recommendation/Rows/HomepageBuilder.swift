import Catalog

/// Builds a profile's homepage the way streaming platforms describe it:
/// candidates per row → evidence (scores, similarity, popularity) →
/// filtering (the maturity limit of a kids' profile, titles already
/// watched) → ranking inside each row → row selection and de-duplication
/// (a title appears in the first row that wants it, never twice).
///
/// Rows, top to bottom: "Continue watching", "Top picks for you", "Because
/// you watched X", "Trending in your region", one row per top genre (the
/// profile's affinity order; the catalog's most common genres fill in),
/// and "Trending". Empty rows are dropped. ``popularityBaseline(_:)``
/// builds the same-for-everyone page to compare with.
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

  /// Per title, the position of its rating in `MaturityRating.allCases`
  /// (the order of `MaturityRating`'s `<`), so the maturity filter
  /// compares bytes.
  private let maturityRanks: [UInt8]

  /// Creates a builder.
  public init(index: CatalogIndex, rowLength: Int = 10, genreRows: Int = 3) {
    self.index = index
    self.rowLength = max(1, rowLength)
    self.genreRows = max(0, genreRows)
    self.maturityRanks = index.maturity.map(Self.rank)
  }

  /// Builds the page.
  ///
  /// The request's `popularity`, `scores`, regional popularity and
  /// similarities must have a value for every title.
  ///
  /// - Complexity: O(titles) per row, plus O(rowLength) per title that
  ///   enters a row's selection.
  public func build(_ request: HomepageRequest) -> Homepage {
    var mask = TitleMask(count: index.count)
    return Self.withBuffer(request.scores) { scores in
      Self.withBuffer(request.becauseYouWatched?.similarity) { similarity in
        build(request, scores: scores, similarity: similarity, mask: &mask)
      }
    }
  }

  /// Builds the page of a request whose factor scores and "Because you
  /// watched" similarities are given as buffers (the batch passes views
  /// into its score matrices rather than copying them into the request),
  /// reusing a caller's mask.
  ///
  /// Pages are built in steps: continue watching, then the watched titles
  /// are blocked, then each row takes the best titles not blocked yet and
  /// blocks them (a title appears in the first row that wants it).
  // Unsafe buffers: hot path of the "homepages for 10,000 profiles"
  // benchmark (RecommendationBenchmarks); the profile showed closure
  // captures of the mask (dynamic exclusivity checks) and per-profile
  // copies of 3,000 scores.
  func build(
    _ request: HomepageRequest, scores: UnsafeBufferPointer<Float>?,
    similarity: UnsafeBufferPointer<Float>?, mask: inout TitleMask
  ) -> Homepage {
    mask.reset(ranks: maturityRanks, limitRank: request.maximumMaturity.map(Self.rank))
    var rows: [HomepageRow] = []
    var continuing: [Int] = []
    for t in request.continueWatching where !mask.isBlocked(t) && continuing.count < rowLength {
      continuing.append(t)
    }
    Self.append(.continueWatching, continuing, to: &rows, mask: &mask)
    for t in request.excluded { mask.block(t) }

    let seed = request.tieBreakSeed
    request.popularity.withUnsafeBufferPointer { popularity in
      let personal = scores ?? popularity
      Self.append(.topPicks, best(.all, by: personal, mask: mask, seed: seed), to: &rows, mask: &mask)
      if let title = request.becauseYouWatched?.title, let similarity {
        mask.block(title)
        Self.append(
          .becauseYouWatched(title), best(.all, by: similarity, mask: mask, seed: seed), to: &rows,
          mask: &mask)
      }
      if let regional = request.regional, regional.popularity.contains(where: { $0 > 0 }) {
        let titles = regional.popularity.withUnsafeBufferPointer { local in
          best(.played, by: local, mask: mask, seed: seed)
        }
        Self.append(.trendingInRegion(regional.region), titles, to: &rows, mask: &mask)
      }
      // Genre positions: the profile's known top genres (duplicates kept),
      // then the catalog's most common ones.
      var genres = request.topGenres.compactMap { index.index(of: $0) }
      for g in index.genres.indices where genres.count < genreRows && !genres.contains(g) {
        genres.append(g)
      }
      for g in genres.prefix(genreRows) {
        Self.append(
          .genre(index.genres[g]), best(.titles(index.titlesByGenre[g]), by: personal, mask: mask, seed: seed),
          to: &rows, mask: &mask)
      }
      Self.append(.trending, best(.all, by: popularity, mask: mask, seed: seed), to: &rows, mask: &mask)
    }
    return Homepage(rows: rows)
  }

  /// The popularity baseline: one row of the most popular titles, the same
  /// for everyone (only the maturity limit applies), to compare the
  /// personalised page with.
  public func popularityBaseline(_ request: HomepageRequest) -> Homepage {
    var mask = TitleMask(count: index.count)
    mask.reset(ranks: maturityRanks, limitRank: request.maximumMaturity.map(Self.rank))
    let titles = request.popularity.withUnsafeBufferPointer { popularity in
      best(.all, by: popularity, mask: mask, seed: 0)
    }
    return Homepage(rows: titles.isEmpty ? [] : [HomepageRow(kind: .popular, titles: titles)])
  }

  /// Which titles a row considers.
  enum Candidates {
    /// Every title.
    case all
    /// The titles with a positive value (regional plays).
    case played
    /// These titles, in this order.
    case titles([Int])
  }

  /// The `rowLength` unblocked candidates with the highest values, ties
  /// broken by a seeded hash of the title (``TopTitleSelection``).
  ///
  /// - Complexity: O(candidates) plus O(rowLength) per title that enters
  ///   the selection.
  func best(
    _ candidates: Candidates, by values: UnsafeBufferPointer<Float>, mask: TitleMask, seed: UInt64
  ) -> [Int] {
    precondition(values.count >= index.count, "\(values.count) values for \(index.count) titles")
    var selection = TopTitleSelection(limit: rowLength, seed: seed)
    mask.blocked.withUnsafeBufferPointer { blocked in
      switch candidates {
      case .all:
        for t in 0..<index.count where !blocked[t] { selection.offer(t, value: values[t]) }
      case .played:
        for t in 0..<index.count where !blocked[t] && values[t] > 0 {
          selection.offer(t, value: values[t])
        }
      case .titles(let titles):
        for t in titles where !blocked[t] { selection.offer(t, value: values[t]) }
      }
    }
    return selection.titles
  }

  /// Adds a non-empty row and blocks its titles.
  private static func append(
    _ kind: RowKind, _ titles: [Int], to rows: inout [HomepageRow], mask: inout TitleMask
  ) {
    guard !titles.isEmpty else { return }
    for t in titles { mask.block(t) }
    rows.append(HomepageRow(kind: kind, titles: titles))
  }

  /// The position of a rating in `MaturityRating.allCases`.
  private static func rank(_ rating: MaturityRating) -> UInt8 {
    UInt8(MaturityRating.allCases.firstIndex(of: rating) ?? MaturityRating.allCases.count)
  }

  /// Calls `body` with a buffer of the array's elements, or with `nil`.
  private static func withBuffer<Result>(
    _ array: [Float]?, _ body: (UnsafeBufferPointer<Float>?) -> Result
  ) -> Result {
    guard let array else { return body(nil) }
    return array.withUnsafeBufferPointer { body($0) }
  }

  /// SplitMix64 of a seed and a value.
  static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var z = seed &+ value &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
