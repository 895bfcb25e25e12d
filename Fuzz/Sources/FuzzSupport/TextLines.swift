/// How the readers split a file into lines: on `\n`; a `\r` before it is
/// not part of the line; the text after the last `\n` is a line when it is
/// not empty. `count` of the result is the number of lines a reader sees.
public enum TextLines {
  /// The lines of `bytes`, without their terminators.
  public static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
    let all = Array(bytes)
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for index in all.indices where all[index] == 0x0A {
      lines.append(trimmed(all[start..<index]))
      start = index + 1
    }
    if start < all.count { lines.append(trimmed(all[start...])) }
    return lines
  }

  private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == 0x0D ? line.dropLast() : line
  }

  /// The number of lines of `text` as a YAML parser counts them, for
  /// checking that an error's line lies in the file: `\n`, `\r\n` and a
  /// lone `\r` each end a line, and so do NEL, LS and PS. (Generous: one more
  /// than the count of breaks, so the line after a final break is allowed.)
  public static func yamlLineCount(_ text: String) -> Int {
    var breaks = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: breaks += 1
      default: break
      }
    }
    return breaks + 1
  }

  /// Whether a YAML error at `line`:`column` is libyaml's end-of-stream
  /// position in a text that does not end with a line break: libyaml moves
  /// the end mark to the start of a line after the last, so a file of 20
  /// lines gets `21:1`. Tolerated (reported in the fuzzing note), so that a
  /// run goes on looking for other things.
  public static func isEndOfStreamPosition(line: Int, column: Int, in text: String) -> Bool {
    guard column == 1, let last = text.unicodeScalars.last else { return false }
    switch last.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return false
    default: return line == yamlLineCount(text) + 1
    }
  }
}
