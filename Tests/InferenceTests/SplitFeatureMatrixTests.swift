import LinearAlgebra
import Testing

@testable import Inference

@Suite("Feature matrix split into dense and sparse columns")
struct SplitFeatureMatrixTests {
  /// 40 rows: 5 dense columns, 60 columns that are 0 or 1 with 5% ones, and
  /// one column of zeros.
  static func matrix() -> DenseMatrix {
    var random = SeededGenerator(seed: 12)
    let rows = 40, columns = 66
    var x = DenseMatrix(rows: rows, columns: columns)
    for r in 0..<rows {
      for c in 0..<5 { x.storage[r * columns + c] = Float(random.nextGaussian()) }
      for c in 5..<65 where random.nextUnitDouble() < 0.05 { x.storage[r * columns + c] = 1 }
    }
    return x
  }

  @Test("X·W and scale·Xᵀ·D equal naive triple loops over the dense matrix")
  func products() {
    let x = Self.matrix()
    let split = SplitFeatureMatrix(x)
    #expect(split.denseColumns == [0, 1, 2, 3, 4])
    #expect(split.sparseValues.count == x.storage[0..<(x.rows * x.columns)].filter { $0 != 0 }.count - 5 * x.rows)
    var random = SeededGenerator(seed: 3)
    let c = 3
    let w = (0..<(x.columns * c)).map { _ in Float(random.nextGaussian()) }
    let d = (0..<(x.rows * c)).map { _ in Float(random.nextGaussian()) }
    var z = [Float](repeating: .nan, count: x.rows * c)
    split.product(w, classes: c, into: &z)
    var g = [Float](repeating: .nan, count: x.columns * c)
    split.transposedProduct(d, classes: c, scale: 0.5, into: &g)
    for r in 0..<x.rows {
      for k in 0..<c {
        var expected: Double = 0
        for j in 0..<x.columns { expected += Double(x[r, j]) * Double(w[j * c + k]) }
        #expect(abs(Double(z[r * c + k]) - expected) < 1e-4)
      }
    }
    for j in 0..<x.columns {
      for k in 0..<c {
        var expected: Double = 0
        for r in 0..<x.rows { expected += 0.5 * Double(x[r, j]) * Double(d[r * c + k]) }
        #expect(abs(Double(g[j * c + k]) - expected) < 1e-4)
      }
    }
  }

  @Test("all-dense, all-sparse and empty matrices")
  func degenerate() {
    var dense = DenseMatrix(rows: 3, columns: 2)
    for i in 0..<6 { dense.storage[i] = Float(i + 1) }
    #expect(SplitFeatureMatrix(dense).sparseValues.isEmpty)
    var sparse = DenseMatrix(rows: 10, columns: 4)
    sparse.storage[5] = 2
    let split = SplitFeatureMatrix(sparse)
    #expect(split.denseColumns.isEmpty && split.sparseValues == [2])
    var out = [Float](repeating: .nan, count: 10)
    split.product([1, 3, 1, 1], classes: 1, into: &out)  // row 1, column 1: 2 · 3
    #expect(out == [0, 6, 0, 0, 0, 0, 0, 0, 0, 0])
    let empty = SplitFeatureMatrix(DenseMatrix(rows: 0, columns: 4))
    var gradient = [Float](repeating: .nan, count: 4)
    empty.transposedProduct([], classes: 1, scale: 1, into: &gradient)
    #expect(gradient == [0, 0, 0, 0])
  }
}
