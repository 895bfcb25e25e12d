@testable import Factorization
import LinearAlgebra
import TestSupport
import Testing

/// Weighted-λ regularization (Spark MLlib's ALS-WR scaling) against normal
/// equations built element by element over every user–title pair and solved
/// by Gaussian elimination in Double.
@Suite("Weighted-λ regularization (Spark's scaling)")
struct WeightedRegularizationTests {
  /// x_u = (Σ_i c_ui y_i y_iᵀ + λ·n⁺_u I)⁻¹ Σ_i c_ui p_ui y_i over all titles
  /// i, with c = 1 + α|r| observed, 1 unobserved; n⁺_u the user's positive
  /// entries — Spark's `computeFactors` with implicitPrefs.
  static func reference(_ m: SparseMatrix, _ y: DenseMatrix, alpha: Double, lambda: Double, user: Int) -> [Double] {
    let k = y.columns
    var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var b = [Double](repeating: 0, count: k)
    var positives = 0
    for i in 0..<m.columns {
      let observed = m.range(ofRow: user).contains { Int(m.columnIndices[$0]) == i }
      let value = Double(m[user, i])
      let c = observed ? 1 + alpha * abs(value) : 1
      let p = observed && value > 0 ? 1.0 : 0
      if observed && value > 0 { positives += 1 }
      for r in 0..<k {
        b[r] += c * p * Double(y[i, r])
        for s in 0..<k { a[r][s] += c * Double(y[i, r]) * Double(y[i, s]) }
      }
    }
    for d in 0..<k { a[d][d] += lambda * Double(positives) }
    return NaiveLinearAlgebra.solve(a, b)
  }

  /// Random interactions with a thumbs-down mixed in.
  static func interactions() -> SparseMatrix {
    let m = RandomInteractions.matrix(users: 12, items: 15, density: 0.3, seed: 5)
    let entries = (0..<m.rows).flatMap { u in m.entries(ofRow: u).map { (u, $0.column, $0.value) } }
    return SparseMatrix(rows: m.rows, columns: m.columns, entries: entries + [(0, 14, -2), (3, 1, -1)])
  }

  static func configuration(solver: LeastSquaresSolver) -> ImplicitALS {
    ImplicitALS(
      factors: 6, regularization: 0.3, confidence: Confidence(scaling: .linear(alpha: 2)),
      solver: solver, threads: 2, regularizationScaling: .perPositiveObservation)
  }

  @Test("exact half-sweep equals the naive dense solve with λ·n⁺")
  func exactHalfSweep() {
    let m = Self.interactions()
    let y = RandomInteractions.dense(rows: 15, columns: 6, seed: 6)
    let als = Self.configuration(solver: .cholesky)
    var x = DenseMatrix(rows: 12, columns: 6)
    als.halfSweep(WeightedInteractions(m, confidence: als.confidence), fixed: y, solving: &x)
    for u in 0..<12 where m.count(ofRow: u) > 0 {
      let expected = Self.reference(m, y, alpha: 2, lambda: 0.3, user: u)
      #expect(NaiveLinearAlgebra.maxDifference(x.row(u), expected) < 1e-4, "user \(u)")
    }
  }

  @Test("conjugate gradient with enough steps reaches the same solve")
  func conjugateGradient() {
    let m = Self.interactions()
    let y = RandomInteractions.dense(rows: 15, columns: 6, seed: 6)
    let als = Self.configuration(solver: .conjugateGradient(steps: 60))
    var x = DenseMatrix(rows: 12, columns: 6)
    als.halfSweep(WeightedInteractions(m, confidence: als.confidence), fixed: y, solving: &x)
    for u in 0..<12 where m.count(ofRow: u) > 0 {
      let expected = Self.reference(m, y, alpha: 2, lambda: 0.3, user: u)
      #expect(NaiveLinearAlgebra.maxDifference(x.row(u), expected) < 1e-3, "user \(u)")
    }
  }

  @Test("fold-in reproduces a trained user's factors under weighted-λ")
  func foldIn() {
    let m = Self.interactions()
    let model = Self.configuration(solver: .cholesky).train(m)
    for u in [0, 3, 7] {
      let folded = model.foldIn(m.entries(ofRow: u).map { (item: $0.column, value: $0.value) })
      let trained = model.userFactors.row(u)
      #expect(zip(folded, trained).map { abs($0 - $1) }.max()! < 1e-4, "user \(u)")
    }
  }

  @Test("the score explanation sums to the folded-in score under weighted-λ")
  func explanation() {
    let m = Self.interactions()
    let model = Self.configuration(solver: .cholesky).train(m)
    let history = m.entries(ofRow: 3).map { (item: $0.column, value: $0.value) }
    let x = model.foldIn(history)
    for explanation in model.explain(history, items: [2, 9]) {
      var score: Float = 0
      for f in 0..<6 { score += x[f] * model.itemFactors[explanation.item, f] }
      #expect(abs(explanation.score - score) < 1e-4)
    }
  }

  @Test("the loss's penalty weighs each row by its positive observations")
  func lossPenalty() {
    let m = Self.interactions()
    var als = Self.configuration(solver: .cholesky)
    let model = als.train(m)
    als.regularization = 0
    let unpenalized = ImplicitALSRun(
      configuration: als, interactions: m, users: model.userFactors, items: model.itemFactors
    ).loss.total
    let penalized = ImplicitALSRun(
      configuration: Self.configuration(solver: .cholesky), interactions: m,
      users: model.userFactors, items: model.itemFactors
    ).loss.total
    var expected = 0.0
    for u in 0..<m.rows {
      for position in m.range(ofRow: u) where m.values[position] > 0 {
        let i = Int(m.columnIndices[position])
        for f in 0..<6 {
          expected += pow2(Double(model.userFactors[u, f])) + pow2(Double(model.itemFactors[i, f]))
        }
      }
    }
    #expect(abs((penalized - unpenalized) - 0.3 * expected) < 1e-3 * max(1, expected))
  }

  private func pow2(_ v: Double) -> Double { v * v }
}
