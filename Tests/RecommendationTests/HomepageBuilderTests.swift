import Catalog
import Recommendation
import Testing

@Suite("Homepage builder")
struct HomepageBuilderTests {
  static let catalog = CatalogGenerator(size: 120, seed: 3).generate()
  static let index = CatalogIndex(catalog: catalog)

  @Test("Rows come in order: continue watching, top picks, trending, genres")
  func rowOrder() {
    let builder = HomepageBuilder(index: Self.index, rowLength: 5, genreRows: 2)
    let scores = (0..<Self.index.count).map { Float($0) }
    let popularity = (0..<Self.index.count).map { Float(Self.index.count - $0) }
    let page = builder.build(
      HomepageRequest(
        scores: scores, popularity: popularity, continueWatching: [7],
        topGenres: [Self.index.genres[1]]))
    #expect(page.rows.map(\.kind).prefix(3) == [.continueWatching, .topPicks, .trending])
    #expect(page.rows[1].titles == [119, 118, 117, 116, 115])
    #expect(page.rows[2].titles == [0, 1, 2, 3, 4])
    #expect(page.rows[3].kind == .genre(Self.index.genres[1]))
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
}
