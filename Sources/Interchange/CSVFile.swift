import Datasets
import Support
import Foundation

/// Reading and writing the CSV files of an export or a factor folder, in
/// constant memory.
enum CSVFile {
  /// Calls `header` with the first line's fields, then `body` with every
  /// further record and its 1-based line number. Empty lines are skipped.
  ///
  /// - Throws: ``InterchangeError`` for an unreadable file, a missing
  ///   header, an unclosed quote, or whatever `header` or `body` throw.
  static func read(
    path: String, header check: ([String]) throws(InterchangeError) -> Void,
    _ body: (CSVRecord, Int) throws(InterchangeError) -> Void
  ) throws(InterchangeError) {
    var reader: LineReader
    do {
      reader = try LineReader(path: path)
    } catch {
      throw .cannotAccess(path: path, reason: "cannot be read (\(error))")
    }
    var header: [String]?
    try reader.forEachLine { (bytes, line) throws(InterchangeError) in
      guard !bytes.isEmpty else { return }
      let text = String(decoding: bytes, as: UTF8.self)
      guard let record = try? CSVRecord(parsing: bytes) else {
        throw .malformedLine(
          path: path, line: line, field: "quote", expected: "a closing quote before the end of the line", found: text)
      }
      if header == nil {
        header = record.fields
        try check(record.fields)
      } else {
        try body(record, line)
      }
    }
    guard header != nil else {
      throw .malformedLine(path: path, line: 1, field: "header", expected: "a header line", found: "")
    }
  }

  /// Reads a file whose header must be exactly `expected`.
  static func read(
    path: String, expecting expected: [String], _ body: (CSVRecord, Int) throws(InterchangeError) -> Void
  ) throws(InterchangeError) {
    try read(path: path, header: { (found) throws(InterchangeError) in
      try expect(header: found, expected, path: path)
    }, body)
  }

  /// Checks a header against the expected column names.
  static func expect(header: [String], _ expected: [String], path: String) throws(InterchangeError) {
    guard header == expected else {
      throw .malformedLine(
        path: path, line: 1, field: "header", expected: "`\(expected.joined(separator: ","))`",
        found: header.joined(separator: ","))
    }
  }

  /// Parses a non-negative whole number field.
  static func index(_ record: CSVRecord, _ position: Int, field: String, path: String, line: Int)
    throws(InterchangeError) -> Int
  {
    guard let value = Int(record.fields[position]), value >= 0 else {
      throw .malformedLine(
        path: path, line: line, field: field, expected: "a whole number ≥ 0", found: record.fields[position])
    }
    return value
  }

  /// Parses a finite number field.
  static func number(_ record: CSVRecord, _ position: Int, field: String, path: String, line: Int)
    throws(InterchangeError) -> Float
  {
    guard let value = Float(record.fields[position]), value.isFinite else {
      throw .malformedLine(
        path: path, line: line, field: field, expected: "a finite number", found: record.fields[position])
    }
    return value
  }

  /// Checks a record's field count.
  static func expect(count: Int, _ record: CSVRecord, header: [String], path: String, line: Int)
    throws(InterchangeError)
  {
    guard record.fields.count == count else {
      throw .malformedLine(
        path: path, line: line, field: "columns",
        expected: "\(count) comma-separated fields (\(header.prefix(4).joined(separator: ","))\(count > 4 ? ",…" : ""))",
        found: "\(record.fields.count) fields")
    }
  }
}

/// A text file written in 1 MiB pieces.
///
/// `final class`: owns the open file handle and closes it once.
final class TextFileWriter {
  private let handle: FileHandle
  private let path: String
  private var pending = ""

  /// Creates (or truncates) the file.
  init(path: String) throws(InterchangeError) {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw .cannotAccess(path: path, reason: "cannot be written") }
    self.handle = handle
    self.path = path
  }

  /// Appends a line (a line break is added).
  func write(line: String) throws(InterchangeError) {
    pending += line
    pending += "\n"
    if pending.utf8.count >= 1 << 20 { try flush() }
  }

  /// Writes what is pending and closes the file.
  func close() throws(InterchangeError) {
    try flush()
    try? handle.close()
  }

  private func flush() throws(InterchangeError) {
    do {
      try handle.write(contentsOf: Data(pending.utf8))
    } catch {
      throw .cannotAccess(path: path, reason: "cannot be written (\(error))")
    }
    pending = ""
  }
}
