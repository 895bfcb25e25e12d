import COpenBLAS
import LinearAlgebra

/// A feature matrix split by column density for the classifier's two batch
/// products: columns with many nonzeros (taste vectors, rhythms) as a
/// compact dense block multiplied by BLAS `sgemm`, and the rest (one column
/// per title, each profile having watched a few dozen of thousands) in
/// compressed sparse rows, multiplied entry by entry.
///
/// With a 2,000-title catalog the title block is about 98% zeros; as dense
/// `sgemm` operands those zeros made the products memory-bound (the whole
/// n × d matrix read twice per objective evaluation). Split, a product costs
/// O(n·d_dense·C + nnz·C).
struct SplitFeatureMatrix {
  /// Rows (examples).
  let rows: Int
  /// Columns of the full matrix.
  let columns: Int
  /// The full matrix's column of each dense-block column, ascending.
  let denseColumns: [Int]
  /// rows × denseColumns.count, row-major.
  let dense: [Float]
  /// Row r's sparse entries are `sparseColumns[rowStart[r]..<rowStart[r+1]]`.
  let rowStart: [Int]
  /// The full matrix's column of each sparse entry.
  let sparseColumns: [Int32]
  /// The value of each sparse entry.
  let sparseValues: [Float]

  /// Splits a dense matrix: a column whose share of nonzero entries is at
  /// least `densityThreshold` goes to the dense block.
  init(_ x: DenseMatrix, densityThreshold: Double = 0.25) {
    rows = x.rows
    columns = x.columns
    var nonzeros = [Int](repeating: 0, count: x.columns)
    for r in 0..<x.rows {
      for c in 0..<x.columns where x.storage[r * x.columns + c] != 0 { nonzeros[c] += 1 }
    }
    let minimum = densityThreshold * Double(max(x.rows, 1))
    let denseColumns = (0..<x.columns).filter { Double(nonzeros[$0]) >= minimum }
    var isDense = [Bool](repeating: false, count: x.columns)
    for c in denseColumns { isDense[c] = true }
    var dense = [Float](repeating: 0, count: x.rows * denseColumns.count)
    var rowStart = [0]
    rowStart.reserveCapacity(x.rows + 1)
    var sparseColumns: [Int32] = []
    var sparseValues: [Float] = []
    for r in 0..<x.rows {
      let base = r * x.columns
      for (slot, c) in denseColumns.enumerated() { dense[r * denseColumns.count + slot] = x.storage[base + c] }
      for c in 0..<x.columns where !isDense[c] && x.storage[base + c] != 0 {
        sparseColumns.append(Int32(c))
        sparseValues.append(x.storage[base + c])
      }
      rowStart.append(sparseColumns.count)
    }
    self.denseColumns = denseColumns
    self.dense = dense
    self.rowStart = rowStart
    self.sparseColumns = sparseColumns
    self.sparseValues = sparseValues
  }

  /// `out = X W` (rows × classes) for W (columns × classes, row-major).
  func product(_ w: [Float], classes c: Int, into out: inout [Float]) {
    let k = denseColumns.count
    for i in 0..<(rows * c) { out[i] = 0 }
    if k > 0 && rows > 0 {
      var gathered = [Float](repeating: 0, count: k * c)
      for (slot, column) in denseColumns.enumerated() {
        for j in 0..<c { gathered[slot * c + j] = w[column * c + j] }
      }
      dense.withUnsafeBufferPointer { a in
        gathered.withUnsafeBufferPointer { b in
          out.withUnsafeMutableBufferPointer { z in
            cblas_sgemm(
              CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(c), Int32(k),
              1, a.baseAddress, Int32(k), b.baseAddress, Int32(c), 0, z.baseAddress, Int32(c))
          }
        }
      }
    }
    for r in 0..<rows {
      for p in rowStart[r]..<rowStart[r + 1] {
        let v = sparseValues[p]
        let base = Int(sparseColumns[p]) * c
        for j in 0..<c { out[r * c + j] += v * w[base + j] }
      }
    }
  }

  /// `out = scale · Xᵀ D` (columns × classes) for D (rows × classes).
  func transposedProduct(_ d: [Float], classes c: Int, scale: Float, into out: inout [Float]) {
    let k = denseColumns.count
    for i in 0..<(columns * c) { out[i] = 0 }
    if k > 0 && rows > 0 {
      var block = [Float](repeating: 0, count: k * c)
      dense.withUnsafeBufferPointer { a in
        d.withUnsafeBufferPointer { r in
          block.withUnsafeMutableBufferPointer { g in
            cblas_sgemm(
              CblasRowMajor, CblasTrans, CblasNoTrans, Int32(k), Int32(c), Int32(rows),
              scale, a.baseAddress, Int32(k), r.baseAddress, Int32(c), 0, g.baseAddress, Int32(c))
          }
        }
      }
      for (slot, column) in denseColumns.enumerated() {
        for j in 0..<c { out[column * c + j] = block[slot * c + j] }
      }
    }
    for r in 0..<rows {
      for p in rowStart[r]..<rowStart[r + 1] {
        let v = scale * sparseValues[p]
        let base = Int(sparseColumns[p]) * c
        for j in 0..<c { out[base + j] += v * d[r * c + j] }
      }
    }
  }
}
