import Datasets
import Events
import Signals
import Testing

/// One test per row of the table in Docs/Signals.md, each on a tiny log
/// with decay switched off unless the row is about decay.
@Suite("Signals: each row of the table in Docs/Signals.md")
struct SignalTableTests {
  static let start = Timestamp("2026-03-01T20:00:00+01:00")!

  /// An event `minutes` after the start on profile p-1.
  static func at(_ minutes: Double, _ payload: EventPayload, profile: String = "p-1") -> Event {
    let seconds = Int64(minutes * 60)
    let time = Timestamp(
      secondsSinceEpoch: start.secondsSinceEpoch + seconds, offsetMinutes: Int(start.offsetMinutes))!
    return Event(
      id: "e\(counter.next())", timestamp: time, account: "a-1", profile: profile, payload: payload)
  }

  /// Unique ids across a test.
  final class Counter: @unchecked Sendable {
    private var value = 0
    func next() -> Int {
      value += 1
      return value
    }
  }
  static let counter = Counter()

  static var noDecay: SignalConfiguration {
    var configuration = SignalConfiguration()
    configuration.halfLifeDays = nil
    return configuration
  }

  static func feedback(_ events: [Event], _ configuration: SignalConfiguration = noDecay)
    -> ImplicitFeedback
  {
    SignalExtractor(configuration: configuration).feedback(from: EventLog(events: events))
  }

  static func entry(_ feedback: ImplicitFeedback, _ title: String = "t") throws
    -> ImplicitFeedback.Entry
  {
    try #require(feedback.entry(profile: "p-1", title: Label(title)))
  }

  @Test("watched fraction: weight × seconds watched ÷ runtime, seeks not counted")
  func watchedFraction() throws {
    let events = [
      Self.at(0, .playStart(title: "t", playback: "b", position: 0, runtime: 6000)),
      Self.at(10, .heartbeat(title: "t", playback: "b", position: 600)),
      Self.at(11, .seek(title: "t", playback: "b", from: 660, to: 3000)),
      Self.at(20, .heartbeat(title: "t", playback: "b", position: 3540)),
      Self.at(21, .stop(title: "t", playback: "b", position: 3600, runtime: 6000)),
    ]
    // Watched: 0→600, 600→660 (up to the seek), 3000→3540, 3540→3600 = 1260 s.
    let entry = try Self.entry(Self.feedback(events))
    #expect(abs(entry.contributions[.watchedFraction]! - 1260.0 / 6000.0) < 1e-6)
    #expect(entry.contributions.keys.sorted() == [.watchedFraction])
    var doubled = Self.noDecay
    doubled.watchedFraction = 2
    #expect(abs(try Self.entry(Self.feedback(events, doubled)).value - 2 * 1260.0 / 6000.0) < 1e-6)
  }

  @Test("completion: +1 per completion event")
  func completion() throws {
    let entry = try Self.entry(
      Self.feedback([
        Self.at(0, .playStart(title: "t", playback: "b", position: 0, runtime: 600)),
        Self.at(10, .heartbeat(title: "t", playback: "b", position: 600)),
        Self.at(10, .completion(title: "t", playback: "b", runtime: 600)),
      ]))
    #expect(entry.contributions[.completion] == 1)
    #expect(entry.contributions[.watchedFraction] == 1)
    #expect(entry.value == 2)
  }

  @Test("re-watch: +0.5 per playback of a title completed before")
  func rewatch() throws {
    let entry = try Self.entry(
      Self.feedback([
        Self.at(0, .completion(title: "t", playback: "b1", runtime: 600)),
        Self.at(60, .playStart(title: "t", playback: "b2", position: 0, runtime: 600)),
        Self.at(70, .stop(title: "t", playback: "b2", position: 600, runtime: 600)),
        Self.at(80, .playStart(title: "t", playback: "b3", position: 0, runtime: 600)),
        Self.at(90, .stop(title: "t", playback: "b3", position: 600, runtime: 600)),
      ]))
    #expect(entry.contributions[.rewatch] == 1.0)
  }

  @Test(
    "thumbs and stars: the latest rating counts; a thumbs-down is negative",
    arguments: [
      (Rating.thumbsDown, SignalKind.thumbsDown, Float(-2)),
      (.thumbsUp, .thumbsUp, 1), (.twoThumbsUp, .twoThumbsUp, 2),
      (.stars(1), .stars, -1.5), (.stars(3), .stars, 0), (.stars(5), .stars, 1.5),
    ])
  func ratings(rating: Rating, kind: SignalKind, value: Float) throws {
    let feedback = Self.feedback([
      Self.at(0, .rating(title: "t", rating: .twoThumbsUp)),
      Self.at(1, .rating(title: "t", rating: rating)),
    ])
    if value == 0 {
      #expect(feedback.entry(profile: "p-1", title: "t") == nil)
      #expect(feedback.triples.isEmpty)
    } else {
      let entry = try Self.entry(feedback)
      #expect(entry.value == value)
      #expect(entry.contributions == [kind: value])
    }
  }

  @Test("search then play: +0.5 when the clicked title is played within 30 minutes")
  func searchThenPlay() throws {
    let within = try Self.entry(
      Self.feedback([
        Self.at(0, .search(query: "space", clicked: "t")),
        Self.at(5, .playStart(title: "t", playback: "b", position: 0, runtime: nil)),
      ]))
    #expect(within.contributions == [.searchThenPlay: 0.5])
    let late = Self.feedback([
      Self.at(0, .search(query: "space", clicked: "t")),
      Self.at(45, .playStart(title: "t", playback: "b", position: 0, runtime: nil)),
    ])
    #expect(late.entry(profile: "p-1", title: "t") == nil)
  }

  @Test("abandonment: −0.5 for a playback that never passes 5 minutes without completing")
  func abandonment() throws {
    let abandoned = try Self.entry(
      Self.feedback([
        Self.at(0, .playStart(title: "t", playback: "b", position: 0, runtime: 6000)),
        Self.at(2, .stop(title: "t", playback: "b", position: 120, runtime: 6000)),
      ]))
    #expect(abandoned.contributions[.abandonment] == -0.5)
    #expect(abandoned.value < 0)
    let kept = try Self.entry(
      Self.feedback([
        Self.at(0, .playStart(title: "t", playback: "b", position: 0, runtime: 6000)),
        Self.at(6, .stop(title: "t", playback: "b", position: 360, runtime: 6000)),
      ]))
    #expect(kept.contributions[.abandonment] == nil)
    let open = try Self.entry(
      Self.feedback([
        Self.at(0, .playStart(title: "t", playback: "b", position: 0, runtime: 6000)),
        Self.at(2, .heartbeat(title: "t", playback: "b", position: 120)),
      ]))
    #expect(open.contributions[.abandonment] == nil)
  }

  @Test("list add: +0.5")
  func listAdd() throws {
    #expect(
      try Self.entry(Self.feedback([Self.at(0, .listAdd(title: "t"))])).contributions == [
        .listAdd: 0.5
      ])
  }

  @Test("recency decay: a contribution one half-life old counts half")
  func recencyDecay() throws {
    var configuration = SignalConfiguration()
    configuration.halfLifeDays = 30
    let feedback = Self.feedback(
      [
        Self.at(0, .listAdd(title: "old")),
        Self.at(30 * 24 * 60, .listAdd(title: "new")),
      ], configuration)
    #expect(abs(try Self.entry(feedback, "old").value - 0.25) < 1e-6)
    #expect(abs(try Self.entry(feedback, "new").value - 0.5) < 1e-6)
  }

  @Test("events outside the table contribute nothing; account-level events are skipped")
  func noContribution() {
    let feedback = Self.feedback([
      Self.at(
        0,
        .impression(title: "t", row: "r", rowIndex: 0, position: 0, artwork: "a", propensity: 0.5)),
      Self.at(1, .titlePageOpen(title: "t")),
      Self.at(2, .artworkClick(title: "t", artwork: "a")),
      Event(
        id: "acct", timestamp: Self.start, account: "a-1", profile: nil,
        payload: .notification(channel: .push, action: .sent, campaign: "c", title: "t")),
    ])
    #expect(feedback.entries.isEmpty)
  }

  @Test("triples are per profile and title, sorted, ready for a sparse matrix")
  func triples() {
    let feedback = Self.feedback([
      Self.at(0, .listAdd(title: "t2"), profile: "p-2"),
      Self.at(0, .rating(title: "t1", rating: .thumbsDown), profile: "p-2"),
      Self.at(0, .listAdd(title: "t9")),
    ])
    let triples = feedback.triples
    #expect(triples.map(\.profile) == ["p-1", "p-2", "p-2"])
    #expect(triples.map(\.title) == ["t9", "t1", "t2"])
    #expect(triples.map(\.value) == [0.5, -2, 0.5])
  }
}
