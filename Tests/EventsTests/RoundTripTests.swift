import Events
import Foundation
import Testing

@Suite("Round trip: event → JSON line → event")
struct RoundTripTests {
  @Test("The examples cover every event type")
  func coversEveryType() {
    #expect(Set(EventExamples.all.map(\.type)) == Set(EventType.allCases))
  }

  @Test(
    "Every event decodes back equal and re-encodes to the same bytes", arguments: EventExamples.all)
  func roundTrip(event: Event) throws {
    let line = event.jsonLine
    let decoded = try Event(jsonLine: line)
    #expect(decoded == event)
    #expect(decoded.jsonLine == line)
    #expect(!line.contains("\n"))
  }

  @Test("Keys come in schema order: envelope first")
  func keyOrder() {
    let line = EventExamples.all[12].jsonLine
    #expect(
      line == #"{"v":1,"id":"e13","ts":"2026-03-01T20:15:00+01:00","type":"play_start","#
        + #""source":"activity","account":"a-1","profile":"p-1","title":"t-42","playback":"pb-1","#
        + #""position":0.0,"runtime":5400.0}"#)
  }

  @Test("The output is valid JSON that Foundation reads with the same values")
  func foundationAgrees() throws {
    for event in EventExamples.all {
      let object =
        try JSONSerialization.jsonObject(with: Data(event.jsonLine.utf8)) as? [String: Any]
      #expect(object?["id"] as? String == event.id)
      #expect(object?["source"] as? String == event.source.rawValue)
      #expect(object?["ts"] as? String == event.timestamp.description)
    }
  }

  @Test("The writer's file reads back as the same events, with nothing rejected")
  func fileRoundTrip() throws {
    let directory = try EventExamples.temporaryDirectory()
    let path = directory.appendingPathComponent("all.jsonl").path
    try EventLogWriter.write(EventExamples.all, to: path)
    let ingestion = try EventLogReader.ingest(path: path, rejectsPath: nil)
    #expect(ingestion.summary.accepted == EventExamples.all.count)
    #expect(ingestion.summary.rejected == 0)
    let read = ingestion.log.timelines.flatMap(\.events)
    #expect(Set(read) == Set(EventExamples.all))
    let again = directory.appendingPathComponent("again.jsonl").path
    try EventLogWriter.write(EventExamples.all, to: again)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: path))
        == Data(contentsOf: URL(fileURLWithPath: again)))
  }

  @Test("Equivalent input spellings decode to the same event")
  func lenientSpellings() throws {
    let canonical = try Event(jsonLine: EventExamples.all[12].jsonLine)
    let spaced =
      #" { "v" : 1 , "id":"e13","ts":"2026-03-01T20:15:00+01:00","type":"play_start","#
      + #""source":"activity","account":"a-1","profile":"p-1","title":"t\u002d42","playback":"pb-1","#
      + #""position":0,"runtime":5.4e3 } "#
    #expect(try Event(jsonLine: spaced) == canonical)
  }
}
