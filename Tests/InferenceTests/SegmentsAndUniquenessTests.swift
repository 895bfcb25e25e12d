import Events
import Inference
import TestSupport
import Testing

@Suite("Advertising segments and uniqueness")
struct SegmentsAndUniquenessTests {
  @Test("traits become IAB-tier segments; minors, gender and location are flagged sensitive")
  func segments() {
    let traits = [
      InferredTrait(.ageBand, .ageBand(.under18), score: 0.8, confidence: 0.8),
      InferredTrait(.gender, .gender(.female), score: 0.7, confidence: 0.7),
      InferredTrait(.genreAffinity, .genre("Horror"), score: 0.6, confidence: 0.75),
      InferredTrait(.genreAffinity, .genre("Children"), score: 0.2, confidence: 0.6),
      InferredTrait(.genreAffinity, .genre("Drama"), score: 0.1, confidence: 0.3),
      InferredTrait(.homeRegion, .region("Noord-Holland, NL"), score: 0.9, confidence: 0.8),
      InferredTrait(.devices, .devices([.init(type: .tv, os: "tvOS")]), score: 1, confidence: 1),
    ]
    let segments = AdvertisingSegments().segments(from: traits)
    // Most confident first (1, 0.8, 0.8, 0.75, 0.7, 0.6, 0.6); ties in trait order.
    #expect(segments.map(\.name) == [
      "Purchase Intent > Consumer Electronics > TV", "Demographic > Age Range > under-18",
      "Demographic > Geographic > Noord-Holland, NL", "Interest > Movies > Horror", "Demographic > Gender > Female",
      "Interest > Movies > Children", "Demographic > Household Data > Presence of Children",
    ])
    #expect(zip(segments, segments.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
    #expect(segments.filter(\.sensitive).map(\.name) == [
      "Demographic > Age Range > under-18", "Demographic > Geographic > Noord-Holland, NL", "Demographic > Gender > Female",
    ])
    #expect(segments[1].sensitivity?.contains("minor") == true)
    #expect(segments[3].confidence == 0.75 && segments[3].source == "genre affinity: Horror")
    // Each segment states a typed trait a buyer can act on, never parsed from its name.
    #expect(segments[3].statement == .init(.genreAffinity, .genre("Horror")))
    #expect(segments[1].statement == .init(.ageBand, .ageBand(.under18)))
    #expect(segments[6].statement == .init(.children, .presence(true)))
  }

  @Test("uniqueness: a member with a rare title is singled out by it; identical members are not unique")
  func uniqueness() throws {
    var events: [Event] = []
    func member(_ name: String, _ titles: [(String, Int)]) {
      var history = ProfileHistory()
      history.profile = name
      history.account = "acct-" + name
      for (title, day) in titles { history.watch(title, day: day, hour: 20) }
      events += history.events.map {
        Event(id: name + "-" + $0.id, timestamp: $0.timestamp, account: $0.account, profile: $0.profile, payload: $0.payload)
      }
    }
    let common = [("h1", 0), ("h2", 1), ("d1", 2)]
    for i in 0..<20 { member("m\(i)", common) }
    member("twin1", common + [("c1", 3)])
    member("twin2", common + [("c1", 4)])
    member("rare", common + [("m4", 30)])
    member("dated", common + [("c1", 60)])
    let analysis = Uniqueness(log: EventLog(events: events), windowDays: 14)
    let rare = try #require(analysis.trait(profile: "rare"))
    #expect(rare.score == 1 && rare.confidence == 1)
    #expect(rare.evidence.map(\.title) == ["m4"])
    // c1 on day 60 is far from the twins' days 3 and 4: the date gives it away.
    let dated = try #require(analysis.trait(profile: "dated"))
    #expect(dated.score == 1 && dated.evidence.first?.title == "c1")
    let twin = try #require(analysis.trait(profile: "twin1"))
    #expect(twin.score == 0)
    #expect(twin.text == "not unique: 2 members share all 4 (title, date) events")
    #expect(abs(twin.confidence - 0.5) < 1e-12)
    #expect(analysis.trait(profile: "nobody") == nil)
    // With a window of 100 days, day 60 is no longer far enough.
    #expect(try #require(Uniqueness(log: EventLog(events: events), windowDays: 100).trait(profile: "dated")).score == 0)
  }
}
