import Support

/// Reads interaction triples from MovieLens-layout files, streaming line by
/// line, with errors that name the file, line and field.
///
/// Each line must be what its layout allows (``InteractionFileLayout``):
/// exactly four fields; user and item identifiers of 1 to
/// ``maximumIdentifierBytes`` bytes of UTF-8 text without control
/// characters; a rating on the layout's scale; a timestamp in whole
/// seconds from 0. The first line that is not is reported.
public enum InteractionReader {
  /// The longest accepted user or item identifier, in bytes (as for event
  /// log identifiers).
  public static let maximumIdentifierBytes = 256

  /// Reads every interaction of a file.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - layout: the layout, or `nil` to recognise it from the first line.
  /// - Throws: ``DatasetError`` for an unreadable file, an unknown layout,
  ///   a wrong header, a line the layout does not allow (with its number
  ///   and field) or a file without data.
  public static func read(path: String, layout: InteractionFileLayout? = nil) throws(DatasetError) -> [Interaction] {
    var reader: LineReader
    do throws(FileOpenError) { reader = try LineReader(path: path) } catch { throw DatasetError(error) }
    var detected = layout
    var result: [Interaction] = []
    try reader.forEachLine { (bytes, number) throws(DatasetError) in
      if number == 1 {
        let first = String(decoding: dropByteOrderMark(bytes), as: UTF8.self)
        if detected == nil {
          guard let found = InteractionFileLayout.detect(firstLine: first) else {
            throw .unknownLayout(path: path, firstLine: first)
          }
          detected = found
        }
        if let header = detected?.header {
          guard first == header else {
            throw .malformedLine(
              path: path, line: 1, field: "header", expected: "the header '\(header)'",
              found: shown(dropByteOrderMark(bytes)))
          }
          return
        }
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
    let names = InteractionFileLayout.fieldNames
    guard fields.count == 4 else {
      if fields.count > 4 {
        throw .malformedLine(
          path: path, line: line, field: "timestamp",
          expected: "4 fields (user, item, value, timestamp) and nothing after the timestamp",
          found: "\(fields.count) fields: \(shown(bytes))")
      }
      throw .malformedLine(
        path: path, line: line, field: names[fields.count],
        expected: "4 fields (user, item, value, timestamp)",
        found: "\(fields.count) field\(fields.count == 1 ? "" : "s"): \(shown(bytes))")
    }
    let user = try identifier(fields[0], field: "user", path: path, line: line)
    let item = try identifier(fields[1], field: "item", path: path, line: line)
    let valueText = String(decoding: fields[2], as: UTF8.self)
    guard let value = Float(valueText), value.isFinite else {
      throw .malformedLine(
        path: path, line: line, field: "value", expected: "a finite number", found: shown(fields[2]))
    }
    guard layout.allows(rating: value) else {
      throw .malformedLine(
        path: path, line: line, field: "value",
        expected: "\(layout.ratingScale) (the \(layout.rawValue) layout)", found: valueText)
    }
    guard let timestamp = Int64(String(decoding: fields[3], as: UTF8.self)), timestamp >= 0,
      fields[3].first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
    else {
      throw .malformedLine(
        path: path, line: line, field: "timestamp",
        expected: "whole seconds since 1970, from 0", found: shown(fields[3]))
    }
    return Interaction(user: Label(user), item: Label(item), value: value, timestamp: timestamp)
  }

  /// A user or item identifier: 1 to ``maximumIdentifierBytes`` bytes of
  /// UTF-8 without control characters.
  private static func identifier(
    _ bytes: UnsafeBufferPointer<UInt8>, field: String, path: String, line: Int
  ) throws(DatasetError) -> String {
    guard !bytes.isEmpty else {
      throw .malformedLine(path: path, line: line, field: field, expected: "an identifier", found: "")
    }
    guard bytes.count <= maximumIdentifierBytes else {
      throw .malformedLine(
        path: path, line: line, field: field,
        expected: "an identifier of at most \(maximumIdentifierBytes) bytes", found: "\(bytes.count) bytes")
    }
    if let offset = bytes.firstIndex(where: { $0 < 0x20 || $0 == 0x7F }) {
      throw .malformedLine(
        path: path, line: line, field: field, expected: "an identifier without control characters",
        found: "byte 0x\(hex(bytes[offset])) at position \(offset + 1) in \(shown(bytes))")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .malformedLine(
        path: path, line: line, field: field, expected: "an identifier in UTF-8 text",
        found: "invalid UTF-8: \(shown(bytes))")
    }
    return text
  }

  /// Bytes as an error message shows them: at most 80 bytes (60 and the
  /// length when longer), control characters written as `\xNN`.
  static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let cut = bytes.count > 80
    var text = ""
    for scalar in String(decoding: bytes.prefix(cut ? 60 : 80), as: UTF8.self).unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F {
        text += "\\x" + hex(UInt8(scalar.value))
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return cut ? text + "… (\(bytes.count) bytes)" : text
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
  }

  private static func dropByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
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
