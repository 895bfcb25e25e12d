import Catalog
import LinearAlgebra
import Recommendation
import Testing

@Suite("Homepage builder")
struct HomepageBuilderTests {
  static let catalog = CatalogGenerator(size: 120, seed: 3).generate()
  static let index = CatalogIndex(catalog: catalog)

  @Test("Rows come in order: continue watching, top picks, genres, trending")
  func rowOrder() {
    let builder = HomepageBuilder(index: Self.index, rowLength: 5, genreRows: 2)
    let scores = (0..<Self.index.count).map { Float($0) }
    let popularity = (0..<Self.index.count).map { Float(Self.index.count - $0) }
    let page = builder.build(
      HomepageRequest(
        scores: scores, popularity: popularity, continueWatching: [7],
        topGenres: [Self.index.genres[1]]))
    #expect(page.rows.map(\.kind).prefix(3) == [.continueWatching, .topPicks, .genre(Self.index.genres[1])])
    #expect(page.rows[1].titles == [119, 118, 117, 116, 115])
    #expect(page.rows.last?.kind == .trending)
    #expect(page.rows.last?.titles.prefix(3) == [0, 1, 2])
    #expect(page.rows.count == 5)
    #expect(Set(page.titles).count == page.titles.count, "no title twice")
  }

  @Test("Watched titles are filtered and kids' profiles see only G and PG")
  func filtering() {
    let builder = HomepageBuilder(index: Self.index, rowLength: 10, genreRows: 3)
    let scores = (0..<Self.index.count).map { Float($0) }
    let page = builder.build(
      HomepageRequest(
        scores: scores, popularity: scores, excluded: [119, 118], maximumMaturity: .pg))
    #expect(!page.titles.contains(119) && !page.titles.contains(118))
    #expect(page.titles.allSatisfy { Self.index.maturity[$0] <= .pg })
    #expect(!page.titles.isEmpty)
  }

  @Test("Factor scores are dot products")
  func factorScores() {
    let items = LinearAlgebraFixture.items
    let scores = FactorScorer.scores(taste: [1, 2], items: items)
    #expect(scores == [1, 2, 3])
  }

  @Test("Because you watched X ranks by cosine, trending in a region by regional plays, never twice")
  func newRows() throws {
    let builder = HomepageBuilder(index: Self.index, rowLength: 4, genreRows: 1)
    let n = Self.index.count
    let scores = (0..<n).map { Float($0) }
    let similarity = (0..<n).map { Float(-abs($0 - 50)) }
    var regional = [Float](repeating: 0, count: n)
    regional[3] = 5
    regional[117] = 9
    regional[8] = 2
    let page = builder.build(
      HomepageRequest(
        scores: scores, popularity: scores, regional: ("Berlin", regional),
        becauseYouWatched: (50, similarity), excluded: [50]))
    let because = try #require(page.rows.first { $0.kind == .becauseYouWatched(50) })
    #expect(because.titles == [49, 51, 48, 52])
    let local = try #require(page.rows.first { $0.kind == .trendingInRegion("Berlin") })
    #expect(local.titles == [3, 8], "117 is already in top picks")
    #expect(Set(page.titles).count == page.titles.count)
    #expect(!page.titles.contains(50))
  }

  @Test("The batch (sgemm) gives the same pages as one profile at a time")
  func batch() {
    let builder = HomepageBuilder(index: Self.index, rowLength: 6, genreRows: 2)
    var random = SeededGenerator(seed: 3)
    let k = 4
    let items = DenseMatrix(
      rows: Self.index.count, columns: k,
      storage: (0..<(Self.index.count * k)).map { _ in Float(random.nextGaussian()) })
    let tastes: [[Float]?] = (0..<40).map { u in
      u % 7 == 0 ? nil : (0..<k).map { _ in Float(random.nextGaussian()) }
    }
    let popularity = (0..<Self.index.count).map { Float(($0 * 37) % 11) }
    let requests = tastes.indices.map { u in
      HomepageRequest(
        scores: nil, popularity: popularity, becauseYouWatched: u % 3 == 0 ? (u, []) : nil,
        excluded: [u + 1], tieBreakSeed: UInt64(u))
    }
    let pages = builder.build(requests: requests, tastes: tastes, itemFactors: items, threads: 2, blockSize: 16)
    for (u, request) in requests.enumerated() {
      var single = request
      single.scores = tastes[u].map { FactorScorer.scores(taste: $0, items: items) }
      if u % 3 == 0 { single.becauseYouWatched = (u, HomepageBuilder.similarity(to: u, itemFactors: items)) }
      let expected = builder.build(single)
      // BLAS and the scalar loop may differ in the last bits: compare rows
      // by kind and by the overlap of their titles.
      #expect(pages[u].rows.map(\.kind) == expected.rows.map(\.kind))
      for (a, b) in zip(pages[u].rows, expected.rows) {
        #expect(Set(a.titles).intersection(b.titles).count >= a.titles.count - 1)
      }
    }
  }

  @Test("The popularity baseline is the same list for everyone")
  func baseline() {
    let builder = HomepageBuilder(index: Self.index, rowLength: 5)
    let popularity = (0..<Self.index.count).map { Float($0 % 17) }
    let a = builder.popularityBaseline(HomepageRequest(scores: [1], popularity: popularity, excluded: [16]))
    let b = builder.popularityBaseline(HomepageRequest(scores: nil, popularity: popularity, tieBreakSeed: 9))
    #expect(a == b)
    #expect(a.rows.first?.kind == .popular)
  }
}
