import Datasets
import TestSupport
import Testing

@Suite("MovieLens interaction files")
struct InteractionReaderTests {
  @Test("u.data: tabs, no header")
  func tabs() throws {
    let path = TemporaryFile.write("196\t242\t3\t881250949\n186\t302\t3\t891717742\n")
    let rows = try InteractionReader.read(path: path)
    #expect(rows == [Interaction(user: "196", item: "242", value: 3, timestamp: 881_250_949),
                     Interaction(user: "186", item: "302", value: 3, timestamp: 891_717_742)])
  }

  @Test("ratings.csv: header, commas, CRLF line endings, half stars")
  func csv() throws {
    let path = TemporaryFile.write("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n1,3,0.5,964981247\r\n")
    let rows = try InteractionReader.read(path: path)
    #expect(rows.count == 2)
    #expect(rows[1].value == 0.5)
    #expect(rows[1].timestamp == 964_981_247)
  }

  @Test("ratings.dat: '::' separators")
  func doubleColon() throws {
    let path = TemporaryFile.write("1::1193::5::978300760\n1::661::3::978302109\n")
    let rows = try InteractionReader.read(path: path, layout: .doubleColon)
    #expect(rows.map(\.item) == ["1193", "661"])
  }

  @Test("malformed lines name the file, the line and the field")
  func errors() {
    let badValue = TemporaryFile.write("1\t2\t3\t4\n1\t2\tlots\t4\n")
    #expect(throws: DatasetError.malformedLine(path: badValue, line: 2, field: "value", expected: "a finite number", found: "lots")) {
      try InteractionReader.read(path: badValue)
    }
    let missing = TemporaryFile.write("userId,movieId,rating,timestamp\n1,2\n")
    do {
      _ = try InteractionReader.read(path: missing)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("\(missing):2: field 'value'"))
    }
    let badTime = TemporaryFile.write("1\t2\t3\tyesterday\n")
    #expect(throws: DatasetError.self) { try InteractionReader.read(path: badTime) }
    #expect(throws: DatasetError.noSuchFile(path: "/nonexistent/u.data")) {
      try InteractionReader.read(path: "/nonexistent/u.data")
    }
    let nan = TemporaryFile.write("1\t2\tnan\t4\n")
    #expect(throws: DatasetError.self) { try InteractionReader.read(path: nan) }
  }

  @Test("labels order numbers numerically, then text")
  func labelOrder() {
    let labels: [Label] = ["10", "9", "alex", "-1", "bo"]
    #expect(labels.sorted().map(\.text) == ["-1", "9", "10", "alex", "bo"])
  }

  @Test("ml-latest-small ratings.csv reads whole (SharedData)", .enabled(if: SharedData.isAvailable("ml-latest-small/ratings.csv")))
  func sharedDataRatings() throws {
    let rows = try InteractionReader.read(path: SharedData.path("ml-latest-small/ratings.csv"))
    #expect(rows.count == 100_836)
    #expect(Set(rows.map(\.user)).count == 610)
    #expect(Set(rows.map(\.item)).count == 9_724)
  }
}
