/// Splits one line of RFC 4180 CSV into fields: commas separate, a field
/// in double quotes may hold commas, and `""` inside quotes is one quote.
enum CSVLine {
  /// The fields of a line.
  ///
  /// - Throws: ``CatalogError/malformedLine(path:line:field:expected:found:)``
  ///   when a quoted field is not closed.
  static func fields(_ line: String, path: String, line number: Int) throws(CatalogError) -> [String] {
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
      throw .malformedLine(
        path: path, line: number, field: "field \(fields.count + 1)",
        expected: "a closing double quote", found: current)
    }
    fields.append(current)
    return fields
  }
}
