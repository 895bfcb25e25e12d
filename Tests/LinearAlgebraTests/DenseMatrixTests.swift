import LinearAlgebra
import TestSupport
import Testing

@Suite("Dense matrices and BLAS")
struct DenseMatrixTests {
  @Test("sgemm product equals the triple loop")
  func product() {
    let a = RandomInteractions.dense(rows: 5, columns: 7, seed: 1)
    let b = RandomInteractions.dense(rows: 7, columns: 3, seed: 2)
    let c = a.multiplied(by: b)
    for r in 0..<5 {
      for col in 0..<3 {
        var sum = 0.0
        for k in 0..<7 { sum += Double(a[r, k]) * Double(b[k, col]) }
        #expect(abs(Double(c[r, col]) - sum) < 1e-5)
      }
    }
  }

  @Test("ssyrk Gram matrix equals AᵀA and is symmetric")
  func gram() {
    let a = RandomInteractions.dense(rows: 9, columns: 4, seed: 3)
    let g = a.gram()
    let reference = a.transposed().multiplied(by: a)
    for i in 0..<4 {
      for j in 0..<4 {
        #expect(abs(g[i, j] - reference[i, j]) < 1e-5)
        #expect(g[i, j] == g[j, i])
      }
    }
  }

  @Test("Cholesky solve matches Gaussian elimination; singular systems stay finite")
  func solve() {
    let a = RandomInteractions.dense(rows: 8, columns: 5, seed: 4)
    var spd = a.gram()
    for d in 0..<5 { spd[d, d] += 0.1 }
    let b: [Float] = [1, -2, 0.5, 3, 0]
    var x = b
    var scratch = [Float](repeating: 0, count: 25)
    var rhsScratch = [Float](repeating: 0, count: 5)
    SymmetricMatrix.solveRobust(spd.storage, &x, order: 5, scratch: &scratch, rhsScratch: &rhsScratch)
    let rows = (0..<5).map { r in (0..<5).map { Double(spd[r, $0]) } }
    let reference = NaiveLinearAlgebra.solve(rows, b.map(Double.init))
    #expect(NaiveLinearAlgebra.maxDifference(x, reference) < 1e-3)

    let singular = [Float](repeating: 0, count: 9)  // all-zero matrix
    var y: [Float] = [1, 2, 3]
    var s9 = [Float](repeating: 0, count: 9), s3 = [Float](repeating: 0, count: 3)
    SymmetricMatrix.solveRobust(singular, &y, order: 3, scratch: &s9, rhsScratch: &s3)
    #expect(y.allSatisfy { $0.isFinite })
  }
}
