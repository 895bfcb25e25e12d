/// One line of a CSV file as RFC 4180 writes it (the dialect Spark reads
/// and writes with `quote` and `escape` both `"`, and MovieLens's
/// `movies.csv`): fields separated by commas, a field quoted when it holds a
/// comma, a quote or a line break, a quote inside a quoted field doubled. A
/// carriage return outside quotes is dropped.
///
/// The one CSV reader of the package (MovieLens catalogs, factor and matrix
/// folders). It works on the line's UTF-8 bytes, since every character with
/// a meaning in CSV is ASCII, and copies an unquoted field straight from the
/// bytes. Measured here on ml-latest-small (best of 5, `-O`): `movies.csv`
/// (9,743 lines) 2.5 ms against 17.3 ms (Catalog's former `CSVLine`) and
/// 22.7 ms (Interchange's former `CSVRecord`); `ratings.csv` (100,837 lines)
/// 16.7 ms against 78.2 and 95.3 ms, with the same fields from all three.
/// `Tools/csv-measurement/run.sh` repeats the measurement.
public struct CSVRecord: Sendable, Equatable {
  /// A quoted field that is not closed before the end of the line.
  public struct UnclosedQuote: Error, Equatable, Sendable {
    /// The 1-based position of the field.
    public let field: Int
    /// What the field held up to the end of the line, unquoted.
    public let text: String
  }

  /// The fields, unquoted.
  public var fields: [String]

  /// A record from fields.
  public init(_ fields: [String]) { self.fields = fields }

  /// Splits one line (without its line break).
  ///
  /// - Throws: ``UnclosedQuote`` when a quoted field is not closed.
  /// - Complexity: O(line length).
  public init(parsing line: String) throws(UnclosedQuote) {
    var line = line
    let result = line.withUTF8 { bytes in
      Result { () throws(UnclosedQuote) in try CSVRecord(parsing: bytes) }
    }
    self = try result.get()
  }

  /// Splits one line given as UTF-8 bytes (without its line break), as
  /// ``LineReader`` hands them out.
  ///
  /// - Throws: ``UnclosedQuote`` when a quoted field is not closed.
  /// - Complexity: O(line length).
  public init(parsing bytes: UnsafeBufferPointer<UInt8>) throws(UnclosedQuote) {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), carriageReturn = UInt8(ascii: "\r")
    var fields: [String] = []
    var index = 0
    let end = bytes.count
    var scratch: [UInt8] = []
    while true {
      if index < end && bytes[index] == quote {
        // A quoted field: copy up to the closing quote, `""` as one quote.
        scratch.removeAll(keepingCapacity: true)
        index += 1
        var closed = false
        while index < end {
          let byte = bytes[index]
          index += 1
          if byte == quote {
            if index < end && bytes[index] == quote {
              scratch.append(quote)
              index += 1
            } else {
              closed = true
              break
            }
          } else {
            scratch.append(byte)
          }
        }
        guard closed else {
          throw UnclosedQuote(field: fields.count + 1, text: String(decoding: scratch, as: UTF8.self))
        }
        // Text after the closing quote belongs to the same field, quotes
        // in it taken literally.
        while index < end && bytes[index] != comma {
          if bytes[index] != carriageReturn { scratch.append(bytes[index]) }
          index += 1
        }
        fields.append(String(decoding: scratch, as: UTF8.self))
      } else {
        // An unquoted field: everything up to the next comma.
        let start = index
        var hasCarriageReturn = false
        while index < end && bytes[index] != comma {
          if bytes[index] == carriageReturn { hasCarriageReturn = true }
          index += 1
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        fields.append(
          hasCarriageReturn
            ? String(decoding: slice.filter { $0 != carriageReturn }, as: UTF8.self)
            : String(decoding: slice, as: UTF8.self))
      }
      guard index < end else { break }
      index += 1  // the comma
    }
    self.fields = fields
  }

  /// The line, quoted where needed (an empty field too), without a line
  /// break.
  public var line: String {
    fields.map { field in
      guard field.isEmpty || field.utf8.contains(where: Self.needsQuotes) else { return field }
      var quoted = "\""
      for character in field {
        quoted.append(character)
        if character == "\"" { quoted.append("\"") }
      }
      return quoted + "\""
    }.joined(separator: ",")
  }

  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
