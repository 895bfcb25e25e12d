import Testing
@testable import NetflixExport

@Suite("CSV files of the export")
struct CSVTableTests {
  @Test("a byte-order mark, CRLF, quoted commas, quotes and line breaks")
  func awkwardCSV() throws {
    let text = "\u{FEFF}Title,Query\r\n\"Love, Death & Robots\",\"two\r\nlines\"\r\n\"He said \"\"hi\"\"\",x\r\n\r\n"
    let table = try CSVTable(bytes: Array(text.utf8), location: "f.csv")
    #expect(table.header == ["Title", "Query"])
    #expect(table.records.count == 2)
    #expect(table.records[0].fields == ["Love, Death & Robots", "two\r\nlines"])
    #expect(table.records[0].line == 2)
    #expect(table.records[1].line == 4)
    #expect(table.records[1].fields == ["He said \"hi\"", "x"])
  }

  @Test("a file that is not UTF-8 names its line and column")
  func notUTF8() {
    var bytes = Array("Title,Duration\nAm".utf8)
    bytes.append(0xE9)  // Latin-1 é
    bytes += Array("lie,00:10:00\n".utf8)
    #expect(throws: NetflixExportError.notUTF8(path: "v.csv", line: 2, column: 3)) {
      _ = try CSVTable(bytes: bytes, location: "v.csv")
    }
  }

  @Test("a quote left open until the end of the file")
  func unclosedQuote() {
    #expect(throws: NetflixExportError.unclosedQuote(path: "q.csv", line: 2)) {
      _ = try CSVTable(bytes: Array("A,B\n\"open,1\n2,3\n".utf8), location: "q.csv")
    }
  }

  @Test("an empty file has no header")
  func empty() {
    #expect(throws: NetflixExportError.noHeader(path: "e.csv")) { _ = try CSVTable(bytes: [], location: "e.csv") }
  }
}
