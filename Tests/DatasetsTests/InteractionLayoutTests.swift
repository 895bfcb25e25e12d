import Datasets
import TestSupport
import Testing

/// What each MovieLens layout allows: four fields, ratings on its scale,
/// timestamps from 0, identifiers of text without control characters, and
/// the ratings.csv header.
@Suite("Interaction layouts: each line is what its layout allows")
struct InteractionLayoutTests {
  /// The error reading a file, or `nil` when it reads.
  static func error(_ text: String, layout: InteractionFileLayout? = nil) -> DatasetError? {
    let path = TemporaryFile.write(text)
    do {
      _ = try InteractionReader.read(path: path, layout: layout)
      return nil
    } catch {
      return error
    }
  }

  /// The line and field of the error reading a file.
  static func located(_ text: String, layout: InteractionFileLayout? = nil) -> String? {
    guard case .located(let issue) = error(text, layout: layout), let field = issue.field else {
      return nil
    }
    return "\(issue.line):\(field)"
  }

  @Test("A missing timestamp column, or an extra column, is refused")
  func fieldCount() {
    #expect(Self.located("1\t2\t3\n") == "1:timestamp")
    #expect(Self.located("1::2::3\n") == "1:timestamp")
    #expect(Self.located("userId,movieId,rating,timestamp\n1,2,3,4,5\n") == "2:timestamp")
  }

  @Test("Ratings outside the layout's scale are refused")
  func ratingScale() {
    let csv = "userId,movieId,rating,timestamp\n"
    for bad in ["-1", "0", "6", "0.25", "4.75", "5.5"] {
      #expect(Self.located(csv + "1,2,\(bad),10\n") == "2:value", "ratings.csv \(bad)")
    }
    for good in ["0.5", "1", "3.5", "5.0"] {
      #expect(Self.error(csv + "1,2,\(good),10\n") == nil, "ratings.csv \(good)")
    }
    for bad in ["0", "6", "0.5", "3.5", "-1"] {
      #expect(Self.located("1\t2\t\(bad)\t10\n") == "1:value", "u.data \(bad)")
      #expect(Self.located("1::2::\(bad)::10\n") == "1:value", "ratings.dat \(bad)")
    }
    #expect(Self.error("1\t2\t1\t0\n2\t2\t5\t0\n") == nil)
    let message = Self.error("1::2::6::10\n")?.description ?? ""
    #expect(message.contains(":1: field 'value': expected a rating from 1 to 5 in whole stars"))
  }

  @Test("Negative or non-decimal timestamps are refused")
  func timestamps() {
    for bad in ["-5", "+5", " 5", "1.5", "", "-0"] {
      #expect(Self.located("1\t2\t3\t\(bad)\n") == "1:timestamp", "'\(bad)'")
    }
  }

  @Test("Identifiers: no control bytes, no invalid UTF-8, at most 256 bytes")
  func identifiers() {
    #expect(Self.located("1\u{0}2\t2\t3\t4\n") == "1:user")
    #expect(Self.located("1\t2\u{7F}\t3\t4\n") == "1:item")
    #expect(Self.located(String(repeating: "9", count: 257) + "\t2\t3\t4\n") == "1:user")
    #expect(Self.error(String(repeating: "9", count: 256) + "\t2\t3\t4\n") == nil)
    let huge = Self.error("1\t" + String(repeating: "x", count: 2_000_000) + "\t3\t4\n")?.description ?? ""
    #expect(huge.contains("field 'item': expected an identifier of at most 256 bytes, found '2000000 bytes'"))
    #expect(huge.count < 500)
    let nul = Self.error("1\t2\u{0}x\t3\t4\n")?.description ?? ""
    #expect(nul.contains("byte 0x00 at position 2 in 2\\x00x"))
  }

  @Test("ratings.csv needs its header, userId,movieId,rating,timestamp")
  func header() {
    #expect(Self.located("user,item,score,time\n1,2,3,4\n") == "1:header")
    #expect(Self.located("userId,movieId,rating\n1,2,3\n") == "1:header")
    #expect(
      Self.located("1,2,3,4\n", layout: .commaSeparatedWithHeader) == "1:header")
    #expect(Self.error("\u{FEFF}userId,movieId,rating,timestamp\n1,2,3,4\n") == nil)
  }

  @Test("A missing file is 'no such file'")
  func missingFile() {
    do {
      _ = try InteractionReader.read(path: "/nonexistent/ratings.csv")
      Issue.record("read a missing file")
    } catch {
      #expect(error.description == "/nonexistent/ratings.csv: no such file")
    }
  }
}
