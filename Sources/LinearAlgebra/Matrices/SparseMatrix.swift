/// A sparse `Float` matrix in compressed sparse row (CSR) form: the
/// interaction matrix of users × titles, or its transpose.
///
/// Row `r`'s entries are `columnIndices[rowStarts[r]..<rowStarts[r + 1]]`
/// with `values` at the same positions, columns ascending, no duplicates.
public struct SparseMatrix: Sendable, Equatable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// Offsets into ``columnIndices`` and ``values``; `rows + 1` entries.
  public let rowStarts: [Int]
  /// The column of each stored entry.
  public let columnIndices: [Int32]
  /// The value of each stored entry.
  public let values: [Float]

  /// The number of stored entries.
  public var nonZeroCount: Int { values.count }

  /// Creates a matrix from coordinate triples; duplicates (same row and
  /// column) are summed and every row's columns are sorted.
  ///
  /// - Complexity: O(n + rows) with a counting sort by row, then a sort of
  ///   each row's columns.
  public init(rows: Int, columns: Int, entries: [(row: Int, column: Int, value: Float)]) {
    precondition(rows >= 0 && columns >= 0, "matrix shape must not be negative")
    var counts = [Int](repeating: 0, count: rows + 1)
    for e in entries {
      precondition(e.row >= 0 && e.row < rows && e.column >= 0 && e.column < columns,
                   "entry (\(e.row), \(e.column)) outside a \(rows)×\(columns) matrix")
      counts[e.row + 1] += 1
    }
    for r in 0..<rows { counts[r + 1] += counts[r] }
    var cursor = counts
    var order = [Int](repeating: 0, count: entries.count)
    for (position, e) in entries.enumerated() {
      order[cursor[e.row]] = position
      cursor[e.row] += 1
    }
    var starts = [Int](repeating: 0, count: rows + 1)
    var indices: [Int32] = []
    var vals: [Float] = []
    indices.reserveCapacity(entries.count)
    vals.reserveCapacity(entries.count)
    for r in 0..<rows {
      // Stable sort keeps the input order of duplicates, so sums are reproducible.
      let rowEntries = order[counts[r]..<counts[r + 1]].sorted {
        (entries[$0].column, $0) < (entries[$1].column, $1)
      }
      for position in rowEntries {
        let e = entries[position]
        if let last = indices.last, indices.count > starts[r], Int(last) == e.column {
          vals[vals.count - 1] += e.value
        } else {
          indices.append(Int32(e.column))
          vals.append(e.value)
        }
      }
      starts[r + 1] = indices.count
    }
    self.init(rows: rows, columns: columns, rowStarts: starts, columnIndices: indices, values: vals)
  }

  /// Creates a matrix from CSR arrays that already satisfy the invariants.
  public init(rows: Int, columns: Int, rowStarts: [Int], columnIndices: [Int32], values: [Float]) {
    precondition(rowStarts.count == rows + 1 && columnIndices.count == values.count,
                 "CSR arrays do not match the shape")
    self.rows = rows
    self.columns = columns
    self.rowStarts = rowStarts
    self.columnIndices = columnIndices
    self.values = values
  }

  /// The range of stored positions of one row.
  public func range(ofRow row: Int) -> Range<Int> {
    rowStarts[row]..<rowStarts[row + 1]
  }

  /// The stored entries of one row as (column, value) pairs.
  public func entries(ofRow row: Int) -> [(column: Int, value: Float)] {
    range(ofRow: row).map { (Int(columnIndices[$0]), values[$0]) }
  }

  /// The number of stored entries in one row.
  public func count(ofRow row: Int) -> Int {
    rowStarts[row + 1] - rowStarts[row]
  }

  /// The largest number of stored entries in any row.
  public var maximumRowCount: Int {
    (0..<rows).reduce(0) { max($0, count(ofRow: $1)) }
  }

  /// The transpose, also in CSR form (so the CSC form of `self`).
  ///
  /// - Complexity: O(nonZeroCount + rows + columns).
  public func transposed() -> SparseMatrix {
    var starts = [Int](repeating: 0, count: columns + 1)
    for c in columnIndices { starts[Int(c) + 1] += 1 }
    for c in 0..<columns { starts[c + 1] += starts[c] }
    var cursor = starts
    var indices = [Int32](repeating: 0, count: nonZeroCount)
    var vals = [Float](repeating: 0, count: nonZeroCount)
    for r in 0..<rows {
      for p in range(ofRow: r) {
        let c = Int(columnIndices[p])
        indices[cursor[c]] = Int32(r)
        vals[cursor[c]] = values[p]
        cursor[c] += 1
      }
    }
    return SparseMatrix(rows: columns, columns: rows, rowStarts: starts, columnIndices: indices, values: vals)
  }

  /// A matrix of the same pattern with each value replaced by `transform(value)`.
  public func mapValues(_ transform: (Float) -> Float) -> SparseMatrix {
    SparseMatrix(rows: rows, columns: columns, rowStarts: rowStarts, columnIndices: columnIndices,
                 values: values.map(transform))
  }

  /// Entry (row, column), zero when not stored.
  ///
  /// - Complexity: O(log(entries in the row)).
  public subscript(row: Int, column: Int) -> Float {
    let r = range(ofRow: row)
    var lo = r.lowerBound, hi = r.upperBound
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(columnIndices[mid]) < column { lo = mid + 1 } else { hi = mid }
    }
    return lo < r.upperBound && Int(columnIndices[lo]) == column ? values[lo] : 0
  }
}
