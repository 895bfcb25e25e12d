// Copies of the two CSV readers Glasshouse had before Support/Reading/CSVRecord.swift
// (Catalog/MovieLens/CSVLine.swift and Interchange/CSVRecord.swift at e9a87c7),
// renamed, for Tools/csv-measurement/run.sh to compare against.
/// Splits one line of RFC 4180 CSV into fields: commas separate, a field
/// in double quotes may hold commas, and `""` inside quotes is one quote.
enum OldCatalogCSVLine {
  /// The fields of a line.
  ///
  /// - Throws: ``CatalogError/malformedLine(path:line:field:expected:found:)``
  ///   when a quoted field is not closed.
  static func fields(_ line: String, path: String, line number: Int) throws(Failure) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    var atFieldStart = true
    while let character = iterator.next() {
      if quoted {
        if character == "\"" {
          // Either the closing quote or the first of an escaped pair.
          var lookahead = iterator
          if lookahead.next() == "\"" {
            current.append("\"")
            iterator = lookahead
          } else {
            quoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "," {
        fields.append(current)
        current = ""
        atFieldStart = true
        continue
      } else if character == "\"" && atFieldStart {
        quoted = true
      } else {
        current.append(character)
      }
      atFieldStart = false
    }
    guard !quoted else {
      throw Failure()
    }
    fields.append(current)
    return fields
  }
}


/// One line of a CSV file as RFC 4180 writes it (the dialect Spark reads
/// and writes with `quote` and `escape` both `"`): fields separated by
/// commas, a field quoted when it holds a comma, a quote or a line break,
/// a quote inside a quoted field doubled.
struct OldInterchangeCSVRecord: Sendable, Equatable {
  /// The fields, unquoted.
  var fields: [String]

  /// Splits one line; `nil` when a quoted field is not closed.
  ///
  /// - Complexity: O(line length).
  init?(parsing line: Substring) {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var index = line.startIndex
    var atFieldStart = true
    while index < line.endIndex {
      let c = line[index]
      if quoted {
        if c == "\"" {
          let next = line.index(after: index)
          if next < line.endIndex, line[next] == "\"" {
            field.append("\"")
            index = next
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" && atFieldStart {
        quoted = true
      } else if c == "," {
        fields.append(field)
        field = ""
        atFieldStart = true
        index = line.index(after: index)
        continue
      } else if c != "\r" {
        field.append(c)
      }
      atFieldStart = false
      index = line.index(after: index)
    }
    guard !quoted else { return nil }
    fields.append(field)
    self.fields = fields
  }

  /// A record from fields.
  init(fields: [String]) { self.fields = fields }

  /// The line, quoted where needed, without a line break.
  var line: String {
    fields.map { field in
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.isEmpty
      else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",")
  }
}
