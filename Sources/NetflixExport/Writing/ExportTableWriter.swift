import Support

/// One CSV file of an export being written: the header and rows, quoted as
/// RFC 4180 asks (Support's ``CSVRecord``), CRLF line ends as Netflix's
/// files have.
struct ExportTableWriter {
  let kind: ExportFileKind
  let header: [String]
  private(set) var rows: [[String]] = []

  init(_ kind: ExportFileKind, _ header: [String]) {
    self.kind = kind
    self.header = header
  }

  /// Adds a row, fields in header order.
  mutating func add(_ fields: [String]) { rows.append(fields) }

  /// Replaces a row.
  mutating func replace(row: Int, with fields: [String]) { rows[row] = fields }

  /// The file, in the export's layout.
  func file(under root: String) -> ExportFile {
    let lines = ([header] + rows).map { fields in
      CSVRecord(fields.map { $0 }).line.replacingEmptyQuotes()
    }
    let text = lines.joined(separator: "\r\n") + "\r\n"
    return ExportFile(path: kind.path, location: root + "/" + kind.path, bytes: Array(text.utf8))
  }
}

extension String {
  /// `CSVRecord.line` quotes an empty field (`""`); Netflix leaves it bare.
  func replacingEmptyQuotes() -> String {
    split(separator: ",", omittingEmptySubsequences: false).contains("\"\"")
      ? Self.unquoteEmpty(self) : self
  }

  /// Replaces each field that is exactly `""` by nothing, leaving quoted
  /// text alone.
  private static func unquoteEmpty(_ line: String) -> String {
    var out = ""
    var fieldStart = true
    var inQuotes = false
    var index = line.startIndex
    while index < line.endIndex {
      let c = line[index]
      if fieldStart && c == "\"" {
        let next = line.index(after: index)
        let after = next < line.endIndex ? line.index(after: next) : next
        if next < line.endIndex && line[next] == "\"" && (after == line.endIndex || line[after] == ",") {
          index = after
          fieldStart = false
          continue
        }
      }
      if c == "\"" { inQuotes.toggle() }
      fieldStart = !inQuotes && c == ","
      out.append(c)
      index = line.index(after: index)
    }
    return out
  }
}
