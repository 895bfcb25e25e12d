import Platform
import Recommendation
import Simulation
import Testing

@Suite("The homepage in simulation")
struct HomepageTests {
  @Test("A known profile gets every row, each title with an explanation naming past titles")
  func rowsWithEvidence() throws {
    let platform = SimulationFixtures.result.platform
    let profile = "hana"
    let page = platform.homepage(profile: profile, activity: platform.activity(profile: profile))
    let kinds = page.rows.map(\.kind)
    print(kinds.map(\.description))
    #expect(kinds.contains(.topPicks))
    #expect(kinds.contains { if case .becauseYouWatched = $0 { return true } else { return false } })
    #expect(kinds.contains { if case .trendingInRegion = $0 { return true } else { return false } })
    #expect(Set(page.titles).count == page.titles.count)
    let reasons = platform.explainHomepage(profile: profile, page: page)
    #expect(zip(page.rows, reasons).allSatisfy { $0.titles.count == $1.count })
    let topPicks = try #require(page.rows.firstIndex { $0.kind == .topPicks })
    print(page.rows[topPicks].titles.prefix(2).map { SimulationFixtures.catalog.titles[$0].name }, reasons[topPicks].prefix(2))
    #expect(reasons[topPicks].allSatisfy { $0.hasPrefix("recommended because you watched ") && $0.contains("%)") })
  }
}
