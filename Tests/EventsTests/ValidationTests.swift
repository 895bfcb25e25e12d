import Events
import Foundation
import Testing

/// One invalid line per validation error, each naming its line and field.
@Suite("Validation: every error names the file, the line and the field")
struct ValidationTests {
  static let valid =
    #"{"v":1,"id":"x","ts":"2026-03-01T20:15:00+01:00","type":"heartbeat","source":"activity","#
    + #""account":"a-1","profile":"p-1","title":"t-1","playback":"pb-1","position":30.0}"#

  /// The valid line with one replacement.
  static func with(_ old: String, _ new: String) -> String {
    precondition(valid.contains(old), old)
    return valid.replacingOccurrences(of: old, with: new)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let line: String
    let field: String?
    let category: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty line", line: "", field: nil, category: "malformed JSON"),
    Case(name: "not an object", line: "[1,2]", field: nil, category: "malformed JSON"),
    Case(
      name: "truncated", line: String(valid.prefix(60)), field: "type", category: "malformed JSON"),
    Case(
      name: "trailing comma", line: with("30.0}", "30.0,}"), field: nil, category: "malformed JSON"),
    Case(name: "text after object", line: valid + " x", field: nil, category: "malformed JSON"),
    Case(name: "NaN", line: with("30.0", "NaN"), field: "position", category: "malformed JSON"),
    Case(
      name: "bad escape", line: with(#""t-1""#, #""t\q""#), field: "title",
      category: "malformed JSON"),
    Case(
      name: "raw control byte", line: with("t-1", "t\u{01}1"), field: "title",
      category: "malformed JSON"),
    Case(
      name: "unknown type", line: with("heartbeat", "hartbeat"), field: "type",
      category: "unknown event type"),
    Case(
      name: "unknown field", line: with(#""title""#, #""colour":"red","title""#), field: "colour",
      category: "unknown field 'colour'"),
    Case(
      name: "field of another type", line: with(#""title""#, #""query":"q","title""#),
      field: "query", category: "unknown field 'query'"),
    Case(
      name: "missing field", line: with(#","playback":"pb-1""#, ""), field: "playback",
      category: "missing field 'playback'"),
    Case(
      name: "missing profile", line: with(#","profile":"p-1""#, ""), field: "profile",
      category: "missing field 'profile'"),
    Case(
      name: "missing type", line: with(#""type":"heartbeat","#, ""), field: "type",
      category: "missing field 'type'"),
    Case(
      name: "duplicate field", line: with(#""title":"t-1""#, #""title":"t-1","title":"t-2""#),
      field: "title", category: "duplicate field 'title'"),
    Case(
      name: "version", line: with(#""v":1"#, #""v":2"#), field: "v",
      category: "invalid value for 'v'"),
    Case(
      name: "timestamp without offset", line: with("20:15:00+01:00", "20:15:00"), field: "ts",
      category: "invalid value for 'ts'"),
    Case(
      name: "source mismatch", line: with(#""activity""#, #""device""#), field: "source",
      category: "invalid value for 'source'"),
    Case(
      name: "negative position", line: with("30.0", "-5"), field: "position",
      category: "invalid value for 'position'"),
    Case(
      name: "huge position", line: with("30.0", "1e308"), field: "position",
      category: "invalid value for 'position'"),
    Case(
      name: "overflowing number", line: with("30.0", "1e999"), field: "position",
      category: "invalid value for 'position'"),
    Case(
      name: "position as string", line: with("30.0", #""30""#), field: "position",
      category: "invalid value for 'position'"),
    Case(
      name: "empty id", line: with(#""id":"x""#, #""id":"""#), field: "id",
      category: "invalid value for 'id'"),
    Case(
      name: "id as number", line: with(#""id":"x""#, #""id":7"#), field: "id",
      category: "invalid value for 'id'"),
    Case(
      name: "invalid UTF-8",
      line: with("t-1", "t\u{FFFD}1").replacingOccurrences(of: "\u{FFFD}", with: "\\ud800"),
      field: "title", category: "invalid value for 'title'"),
  ]

  @Test("Each invalid line is rejected with its line and field", arguments: cases)
  func rejected(example: Case) throws {
    let file = try EventExamples.file([
      Self.valid.replacingOccurrences(of: "\"x\"", with: "\"ok\""), example.line,
    ])
    let ingestion = try EventLogReader.ingest(path: file.path, rejectsPath: file.rejects)
    let summary = ingestion.summary
    #expect(summary.linesRead == 2)
    #expect(summary.accepted == 1)
    #expect(summary.rejected == 1)
    let error = try #require(summary.firstRejections.first)
    #expect(error.line == 2)
    #expect(error.field == example.field)
    #expect(error.category == example.category)
    #expect(error.description.hasPrefix(file.path + ":2"))
    if let field = example.field { #expect(error.description.contains("'\(field)'")) }
    let rejects = try EventExamples.rejects(file.rejects)
    #expect(rejects.count == 1)
    #expect(rejects.first?["line"] as? Int == 2)
    #expect(rejects.first?["kind"] as? String == "rejected")
    #expect(rejects.first?["field"] as? String == example.field)
    #expect(rejects.first?["reason"] as? String == error.description)
  }

  @Test("Payload rules: vocabularies, ratings, propensity, attributes")
  func payloadRules() {
    func field(_ line: String) -> String? {
      do {
        _ = try Event(jsonLine: line, path: "x.jsonl", line: 7)
        return "accepted"
      } catch {
        #expect(error.line == 7)
        return error.field
      }
    }
    let head = #"{"v":1,"id":"x","ts":"2026-03-01T20:15:00+01:00","account":"a","profile":"p","#
    #expect(
      field(head + #""type":"rating","source":"provided","title":"t","thumbs":"sideways"}"#)
        == "thumbs")
    #expect(field(head + #""type":"rating","source":"provided","title":"t","stars":6}"#) == "stars")
    #expect(
      field(head + #""type":"rating","source":"provided","title":"t","stars":4.5}"#) == "stars")
    #expect(
      field(head + #""type":"rating","source":"provided","title":"t","stars":4,"thumbs":"up"}"#)
        == "stars")
    #expect(field(head + #""type":"rating","source":"provided","title":"t"}"#) == "thumbs")
    #expect(
      field(
        head
          + #""type":"impression","source":"activity","title":"t","row":"r","row_index":0,"position":1,"artwork":"a","propensity":0}"#
      )
        == "propensity")
    #expect(
      field(
        head
          + #""type":"impression","source":"activity","title":"t","row":"r","row_index":-1,"position":1,"artwork":"a"}"#
      )
        == "row_index")
    #expect(
      field(
        head
          + #""type":"session_start","source":"device","device":"d","device_type":"fridge","os":"o","app_version":"1","ip":"1.2.3.4","connection":"wifi"}"#
      )
        == "device_type")
    #expect(
      field(
        head
          + #""type":"session_start","source":"device","device":"d","device_type":"tv","os":"o","app_version":"1","ip":"1.2.3.999","connection":"wifi"}"#
      )
        == "ip")
    #expect(
      field(
        head
          + #""type":"partner_record","source":"partner","partner":"b","partner_kind":"data_broker","attribute_kind":"interest","attributes":{"a":1}}"#
      )
        == "attributes")
    #expect(
      field(
        head
          + #""type":"stop","source":"activity","title":"t","playback":"b","position":3,"runtime":0}"#
      )
        == "runtime")
    #expect(
      field(
        head
          + #""type":"account_created","source":"provided","name":"n","email":"e","payment_method":"card","date_of_birth":"1990-02-30"}"#
      )
        == "date_of_birth")
    #expect(
      field(head + #""type":"search","source":"activity","query":"q","clicked":null}"#)
        == "accepted")
  }

  @Test("A profile cannot belong to two accounts")
  func profileInTwoAccounts() throws {
    let second = Self.valid.replacingOccurrences(of: "\"x\"", with: "\"y\"")
      .replacingOccurrences(of: "a-1", with: "a-2")
    let file = try EventExamples.file([Self.valid, second])
    let summary = try EventLogReader.ingest(path: file.path, rejectsPath: file.rejects).summary
    #expect(summary.rejected == 1)
    let error = try #require(summary.firstRejections.first)
    #expect(error.line == 2)
    #expect(error.field == "account")
    #expect(error.description.contains("line 1"))
  }

  @Test("A line over the length limit is rejected without being buffered")
  func overlongLine() throws {
    let long = String(repeating: "x", count: 5000)
    let file = try EventExamples.file([
      Self.valid, long, Self.valid.replacingOccurrences(of: "\"x\"", with: "\"z\""),
    ])
    let reader = EventLogReader(threads: 1, blockBytes: 1 << 16, maximumLineBytes: 1024)
    let summary = try reader.ingest(path: file.path, rejectsPath: file.rejects).summary
    #expect(summary.linesRead == 3)
    #expect(summary.accepted == 2)
    #expect(
      summary.firstRejections.first
        == .lineTooLong(path: file.path, line: 2, bytes: 5000, limit: 1024))
  }

  @Test("A missing file is an error naming it")
  func missingFile() {
    #expect(
      throws: EventLogError.cannotOpen(
        path: "/nonexistent/e.jsonl", reason: "No such file or directory")
    ) {
      try EventLogReader.ingest(path: "/nonexistent/e.jsonl", rejectsPath: nil)
    }
  }
}
