import Catalog
import Events
import Recommendation
import Signals
import Testing

@testable import Platform

@Suite("Signal history: what the model learns from, and retention")
struct SignalHistoryTests {
  typealias F = PlatformFixtures
  static let index = CatalogIndex(catalog: F.catalog)

  @Test("only events that carry implicit feedback are kept")
  func signalEvents() {
    #expect(SignalHistory.carriesSignal(.playStart) && SignalHistory.carriesSignal(.rating))
    #expect(SignalHistory.carriesSignal(.search) && SignalHistory.carriesSignal(.listAdd))
    #expect(!SignalHistory.carriesSignal(.impression) && !SignalHistory.carriesSignal(.sessionStart))
    #expect(!SignalHistory.carriesSignal(.artworkClick) && !SignalHistory.carriesSignal(.partnerRecord))
  }

  @Test("now is the latest event seen, and never goes back")
  func now() {
    var history = SignalHistory()
    #expect(history.latestEventTime == nil)
    history.observe(F.event("a", 500, .customerServiceContact(channel: .chat, topic: "x"), profile: nil))
    history.observe(F.event("b", 100, .listAdd(title: "1"), profile: "p"))
    #expect(history.latestEventTime == F.start + 500)
  }

  @Test("deleting before a cutoff reports the profiles that lost events; their rows drop those titles")
  func retention() {
    var history = SignalHistory()
    history.appendProfile()
    history.appendProfile()
    let early = F.watched(1, profile: "p0", at: 0) + [F.session("s", 10, profile: "p0", ip: "192.0.2.9")]
    let late = F.watched(5, profile: "p0", at: 10 * F.day) + F.watched(6, profile: "p1", at: 10 * F.day)
    for event in early + late { history.record(event, profile: event.profile == "p0" ? 0 : 1) }
    let extractor = SignalExtractor(configuration: SignalConfiguration())
    func titles(_ p: Int) -> Set<Int> {
      Set(history.feedbackRows([p], reference: nil, extractor: extractor, index: Self.index, threads: 1)[0].map(\.item))
    }
    #expect(titles(0) == [0, 4] && titles(1) == [5])
    #expect(history.deleteEvents(before: F.start + 5 * F.day) == [0])
    #expect(titles(0) == [4] && titles(1) == [5])
    #expect(history.deleteEvents(before: F.start + 5 * F.day).isEmpty)
  }

  @Test("titles outside the catalog give no feedback entry; rows come in the order asked")
  func unknownTitles() {
    var history = SignalHistory()
    history.appendProfile()
    history.appendProfile()
    for event in F.watched(999, profile: "p0", at: 0) + F.watched(3, profile: "p0", at: 100) { history.record(event, profile: 0) }
    for event in F.watched(4, profile: "p1", at: 0) { history.record(event, profile: 1) }
    let extractor = SignalExtractor(configuration: SignalConfiguration())
    let rows = history.feedbackRows([1, 0], reference: nil, extractor: extractor, index: Self.index, threads: 2)
    #expect(rows.map { $0.map(\.item) } == [[3], [2]])
  }
}
