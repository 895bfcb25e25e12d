import Catalog
import Events
import Foundation
import Scenarios
import Testing

@testable import Counterfactual

/// The cut of a profile's log after its first plays, and the origins of
/// events (`from=search`, `from=notification`), on hand-written logs.
@Suite("Checkpoints after the first plays, and where events came from")
struct PlayCheckpointTests {
  /// An event at `minute` minutes after 2025-01-06 00:00 UTC.
  static func event(_ id: String, _ minute: Int, _ payload: EventPayload) -> Event {
    let time = Timestamp(secondsSinceEpoch: 1_736_121_600 + Int64(minute) * 60, offsetMinutes: 0)!
    return Event(id: id, timestamp: time, account: "a", profile: "p", payload: payload)
  }

  static func play(_ id: String, _ minute: Int, _ title: String, _ playback: String) -> Event {
    event(id, minute, .playStart(title: title, playback: playback, position: 0, runtime: 5400))
  }

  /// session, impression, play 1 (t1), heartbeat, play 2 (t2), completion,
  /// search, play 3 (t1 again, a resumed play).
  static let log: [Event] = [
    event("e0", 0, .profileSettings(profileName: "P", kids: false, language: "en", maturity: .adults)),
    event("e1", 1, .titlePageOpen(title: "t1")),
    play("e2", 2, "t1", "b1"),
    event("e3", 12, .heartbeat(title: "t1", playback: "b1", position: 600)),
    play("e4", 20, "t2", "b2"),
    event("e5", 110, .completion(title: "t2", playback: "b2", runtime: 5400)),
    event("e6", 115, .search(query: "lantern", clicked: "t1")),
    play("e7", 120, "t1", "b3"),
    event("e8", 130, .heartbeat(title: "t1", playback: "b3", position: 1200)),
  ]

  @Test("the cut keeps everything before the next play, and nothing when there were fewer plays")
  func cut() throws {
    let ids = { (events: [Event]?) in events?.map(\.id) }
    #expect(ids(PlayCheckpoint.cut(Self.log, afterPlays: 1)) == ["e0", "e1", "e2", "e3"])
    #expect(ids(PlayCheckpoint.cut(Self.log, afterPlays: 2)) == ["e0", "e1", "e2", "e3", "e4", "e5", "e6"])
    // The third play is the last: the whole log.
    #expect(ids(PlayCheckpoint.cut(Self.log, afterPlays: 3)) == Self.log.map(\.id))
    #expect(PlayCheckpoint.cut(Self.log, afterPlays: 4) == nil)
    #expect(PlayCheckpoint.cut([], afterPlays: 1) == nil)
    #expect(PlayCheckpoint.plays(in: Self.log) == 3)
  }

  @Test("from=search takes a search and the playback it led to within 30 minutes")
  func fromSearch() throws {
    #expect(EventOrigin.search.marks(Self.log) == [false, false, false, false, false, false, true, true, true])
    // A play more than 30 minutes after the search is not from it.
    var late = Self.log
    late[7] = Self.play("e7", 150, "t1", "b3")
    late[8] = Self.event("e8", 160, .heartbeat(title: "t1", playback: "b3", position: 600))
    #expect(EventOrigin.search.marks(late) == [false, false, false, false, false, false, true, false, false])
  }

  @Test("from=notification takes the notifications and the session a click opened")
  func fromNotification() throws {
    let session = EventPayload.sessionStart(
      device: "d", deviceType: .phone, os: "iOS", appVersion: "1", ip: IPAddress("192.0.2.1")!, connection: .wifi)
    let tv = EventPayload.sessionStart(
      device: "t", deviceType: .tv, os: "Tizen", appVersion: "1", ip: IPAddress("192.0.2.1")!, connection: .wifi)
    let log = [
      Self.event("n0", 0, .notification(channel: .push, action: .sent, campaign: "c", title: "t1")),
      Self.event("n1", 30, .notification(channel: .push, action: .opened, campaign: "c", title: "t1")),
      Self.event("n2", 31, .notification(channel: .push, action: .clicked, campaign: "c", title: "t1")),
      Self.event("s1", 32, session),
      Self.play("p1", 32, "t1", "b1"),
      Self.event("s2", 300, tv),
      Self.play("p2", 301, "t2", "b2"),
    ]
    #expect(EventOrigin.notification.marks(log) == [true, true, true, true, true, false, false])
    let empty = try Catalog(titles: [])
    let filter = try EventFilter(parsing: "from=notification", catalog: empty)
    #expect(filter.matches(log, catalog: empty) == [true, true, true, true, true, false, false])
    #expect(throws: EventFilterError.self) { try EventFilter(parsing: "from=email", catalog: empty) }
  }
}
