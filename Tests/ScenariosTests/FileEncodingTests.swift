import Catalog
import Foundation
import Testing

@testable import Scenarios

/// A scenario file that is not UTF-8 text is refused with the byte offset,
/// line and column of the first bad byte, and "UTF-16" when it starts with
/// a UTF-16 byte-order mark.
@Suite("File encoding: non-UTF-8, UTF-16 and binary scenario files")
struct FileEncodingTests {
  static func write(_ bytes: [UInt8]) throws -> String {
    let path = try ScenarioFiles.write("")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func message(_ bytes: [UInt8]) throws -> String {
    let path = try write(bytes)
    let errors = ScenarioLoader.validate(path: path)
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error.description.hasPrefix(path + ": "))
    return error.description
  }

  @Test("Latin-1 text: the offset, line and column of the first bad byte")
  func latin1() throws {
    let message = try Self.message(Array("name: A\ndescription: Caf".utf8) + [0xE9] + Array("\n".utf8))
    #expect(message.contains("byte 0xE9 is not valid UTF-8 at byte offset 24 (line 2, column 17)"))
  }

  @Test("a control character YAML refuses is named with its line and column, not reported at 1:1")
  func controlCharacter() throws {
    // From the fuzzer (Fuzz/Findings): U+0001 inside a persona id.
    let message = try Self.message(Array("name: A\npersonas:\n  - id: a".utf8) + [0x01] + Array("b\n".utf8))
    #expect(message.contains("the control character U+0001"), "\(message)")
    #expect(message.contains("(line 3, column 10)"), "\(message)")
    #expect(!message.contains(":1:1:"), "\(message)")
    // The text API says the same.
    let text = "name: A\npersonas:\n  - id: a\u{01}b\n"
    #expect(throws: ScenarioError.self) { try ScenarioLoader.parse(text, path: "s.yaml") }
    do { _ = try ScenarioLoader.parse(text, path: "s.yaml") } catch {
      #expect(error.description.contains("U+0001") && error.description.contains("(line 3, column 10)"), "\(error)")
    }
    // Tabs, line feeds and carriage returns are text.
    #expect(DocumentText.firstProblem(in: Array("a:\t1\r\nb: 2\n".utf8)) == nil)
  }

  @Test("UTF-16 with a byte-order mark says UTF-16, little- or big-endian")
  func utf16() throws {
    let text = ScenarioFiles.minimal()
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let littleMessage = try Self.message(little)
    #expect(littleMessage.contains("UTF-16 (little-endian) byte-order mark FF FE at byte offset 0"))
    #expect(littleMessage.contains("byte offset 0"))
    #expect(try Self.message(big).contains("UTF-16 (big-endian) byte-order mark FE FF"))
  }

  @Test("Binary data: the offset of the first NUL byte")
  func binary() throws {
    let message = try Self.message([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xFF])
    #expect(message.contains("a NUL byte (0x00)"))
    #expect(message.contains("byte offset 7 (line 1, column 8)"))
  }

  @Test("Truncated, overlong and surrogate sequences are bad bytes too")
  func invalidSequences() {
    let cases: [([UInt8], Int)] = [
      (Array("ab".utf8) + [0xE2, 0x82], 2),  // truncated €
      ([0x61, 0xC0, 0xAF], 1),  // overlong '/'
      ([0x61, 0x62, 0xED, 0xA0, 0x80], 2),  // UTF-16 surrogate
      ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
      (Array("é\n€\n".utf8) + [0xFF], 7),
    ]
    for (bytes, offset) in cases {
      #expect(DocumentText.firstProblem(in: bytes)?.offset == offset, "\(bytes)")
    }
    #expect(DocumentText.firstProblem(in: Array("é€😀 ok\n".utf8)) == nil)
    #expect(DocumentText.firstProblem(in: Array("é\n€x".utf8) + [0xFF])?.column == 3)
  }

  @Test("UTF-8 with a byte-order mark still loads")
  func utf8WithMark() throws {
    let path = try Self.write([0xEF, 0xBB, 0xBF] + Array(ScenarioFiles.minimal().utf8))
    #expect(ScenarioLoader.validate(path: path).isEmpty)
  }

  @Test("A catalog file that is UTF-16 says so too")
  func catalog() throws {
    let path = try Self.write([0xFF, 0xFE, 0x74, 0x00])
    let errors = CatalogFile.validate(path: path)
    #expect(errors.first?.description.contains("UTF-16") == true)
    #expect(errors.first?.description.contains("byte offset 0") == true)
  }
}
