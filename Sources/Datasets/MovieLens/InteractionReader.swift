/// Reads interaction triples from MovieLens-layout files, streaming line by
/// line, with errors that name the file, line and field.
public enum InteractionReader {
  /// Reads every interaction of a file.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - layout: the layout, or `nil` to recognise it from the first line.
  /// - Throws: ``DatasetError`` for an unreadable file, an unknown layout,
  ///   a malformed line (with its number and field) or a file without data.
  public static func read(path: String, layout: InteractionFileLayout? = nil) throws(DatasetError) -> [Interaction] {
    var reader = try LineReader(path: path)
    var detected = layout
    var result: [Interaction] = []
    try reader.forEachLine { (bytes, number) throws(DatasetError) in
      if detected == nil {
        let first = String(decoding: bytes, as: UTF8.self)
        guard let found = InteractionFileLayout.detect(firstLine: first) else {
          throw .unknownLayout(path: path, firstLine: first)
        }
        detected = found
        if found.hasHeader { return }
      } else if number == 1, detected?.hasHeader == true {
        return
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      result.append(try parse(bytes, layout: detected!, path: path, line: number))
    }
    guard !result.isEmpty else { throw .empty(path: path) }
    return result
  }

  /// Parses one data line.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, layout: InteractionFileLayout, path: String, line: Int
  ) throws(DatasetError) -> Interaction {
    let fields = split(bytes, separator: layout.separator)
    let names = ["user", "item", "value", "timestamp"]
    guard fields.count >= 3 else {
      throw .malformedLine(
        path: path, line: line, field: names[fields.count], expected: "at least 3 fields (user, item, value)",
        found: String(decoding: bytes, as: UTF8.self))
    }
    let user = String(decoding: fields[0], as: UTF8.self)
    let item = String(decoding: fields[1], as: UTF8.self)
    for (name, text) in [("user", user), ("item", item)] where text.isEmpty {
      throw .malformedLine(path: path, line: line, field: name, expected: "an identifier", found: "")
    }
    let valueText = String(decoding: fields[2], as: UTF8.self)
    guard let value = Float(valueText), value.isFinite else {
      throw .malformedLine(path: path, line: line, field: "value", expected: "a finite number", found: valueText)
    }
    var timestamp: Int64 = 0
    if fields.count > 3 {
      let text = String(decoding: fields[3], as: UTF8.self)
      guard let t = Int64(text) else {
        throw .malformedLine(path: path, line: line, field: "timestamp", expected: "whole seconds since 1970", found: text)
      }
      timestamp = t
    }
    return Interaction(user: Label(user), item: Label(item), value: value, timestamp: timestamp)
  }

  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, separator: [UInt8]) -> [UnsafeBufferPointer<UInt8>] {
    var fields: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    var i = 0
    let n = bytes.count, m = separator.count
    while i + m <= n {
      var match = true
      for j in 0..<m where bytes[i + j] != separator[j] { match = false; break }
      if match {
        fields.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        i += m
        start = i
      } else {
        i += 1
      }
    }
    fields.append(UnsafeBufferPointer(rebasing: bytes[start..<n]))
    return fields
  }
}
