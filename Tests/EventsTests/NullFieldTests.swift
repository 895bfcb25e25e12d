import Events
import Foundation
import Testing

/// `"field": null` is the same as leaving the field out, for every field of
/// every event type: a required field that is null is missing.
@Suite("Null fields: null is absent wherever a field is required")
struct NullFieldTests {
  /// What decoding a line gives: the event, or the error's category, field
  /// and line.
  static func outcome(_ line: String) -> String {
    do {
      return "accepted " + (try Event(jsonLine: line, path: "null.jsonl", line: 3)).jsonLine
    } catch {
      return "rejected \(error.category) / \(error.field ?? "-") / line \(error.line ?? 0)"
    }
  }

  /// An event's JSON object with one key set to null, or removed.
  static func line(_ object: [String: Any], _ key: String, null: Bool) throws -> String {
    var object = object
    if null { object[key] = NSNull() } else { object[key] = nil }
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test("A null field and a missing one are judged alike, for every field of every type")
  func nullIsAbsent() throws {
    #expect(Set(EventExamples.all.map(\.type)).count == EventType.allCases.count)
    var requiredSeen = 0
    for event in EventExamples.all {
      let decoded = try JSONSerialization.jsonObject(with: Data(event.jsonLine.utf8))
      let object = try #require(decoded as? [String: Any])
      for key in object.keys.sorted() {
        let withNull = Self.outcome(try Self.line(object, key, null: true))
        let without = Self.outcome(try Self.line(object, key, null: false))
        #expect(withNull == without, "\(event.type.rawValue) with '\(key)': null")
        if without.hasPrefix("rejected missing field '\(key)'") { requiredSeen += 1 }
      }
    }
    // Every envelope field but `profile` is required for every example.
    #expect(requiredSeen > 5 * EventExamples.all.count)
  }

  @Test("A null profile on a profile-level event is a missing profile")
  func nullProfile() {
    let head = #"{"v":1,"id":"x","ts":"2026-03-01T20:15:00+01:00","account":"a","profile":null,"#
    let lines = [
      head + #""type":"play_start","source":"activity","title":"t","playback":"b","position":0}"#,
      head + #""type":"rating","source":"provided","title":"t","stars":4}"#,
    ]
    for line in lines {
      #expect(Self.outcome(line) == "rejected missing field 'profile' / profile / line 3")
    }
    let accountLevel =
      head + #""type":"customer_service_contact","source":"communications","channel":"chat","topic":"billing"}"#
    #expect(Self.outcome(accountLevel).hasPrefix("accepted "))
  }

  @Test("A null required payload field is missing, and a null beside the other rating kind is absent")
  func nullPayload() {
    let head = #"{"v":1,"id":"x","ts":"2026-03-01T20:15:00+01:00","account":"a","profile":"p","#
    #expect(
      Self.outcome(head + #""type":"list_add","source":"activity","title":null}"#)
        == "rejected missing field 'title' / title / line 3")
    #expect(
      Self.outcome(head + #""type":"rating","source":"provided","title":"t","thumbs":null,"stars":4}"#)
        .hasPrefix("accepted "))
    #expect(
      Self.outcome(head + #""type":"rating","source":"provided","title":"t","thumbs":null}"#)
        == "rejected missing field 'thumbs' / thumbs / line 3")
  }
}
