import Events
import Support
import Testing

@testable import Simulation

@Suite("Playback: where it starts and ends, and the events it logs")
struct PlaybackTests {
  static let runtime = 6000.0

  /// Behaviour without pauses or rewinds, completing whatever is started.
  static var steady: ViewingBehavior {
    var behavior = ViewingBehavior()
    behavior.pausePerHour = 0
    behavior.rewind = 0
    behavior.abandonIntercept = -100
    behavior.completionFraction = 0
    return behavior
  }

  static func playback(
    resume: Double = 0, available: Int = 100_000, behavior: ViewingBehavior = steady, seed: UInt64 = 1
  ) -> Playback {
    var random = SeededGenerator(seed: seed)
    return Playback(
      title: 3, runtime: runtime, resume: resume, affinity: 1, appeal: nil, available: available,
      behavior: behavior, random: &random)
  }

  static func events(_ playback: Playback, from begin: Int = 1000) -> (events: [Event], ended: Int) {
    let context = DayFixtures.context()
    var log = DayFixtures.log(context, household: DayFixtures.household("lee"))
    let ended = playback.log(
      as: "b1", titleID: "t", profile: "hana", zone: "UTC", from: begin, heartbeatSeconds: 600, into: &log)
    return (log.events.map(\.event), ended)
  }

  @Test("a completed playback: heartbeats every 600 s of content, then a completion at the runtime")
  func completed() {
    let playback = Self.playback()
    #expect(playback.completed && !playback.interrupted && playback.start == 0 && playback.end == Self.runtime)
    let (events, ended) = Self.events(playback)
    #expect(events.map(\.type) == [.playStart] + Array(repeating: .heartbeat, count: 9) + [.completion])
    let start = events[0].timestamp.secondsSinceEpoch
    for (n, event) in events.enumerated() where event.type == .heartbeat {
      #expect(event.timestamp.secondsSinceEpoch - start == Int64(600 * n))
    }
    #expect(ended == 1000 + 6000)
  }

  @Test("the session's end cuts a playback short exactly there")
  func interrupted() {
    let playback = Self.playback(resume: 1200, available: 900)
    #expect(playback.start == 1200 && playback.end == 2100 && playback.interrupted && !playback.completed)
    let (events, ended) = Self.events(playback)
    #expect(events.last?.type == .stop)
    guard case .stop(_, _, let position, _)? = events.last?.payload else { return }
    #expect(position == 2100 && ended == 1900)
    // No time left at all: a zero-length playback.
    let none = Self.playback(available: -5)
    #expect(none.end == none.start && none.interrupted)
  }

  @Test("a resume point in the last minute starts over")
  func resume() {
    #expect(Self.playback(resume: Self.runtime - 30).start == 0)
    #expect(Self.playback(resume: Self.runtime - 61).start == Self.runtime - 61)
  }

  @Test("a pause and a rewind lie inside the playback, in position order, and add their time")
  func interludes() {
    var behavior = Self.steady
    behavior.pausePerHour = 10
    behavior.rewind = 1
    for seed in 0..<10 as Range<UInt64> {
      let playback = Self.playback(behavior: behavior, seed: seed)
      #expect(playback.interludes.count == 2)
      #expect(playback.interludes.map(\.position) == playback.interludes.map(\.position).sorted())
      #expect(playback.interludes.allSatisfy { $0.position > playback.start && $0.position < playback.end })
      let (events, ended) = Self.events(playback)
      #expect(events.filter { $0.type == .pause }.count == 1 && events.filter { $0.type == .seek }.count == 1)
      let pause = playback.interludes.first { !$0.rewind }!
      let rewind = playback.interludes.first { $0.rewind }!
      #expect(ended == 1000 + Int(Self.runtime) + pause.seconds + rewind.seconds)
      let times = events.map(\.timestamp.secondsSinceEpoch)
      #expect(times == times.sorted())
    }
  }
}
