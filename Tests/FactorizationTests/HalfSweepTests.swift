@testable import Factorization
import LinearAlgebra
import TestSupport
import Testing

/// One ALS half-sweep against normal equations built element by element over
/// every user–title pair and solved by Gaussian elimination in Double.
@Suite("Implicit ALS half-sweep")
struct HalfSweepTests {
  static let conventions: [Confidence] = [
    Confidence(scaling: .linear(alpha: 2), convention: .paper),
    Confidence(scaling: .linear(alpha: 1), convention: .implicitLibrary),
    Confidence(scaling: .logarithmic(alpha: 3, epsilon: 0.5), convention: .paper),
  ]

  /// x_u = (Σ_i c_ui y_i y_iᵀ + λI)⁻¹ Σ_i c_ui p_ui y_i over all titles i.
  static func reference(_ m: SparseMatrix, _ y: DenseMatrix, _ rule: Confidence, _ lambda: Double, user: Int) -> [Double] {
    let k = y.columns
    var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var b = [Double](repeating: 0, count: k)
    for i in 0..<m.columns {
      let value = m[user, i]
      let observed = m.range(ofRow: user).contains { Int(m.columnIndices[$0]) == i }
      let c = observed ? Double(rule.confidence(value)) : 1
      let p = observed && value > 0 ? 1.0 : 0
      for r in 0..<k {
        b[r] += c * p * Double(y[i, r])
        for s in 0..<k { a[r][s] += c * Double(y[i, r]) * Double(y[i, s]) }
      }
    }
    for d in 0..<k { a[d][d] += lambda }
    return NaiveLinearAlgebra.solve(a, b)
  }

  @Test("exact half-sweep equals the naive dense solve", arguments: conventions)
  func exact(rule: Confidence) {
    var m = RandomInteractions.matrix(users: 12, items: 15, density: 0.3, seed: 5)
    // A negative value (a thumbs-down) in the data as well.
    m = SparseMatrix(rows: m.rows, columns: m.columns,
                     entries: (0..<m.rows).flatMap { u in m.entries(ofRow: u).map { (u, $0.column, $0.value) } } + [(0, 14, -2)])
    let y = RandomInteractions.dense(rows: 15, columns: 6, seed: 6)
    let als = ImplicitALS(factors: 6, regularization: 0.1, confidence: rule, solver: .cholesky, threads: 2)
    var x = DenseMatrix(rows: 12, columns: 6)
    als.halfSweep(WeightedInteractions(m, confidence: rule), fixed: y, solving: &x)
    for u in 0..<12 {
      let expected = m.count(ofRow: u) == 0 ? [Double](repeating: 0, count: 6) : Self.reference(m, y, rule, 0.1, user: u)
      #expect(NaiveLinearAlgebra.maxDifference(x.row(u), expected) < 1e-4, "user \(u)")
    }
  }

  @Test("conjugate gradient with enough steps converges to the Cholesky solution")
  func conjugateGradientConverges() {
    let m = RandomInteractions.matrix(users: 20, items: 30, density: 0.25, seed: 7)
    let y = RandomInteractions.dense(rows: 30, columns: 8, seed: 8)
    let rule = Confidence(scaling: .linear(alpha: 1))
    let side = WeightedInteractions(m, confidence: rule)
    var exact = DenseMatrix(rows: 20, columns: 8)
    ImplicitALS(factors: 8, regularization: 0.05, confidence: rule, solver: .cholesky).halfSweep(side, fixed: y, solving: &exact)
    var few = DenseMatrix(rows: 20, columns: 8)
    ImplicitALS(factors: 8, regularization: 0.05, confidence: rule, solver: .conjugateGradient(steps: 1)).halfSweep(side, fixed: y, solving: &few)
    var many = DenseMatrix(rows: 20, columns: 8)
    ImplicitALS(factors: 8, regularization: 0.05, confidence: rule, solver: .conjugateGradient(steps: 40)).halfSweep(side, fixed: y, solving: &many)
    let errorFew = zip(few.storage, exact.storage).map { abs($0 - $1) }.max()!
    let errorMany = zip(many.storage, exact.storage).map { abs($0 - $1) }.max()!
    #expect(errorMany < 1e-3)
    #expect(errorFew > errorMany)
  }
}
