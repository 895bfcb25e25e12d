import Events
import Foundation
@testable import Interchange
import LinearAlgebra
import Signals
import Testing

/// The interaction matrix of an event log: the same feedback as the signal
/// extractor computes, profiles and titles in label order.
@Suite("Event-log matrix")
struct EventLogMatrixTests {
  static func event(_ id: String, profile: String, _ payload: EventPayload) -> Event {
    Event(
      id: id, timestamp: Timestamp("2026-03-01T20:15:00+01:00")!, account: "a-1", profile: profile,
      payload: payload)
  }

  @Test("one row per profile with feedback, one column per title, values from SignalExtractor")
  func fromLog() {
    let events = [
      Self.event("e1", profile: "zoe", .rating(title: "t-2", rating: .thumbsUp)),
      Self.event("e2", profile: "sam", .rating(title: "t-1", rating: .thumbsDown)),
      Self.event("e3", profile: "sam", .rating(title: "t-2", rating: .twoThumbsUp)),
      Self.event("e4", profile: "zoe", .listAdd(title: "t-3")),
    ]
    let log = EventLog(events: events)
    let matrix = InteractionMatrix(
      log: log, signals: SignalConfiguration(), source: "test", settings: .init())
    #expect(matrix.userIDs == ["sam", "zoe"])
    #expect(matrix.itemIDs == ["t-1", "t-2", "t-3"])
    let expected = SignalExtractor().feedback(from: log)
    for triple in expected.triples where triple.value != 0 {
      let row = matrix.userIDs.firstIndex(of: triple.profile.text)!
      let column = matrix.itemIDs.firstIndex(of: triple.title.text)!
      #expect(matrix.values[row, column] == triple.value)
    }
    #expect(matrix.values[0, 0] < 0)
    #expect(matrix.values.nonZeroCount == expected.triples.filter { $0.value != 0 }.count)
  }
}
