import Events
import Testing

@Suite("Timestamps keep their UTC offset")
struct TimestampTests {
  @Test(
    "Canonical forms round-trip exactly",
    arguments: [
      "2026-03-01T20:15:00+01:00", "2026-03-01T20:15:00.250-05:30", "1970-01-01T00:00:00+00:00",
      "2024-02-29T23:59:59.000001+14:00", "2026-12-31T00:00:00.123456789-12:00",
    ])
  func roundTrip(text: String) throws {
    let timestamp = try #require(Timestamp(text))
    #expect(timestamp.description == text)
  }

  @Test("The instant accounts for the offset; equality includes it")
  func offsets() throws {
    let berlin = try #require(Timestamp("2026-03-01T20:15:00+01:00"))
    let utc = try #require(Timestamp("2026-03-01T19:15:00Z"))
    #expect(berlin.secondsSinceEpoch == utc.secondsSinceEpoch)
    #expect(berlin.offsetMinutes == 60)
    #expect(berlin != utc)
    #expect(utc.description == "2026-03-01T19:15:00+00:00")
    #expect(berlin.secondsSinceEpoch == 1_772_392_500)
  }

  @Test(
    "Malformed timestamps are refused",
    arguments: [
      "2026-03-01T20:15:00", "2026-02-29T10:00:00+00:00", "2026-03-01 20:15:00+01:00",
      "2026-13-01T20:15:00+01:00", "2026-03-01T24:00:00+01:00", "2026-03-01T20:15:00.+01:00",
      "2026-03-01T20:15:00+19:00", "2026-03-01T20:15:00.1234567891+01:00", "",
    ])
  func malformed(text: String) {
    #expect(Timestamp(text) == nil)
  }
}
