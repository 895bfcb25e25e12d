import Foundation
import LinearAlgebra

/// One side's factor rows as a factor folder holds them: `index,id,f0,…`
/// lines, in one CSV file or in the `part-*.csv` files Spark writes into a
/// folder.
public struct FactorTable: Sendable {
  /// One factor row and where it was read.
  public struct Row: Sendable {
    /// The row's index in the matrix export.
    public let index: Int
    /// The row's id.
    public let id: String
    /// The factor vector.
    public let vector: [Float]
    /// The file and line it came from.
    public let path: String, line: Int
  }

  /// The rows, by increasing index.
  public let rows: [Row]
  /// The width of every row.
  public let rank: Int
  /// The file or folder read.
  public let path: String

  /// Reads a side: `path` is a CSV file or a folder of `part-*.csv` files
  /// (files starting with `_` or `.` — Spark's `_SUCCESS` and checksums —
  /// are skipped). The header must be `index,id,f0,…,f{rank−1}`.
  ///
  /// - Throws: ``InterchangeError`` naming the file, line and field: a
  ///   header of another width, a bad number, a repeated index.
  public static func read(path: String, rank: Int) throws(InterchangeError) -> FactorTable {
    let header = ["index", "id"] + (0..<rank).map { "f\($0)" }
    var rows: [Row] = []
    var firstLine: [Int: (String, Int)] = [:]
    for file in try files(at: path) {
      try CSVFile.read(path: file, header: { (found) throws(InterchangeError) in
        let width = found.count - 2
        if found.count >= 2, found[0] == "index", found[1] == "id", width != rank,
          found.dropFirst(2).enumerated().allSatisfy({ $1 == "f\($0)" })
        {
          throw .dimensionMismatch(
            path: file, line: 1, expected: rank, found: width, reason: "the header's factor columns differ from model.json's rank")
        }
        try CSVFile.expect(header: found, header, path: file)
      }) { (record, line) throws(InterchangeError) in
        if record.fields.count != header.count, record.fields.count > 2 {
          throw .dimensionMismatch(
            path: file, line: line, expected: rank, found: record.fields.count - 2,
            reason: "the row's width differs from model.json's rank")
        }
        try CSVFile.expect(count: header.count, record, header: header, path: file, line: line)
        let index = try CSVFile.index(record, 0, field: "index", path: file, line: line)
        if let (earlierFile, earlierLine) = firstLine[index] {
          throw .duplicateIndex(
            path: file, line: line, index: index, firstLine: earlierLine,
            firstPath: earlierFile == file ? nil : earlierFile)
        }
        firstLine[index] = (file, line)
        var vector = [Float](repeating: 0, count: rank)
        for f in 0..<rank {
          vector[f] = try CSVFile.number(record, f + 2, field: "f\(f)", path: file, line: line)
        }
        rows.append(Row(index: index, id: record.fields[1], vector: vector, path: file, line: line))
      }
    }
    rows.sort { $0.index < $1.index }
    return FactorTable(rows: rows, rank: rank, path: path)
  }

  /// The CSV files of a side, in name order.
  static func files(at path: String) throws(InterchangeError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .cannotAccess(path: path, reason: "no such file or folder")
    }
    guard isFolder.boolValue else { return [path] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .cannotAccess(path: path, reason: "cannot list the folder (\(error))")
    }
    let parts = names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && $0.hasSuffix(".csv") }.sorted()
    guard !parts.isEmpty else {
      throw .missingFile(folder: path, file: "part-*.csv file", hint: "the Spark job did not finish writing it")
    }
    return parts.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
  }

  /// The rows laid out in the order of a consumer's id map: row `r` of the
  /// result is the factor row whose index is `r`, which must carry the id
  /// `ids[r]`; indices without a factor row (Spark leaves out users and
  /// titles with no interactions) stay zero, as Glasshouse's own ALS leaves
  /// them.
  ///
  /// - Parameters:
  ///   - ids: the consumer's ids by index.
  ///   - map: what `ids` are, for messages ("the run's profiles").
  /// - Returns: the factors and the number of ids without a factor row.
  /// - Throws: ``InterchangeError/idMismatch(path:line:field:index:found:expected:map:)``.
  public func aligned(to ids: [String], map: String) throws(InterchangeError) -> (factors: DenseMatrix, missing: Int) {
    var factors = DenseMatrix(rows: ids.count, columns: rank)
    for row in rows {
      guard row.index < ids.count, ids[row.index] == row.id else {
        throw .idMismatch(
          path: row.path, line: row.line, field: "id", index: row.index, found: row.id,
          expected: row.index < ids.count ? ids[row.index] : nil, map: map)
      }
      factors.setRow(row.index, to: row.vector)
    }
    return (factors, ids.count - rows.count)
  }
}
