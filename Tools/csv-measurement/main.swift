
import Foundation
struct Failure: Error {}
// The measurement behind Support/Reading/CSVRecord.swift: the two CSV
// readers Glasshouse had (Catalog's CSVLine, Interchange's CSVRecord) and the
// one that replaced them, each splitting every line of a file 5 times.
// Build and run: Tools/csv-measurement/run.sh FILE...
func time(_ name: String, _ lines: [String], _ body: (String) -> Int) {
  var best = Double.infinity
  var total = 0
  for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    total = 0
    for line in lines { total &+= body(line) }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  print("  \(name): \(String(format: "%.1f", best)) ms (fields: \(total))")
}
for path in CommandLine.arguments.dropFirst() {
  let text = try! String(contentsOfFile: path, encoding: .utf8)
  let lines = text.split(whereSeparator: \.isNewline).map(String.init)
  print("\(path): \(lines.count) lines, best of 5")
  time("Catalog CSVLine (before)", lines) { (try? OldCatalogCSVLine.fields($0, path: "", line: 0).count) ?? 0 }
  time("Interchange CSVRecord (before)", lines) { OldInterchangeCSVRecord(parsing: Substring($0))?.fields.count ?? 0 }
  time("Support CSVRecord (after)", lines) { (try? CSVRecord(parsing: $0).fields.count) ?? 0 }
  var same = true
  for line in lines where (try? CSVRecord(parsing: line).fields) != OldInterchangeCSVRecord(parsing: Substring(line))?.fields { same = false }
  for line in lines where (try? CSVRecord(parsing: line).fields) != (try? OldCatalogCSVLine.fields(line, path: "", line: 0)) { same = false }
  print("  same fields from all three: \(same)")
}
// Edge cases the three must agree on.
for line in ["", ",", "a,", "\"a,b\",c", "\"say \"\"hi\"\"\",x", "\"ab\"cd,e", "\"ab\"c\"d\",e", "a\"b,c", "x\ry,\"p\rq\"", "\"open", "a,\"open"] {
  let new = try? CSVRecord(parsing: line).fields
  let old = OldInterchangeCSVRecord(parsing: Substring(line))?.fields
  if new != old { print("differs from Interchange's on \(line.debugDescription): \(String(describing: new)) vs \(String(describing: old))") }
}
