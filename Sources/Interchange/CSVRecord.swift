import Foundation

/// One line of a CSV file as RFC 4180 writes it (the dialect Spark reads
/// and writes with `quote` and `escape` both `"`): fields separated by
/// commas, a field quoted when it holds a comma, a quote or a line break,
/// a quote inside a quoted field doubled.
struct CSVRecord: Sendable, Equatable {
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
  init(_ fields: [String]) { self.fields = fields }

  /// The line, quoted where needed, without a line break.
  var line: String {
    fields.map { field in
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.isEmpty
      else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",")
  }
}
