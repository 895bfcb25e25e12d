import Foundation

/// Decodes a document file's bytes as UTF-8 text, or says where and why it
/// is not text: the byte offset, line and column of the first bad byte,
/// and "UTF-16" when the file starts with a UTF-16 byte-order mark.
package enum DocumentText {
  /// Why a file's bytes are not UTF-8 text, and where.
  package struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The offset of the first bad byte, from 0.
    package var offset: Int
    /// The line of that byte, from 1.
    package var line: Int
    /// Its column, in characters from 1.
    package var column: Int
    /// What is wrong, in words.
    package var reason: String
    /// Whether the text is UTF-8 but holds a control character YAML does
    /// not allow.
    package var isControlCharacter = false

    /// A message a person can act on: what the file is and where.
    package var description: String {
      isControlCharacter
        ? "the file holds \(reason), which YAML does not allow, at byte offset \(offset) (line \(line), column \(column)); "
          + "remove it"
        : "the file is not UTF-8 text: \(reason) at byte offset \(offset) (line \(line), column \(column)); "
          + "save it as UTF-8"
    }
  }

  /// The text of a UTF-8 file (a UTF-8 byte-order mark is dropped).
  ///
  /// - Throws: ``Problem`` at the first byte that is not valid UTF-8, at a
  ///   NUL byte (binary data), or at offset 0 for a UTF-16 byte-order mark.
  /// - Complexity: O(bytes).
  package static func decode(_ data: Data) throws(Problem) -> String {
    let bytes = [UInt8](data)
    if let problem = firstProblem(in: bytes) { throw problem }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// The first reason `bytes` are not UTF-8 text, or `nil` when they are.
  package static func firstProblem(in bytes: [UInt8]) -> Problem? {
    if bytes.starts(with: [0xFF, 0xFE]) {
      return Problem(
        offset: 0, line: 1, column: 1,
        reason: "a UTF-16 (little-endian) byte-order mark FF FE")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return Problem(
        offset: 0, line: 1, column: 1,
        reason: "a UTF-16 (big-endian) byte-order mark FE FF")
    }
    var line = 1
    var column = 1
    var control: Problem?
    var i = 0
    let n = bytes.count
    while i < n {
      let lead = bytes[i]
      let length = sequenceLength(bytes, at: i)
      guard length > 0 else {
        let hex = "0x" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
        let reason =
          lead == 0
          ? "a NUL byte (0x00), so it looks binary"
            + (i % 2 == 1 || (i + 1 < n && bytes[i + 1] != 0) ? " or UTF-16 without a byte-order mark" : "")
          : "byte \(hex) is not valid UTF-8"
        return Problem(offset: i, line: line, column: column, reason: reason)
      }
      // C0 controls other than tab, line feed and carriage return, and DEL:
      // YAML's reader refuses them without saying where. Reported when the
      // bytes are otherwise text (a binary file's NUL says more).
      if control == nil, (lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D) || lead == 0x7F {
        let hex = String(lead, radix: 16, uppercase: true).leftPadded(to: 4)
        control = Problem(
          offset: i, line: line, column: column, reason: "the control character U+\(hex)", isControlCharacter: true)
      }
      if lead == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      i += length
    }
    return control
  }

  /// The length of the valid UTF-8 sequence at `i` (1 to 4), or 0 when the
  /// bytes there are not one (a NUL counts as not one: text has none).
  /// Overlong forms, surrogates and code points above U+10FFFF are invalid.
  private static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
    let lead = b[i]
    if lead == 0 { return 0 }
    if lead < 0x80 { return 1 }
    func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      i + k < b.count && range.contains(b[i + k])
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
