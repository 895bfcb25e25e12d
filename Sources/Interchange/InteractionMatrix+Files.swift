import Foundation
import LinearAlgebra
import Support

extension InteractionMatrix {
  /// The file names of an export folder.
  public enum FileName {
    /// `user,item,value` with integer indices: what Spark reads.
    public static let interactions = "interactions.csv"
    /// `index,id` of the rows.
    public static let users = "users.csv"
    /// `index,id` of the columns.
    public static let items = "items.csv"
    /// The ``MatrixManifest``.
    public static let manifest = "matrix.json"
  }

  /// Writes the export folder (created if needed): `interactions.csv`
  /// (header `user,item,value`, one line per stored entry, integer
  /// indices), `users.csv` and `items.csv` (header `index,id`), and
  /// `matrix.json`.
  ///
  /// - Throws: ``InterchangeError/cannotAccess(path:reason:)``.
  /// - Complexity: O(entries), constant memory beyond the matrix.
  public func write(to folder: String) throws(InterchangeError) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotAccess(path: folder, reason: "cannot create the folder (\(error))")
    }
    let base = URL(fileURLWithPath: folder)
    let interactions = try TextFileWriter(path: base.appendingPathComponent(FileName.interactions).path)
    try interactions.write(line: "user,item,value")
    for row in 0..<values.rows {
      for position in values.range(ofRow: row) {
        try interactions.write(line: "\(row),\(values.columnIndices[position]),\(values.values[position])")
      }
    }
    try interactions.close()
    for (name, ids) in [(FileName.users, userIDs), (FileName.items, itemIDs)] {
      let writer = try TextFileWriter(path: base.appendingPathComponent(name).path)
      try writer.write(line: "index,id")
      for (index, id) in ids.enumerated() { try writer.write(line: CSVRecord([String(index), id]).line) }
      try writer.close()
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let path = base.appendingPathComponent(FileName.manifest).path
    do {
      try (encoder.encode(manifest) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
    } catch {
      throw .cannotAccess(path: path, reason: "cannot be written (\(error))")
    }
  }

  /// Reads an export folder back, checking every line: indices within the
  /// id maps, finite values, the maps numbered 0, 1, 2, … in order.
  ///
  /// - Throws: ``InterchangeError`` naming the file, line and field.
  public static func read(from folder: String) throws(InterchangeError) -> InteractionMatrix {
    let base = URL(fileURLWithPath: folder)
    for name in [FileName.interactions, FileName.users, FileName.items, FileName.manifest]
    where !FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path) {
      throw .missingFile(
        folder: folder, file: name, hint: "write an export with `glasshouse matrix export --out \(folder)`")
    }
    let manifestPath = base.appendingPathComponent(FileName.manifest).path
    let manifest: MatrixManifest
    do {
      manifest = try JSONDecoder().decode(MatrixManifest.self, from: Data(contentsOf: URL(fileURLWithPath: manifestPath)))
    } catch {
      throw .malformedManifest(path: manifestPath, reason: "not an interaction-matrix description (\(error))")
    }
    let users = try readIDMap(base.appendingPathComponent(FileName.users).path)
    let items = try readIDMap(base.appendingPathComponent(FileName.items).path)
    let path = base.appendingPathComponent(FileName.interactions).path
    var entries: [(row: Int, column: Int, value: Float)] = []
    try CSVFile.read(path: path, expecting: ["user", "item", "value"]) { (record, line) throws(InterchangeError) in
      try CSVFile.expect(count: 3, record, header: ["user", "item", "value"], path: path, line: line)
      let user = try CSVFile.index(record, 0, field: "user", path: path, line: line)
      guard user < users.count else {
        throw .malformedLine(
          path: path, line: line, field: "user", expected: "an index below \(users.count) (users.csv)",
          found: record.fields[0])
      }
      let item = try CSVFile.index(record, 1, field: "item", path: path, line: line)
      guard item < items.count else {
        throw .malformedLine(
          path: path, line: line, field: "item", expected: "an index below \(items.count) (items.csv)",
          found: record.fields[1])
      }
      let value = try CSVFile.number(record, 2, field: "value", path: path, line: line)
      entries.append((user, item, value))
    }
    var matrix = InteractionMatrix(
      userIDs: users, itemIDs: items, values: SparseMatrix(rows: users.count, columns: items.count, entries: entries),
      source: manifest.source, settings: manifest.settings)
    matrix.manifest = manifest
    matrix.manifest.entries = matrix.values.nonZeroCount
    return matrix
  }

  /// Reads `index,id` lines numbered 0, 1, 2, … in order.
  static func readIDMap(_ path: String) throws(InterchangeError) -> [String] {
    var ids: [String] = []
    try CSVFile.read(path: path, expecting: ["index", "id"]) { (record, line) throws(InterchangeError) in
      try CSVFile.expect(count: 2, record, header: ["index", "id"], path: path, line: line)
      let index = try CSVFile.index(record, 0, field: "index", path: path, line: line)
      guard index == ids.count else {
        throw .malformedLine(
          path: path, line: line, field: "index", expected: "\(ids.count) (indices in order from 0)",
          found: record.fields[0])
      }
      ids.append(record.fields[1])
    }
    return ids
  }
}
