import Events
import Testing

/// Timestamps cover every second of the years 1 to 9999 in local time, the
/// same years a `YYYY-MM-DD` date holds, and a refusal says the range.
@Suite("Timestamp range: the first and last days are in, and refusals say the range")
struct TimestampRangeTests {
  @Test(
    "The first and last days of the range, and the days beside them, are accepted",
    arguments: [
      "0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+18:00", "0001-01-01T00:00:00-18:00",
      "0001-01-02T00:00:00+00:00", "9999-12-30T23:59:59+00:00", "9999-12-31T23:59:59+00:00",
      "9999-12-31T23:59:59.999999999-18:00", "9999-12-31T23:59:59+18:00",
    ])
  func boundaries(text: String) throws {
    let timestamp = try #require(Timestamp(text))
    #expect(timestamp.description == text)
  }

  @Test("One second outside the range is refused")
  func outside() {
    #expect(Timestamp("0000-12-31T23:59:59+00:00") == nil)
    #expect(Timestamp(secondsSinceEpoch: -62_135_596_800, offsetMinutes: 0) != nil)
    #expect(Timestamp(secondsSinceEpoch: -62_135_596_801, offsetMinutes: 0) == nil)
    #expect(Timestamp(secondsSinceEpoch: 253_402_300_799, offsetMinutes: 0) != nil)
    #expect(Timestamp(secondsSinceEpoch: 253_402_300_800, offsetMinutes: 0) == nil)
    // The local time counts: the last instant, shown one hour ahead, is in 10000.
    #expect(Timestamp(secondsSinceEpoch: 253_402_300_799, offsetMinutes: 60) == nil)
    #expect(Timestamp(secondsSinceEpoch: .min, offsetMinutes: -1080) == nil)
    #expect(Timestamp(secondsSinceEpoch: .max, offsetMinutes: 1080) == nil)
  }

  static func line(ts: String) -> String {
    #"{"v":1,"id":"x","ts":""# + ts
      + #"","type":"list_add","source":"activity","account":"a","profile":"p","title":"t"}"#
  }

  @Test("Event lines on the first and last days decode; a refused ts names the range")
  func eventLines() throws {
    for ts in ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00"] {
      let event = try Event(jsonLine: Self.line(ts: ts), path: "e.jsonl", line: 1)
      #expect(event.timestamp.description == ts)
    }
    do {
      _ = try Event(jsonLine: Self.line(ts: "0000-12-31T23:59:59+00:00"), path: "e.jsonl", line: 4)
      Issue.record("year 0 accepted")
    } catch {
      #expect(error.field == "ts")
      #expect(error.line == 4)
      #expect(error.description.contains("0001-01-01T00:00:00 to 9999-12-31T23:59:59"))
    }
  }
}
