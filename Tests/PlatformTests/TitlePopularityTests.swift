import Testing

@testable import Platform

@Suite("Title popularity: recent plays, decayed daily")
struct TitlePopularityTests {
  @Test("count = decay · count + today's plays, on the service and in each region")
  func decay() {
    var popularity = TitlePopularity(titles: 3)
    popularity.recordPlay(title: 0, region: "Berlin")
    popularity.recordPlay(title: 0, region: nil)
    popularity.recordPlay(title: 2, region: "Tokyo")
    #expect(popularity.global == [0, 0, 0])  // counted only when the day ends
    popularity.endDay(decay: 0.5)
    #expect(popularity.global == [2, 0, 1])
    #expect(popularity.regional == ["Berlin": [1, 0, 0], "Tokyo": [0, 0, 1]])
    popularity.recordPlay(title: 1, region: "Berlin")
    popularity.endDay(decay: 0.5)
    #expect(popularity.global == [1, 1, 0.5])
    // A region without plays today decays too.
    #expect(popularity.regional == ["Berlin": [0.5, 1, 0], "Tokyo": [0, 0, 0.5]])
    popularity.endDay(decay: 0.5)
    #expect(popularity.global == [0.5, 0.5, 0.25])
  }
}
