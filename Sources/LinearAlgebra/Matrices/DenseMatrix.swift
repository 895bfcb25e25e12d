import COpenBLAS

/// A dense matrix of `Float` stored row by row (row-major), the layout every
/// factor matrix in Glasshouse uses: row `r` is one user's or one title's
/// vector.
public struct DenseMatrix: Sendable, Equatable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The entries, row after row; `storage[r * columns + c]` is entry (r, c).
  public var storage: [Float]

  /// Creates a matrix of the given shape filled with one value.
  public init(rows: Int, columns: Int, repeating value: Float = 0) {
    precondition(rows >= 0 && columns >= 0, "matrix shape must not be negative")
    self.rows = rows
    self.columns = columns
    self.storage = Array(repeating: value, count: rows * columns)
  }

  /// Creates a matrix from row-major entries.
  ///
  /// - Precondition: `storage.count == rows * columns`.
  public init(rows: Int, columns: Int, storage: [Float]) {
    precondition(storage.count == rows * columns, "storage holds \(storage.count) values, shape needs \(rows * columns)")
    self.rows = rows
    self.columns = columns
    self.storage = storage
  }

  /// Creates a matrix from an array of equally long rows.
  public init(_ rowArrays: [[Float]]) {
    let columns = rowArrays.first?.count ?? 0
    precondition(rowArrays.allSatisfy { $0.count == columns }, "rows differ in length")
    self.init(rows: rowArrays.count, columns: columns, storage: rowArrays.flatMap { $0 })
  }

  /// Entry (row, column).
  public subscript(row: Int, column: Int) -> Float {
    get { storage[row * columns + column] }
    set { storage[row * columns + column] = newValue }
  }

  /// A copy of one row.
  public func row(_ index: Int) -> [Float] {
    Array(storage[index * columns..<(index + 1) * columns])
  }

  /// Replaces one row.
  public mutating func setRow(_ index: Int, to values: [Float]) {
    precondition(values.count == columns, "row has \(values.count) values, matrix has \(columns) columns")
    storage.replaceSubrange(index * columns..<(index + 1) * columns, with: values)
  }

  /// The transpose.
  public func transposed() -> DenseMatrix {
    var result = DenseMatrix(rows: columns, columns: rows)
    for r in 0..<rows {
      for c in 0..<columns {
        result.storage[c * rows + r] = storage[r * columns + c]
      }
    }
    return result
  }

  /// The product `self × other` computed with BLAS `sgemm`.
  ///
  /// - Complexity: O(rows × columns × other.columns).
  public func multiplied(by other: DenseMatrix) -> DenseMatrix {
    precondition(columns == other.rows, "shapes \(rows)×\(columns) and \(other.rows)×\(other.columns) do not multiply")
    var result = DenseMatrix(rows: rows, columns: other.columns)
    guard rows > 0, other.columns > 0, columns > 0 else { return result }
    storage.withUnsafeBufferPointer { a in
      other.storage.withUnsafeBufferPointer { b in
        result.storage.withUnsafeMutableBufferPointer { c in
          cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans,
            Int32(rows), Int32(other.columns), Int32(columns),
            1, a.baseAddress, Int32(columns), b.baseAddress, Int32(other.columns),
            0, c.baseAddress, Int32(other.columns))
        }
      }
    }
    return result
  }

  /// The Gram matrix `selfᵀ × self` (columns × columns), computed with BLAS
  /// `ssyrk` and mirrored into a full symmetric matrix.
  ///
  /// - Complexity: O(rows × columns²).
  public func gram() -> DenseMatrix {
    var result = DenseMatrix(rows: columns, columns: columns)
    guard rows > 0, columns > 0 else { return result }
    storage.withUnsafeBufferPointer { a in
      result.storage.withUnsafeMutableBufferPointer { c in
        cblas_ssyrk(
          CblasRowMajor, CblasUpper, CblasTrans, Int32(columns), Int32(rows),
          1, a.baseAddress, Int32(columns), 0, c.baseAddress, Int32(columns))
        SymmetricMatrix.mirrorUpperToLower(c.baseAddress!, order: columns)
      }
    }
    return result
  }

  /// The sum of squares of all entries, accumulated in `Double`.
  public var squaredNorm: Double {
    storage.reduce(0) { $0 + Double($1) * Double($1) }
  }

  /// Whether every entry is finite (no NaN, no infinity).
  public var isFinite: Bool {
    storage.allSatisfy { $0.isFinite }
  }
}
