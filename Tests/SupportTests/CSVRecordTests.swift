import Support
import Testing

/// The one CSV reader: RFC 4180 fields from a string or from a line's bytes.
@Suite("CSV records")
struct CSVRecordTests {
  private func fields(_ line: String) -> [String]? { try? CSVRecord(parsing: line).fields }

  @Test("quotes, doubled quotes, commas, empty fields")
  func quoting() {
    #expect(fields("1,\"a, b\",\"say \"\"hi\"\"\",") == ["1", "a, b", "say \"hi\"", ""])
    #expect(fields("") == [""])
    #expect(fields(",") == ["", ""])
    #expect(fields("1,Toy Story (1995),Adventure|Animation") == ["1", "Toy Story (1995)", "Adventure|Animation"])
    // Text after a closing quote, and a quote inside an unquoted field, are literal.
    #expect(fields("\"ab\"cd,e") == ["abcd", "e"])
    #expect(fields("a\"b,c") == ["a\"b", "c"])
    // A carriage return outside quotes is dropped; inside quotes it is kept.
    #expect(fields("x\ry,\"p\rq\"") == ["xy", "p\rq"])
    #expect(fields("é,\"ü, ß\"") == ["é", "ü, ß"])
  }

  @Test("an unclosed quote names the field and what it held")
  func unclosedQuote() {
    do throws(CSVRecord.UnclosedQuote) {
      _ = try CSVRecord(parsing: "1,\"open, still")
      Issue.record("an unclosed quote was accepted")
    } catch {
      #expect(error.field == 2)
      #expect(error.text == "open, still")
    }
  }

  @Test("bytes and text give the same fields")
  func bytes() throws {
    var line = "7,\"Heat, the \"\"long\"\" cut\",Action|Crime"
    let fromBytes = try line.withUTF8 { try CSVRecord(parsing: $0) }
    #expect(fromBytes == (try CSVRecord(parsing: line)))
    #expect(fromBytes.fields == ["7", "Heat, the \"long\" cut", "Action|Crime"])
  }

  @Test("writing quotes what needs it and reads back the same fields")
  func roundTrip() throws {
    let record = CSVRecord(["x", "a,b", "q\"q", "", "line\nbreak"])
    #expect(record.line == "x,\"a,b\",\"q\"\"q\",\"\",\"line\nbreak\"")
    #expect(try CSVRecord(parsing: CSVRecord(["x", "a,b", "q\"q", ""]).line).fields == ["x", "a,b", "q\"q", ""])
  }
}
