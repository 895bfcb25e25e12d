import Support

/// A CSV file of an export split into its header and records: RFC 4180 as
/// Netflix writes it (a UTF-8 byte-order mark tolerated, CRLF or LF line
/// ends, quoted fields holding commas, quotes and line breaks). Each record
/// is split by Support's ``CSVRecord``, the package's one CSV reader; this
/// type only finds where records begin and end, since a quoted line break
/// continues a record on the next line.
public struct CSVTable: Sendable {
  /// The file, for messages.
  public let location: String
  /// The header's column names, as written (trimmed).
  public let header: [String]
  /// The records after the header, blank lines left out.
  public let records: [Record]

  /// One record: the line it starts on, its fields, its text as written.
  public struct Record: Sendable {
    /// The 1-based line the record starts on.
    public let line: Int
    /// The fields, unquoted; `nil` when a quote in the record is unbalanced.
    public let fields: [String]?
    /// The record as written, for the rejects file.
    public let text: String
  }

  /// Splits a file.
  ///
  /// - Throws: ``NetflixExportError/notUTF8(path:line:column:)``,
  ///   ``NetflixExportError/noHeader(path:)`` or
  ///   ``NetflixExportError/unclosedQuote(path:line:)``.
  /// - Complexity: O(file size).
  public init(bytes input: [UInt8], location: String) throws(NetflixExportError) {
    self.location = location
    var bytes = input[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let (line, column) = Self.firstInvalidUTF8(bytes) {
      throw .notUTF8(path: location, line: line, column: column)
    }
    var records: [Record] = []
    var start = bytes.startIndex
    var startLine = 1
    var line = 1
    var inQuotes = false
    var index = bytes.startIndex
    func finish(_ end: Int) {
      var slice = bytes[start..<end]
      if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
      if !slice.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
        let fields = slice.withContiguousStorageIfAvailable { buffer in
          try? CSVRecord(parsing: buffer).fields
        } ?? (try? CSVRecord(parsing: String(decoding: slice, as: UTF8.self)).fields)
        records.append(Record(line: startLine, fields: fields, text: String(decoding: slice, as: UTF8.self)))
      }
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if byte == UInt8(ascii: "\n") {
        if !inQuotes {
          finish(index)
          start = index + 1
          startLine = line + 1
        }
        line += 1
      }
      index += 1
    }
    if inQuotes { throw .unclosedQuote(path: location, line: startLine) }
    finish(bytes.endIndex)
    guard let first = records.first, let names = first.fields else { throw .noHeader(path: location) }
    header = names.map(\.trimmedField)
    self.records = Array(records.dropFirst())
  }

  /// The line and column (in Unicode scalars) of the first byte that is
  /// not UTF-8, or `nil` when all are.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int)? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return nil
      case .error:
        return (line, column)
      }
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmedField: String {
    var slice = self[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
