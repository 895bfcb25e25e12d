import Factorization
import LinearAlgebra
import TestSupport
import Testing

@Suite("Explicit biased MF")
struct ExplicitALSTests {
  @Test("recovers a rank-2 rating matrix with biases; RMSE falls")
  func recoversLowRank() {
    let u = RandomInteractions.dense(rows: 30, columns: 2, seed: 31)
    let v = RandomInteractions.dense(rows: 25, columns: 2, seed: 32)
    var entries: [(row: Int, column: Int, value: Float)] = []
    var held: [(row: Int, column: Int, value: Float)] = []
    var random = SeededGenerator(seed: 33)
    for r in 0..<30 {
      for c in 0..<25 {
        let value = 3 + 0.02 * Float(r) - 0.03 * Float(c) + 4 * (u[r, 0] * v[c, 0] + u[r, 1] * v[c, 1])
        if random.nextUnitDouble() < 0.8 { entries.append((r, c, value)) } else { held.append((r, c, value)) }
      }
    }
    let train = SparseMatrix(rows: 30, columns: 25, entries: entries)
    let validation = SparseMatrix(rows: 30, columns: 25, entries: held)
    var rmse: [Double] = []
    var validationRMSE: Double = .infinity
    let model = ExplicitALS(factors: 2, regularization: 0.001, iterations: 30).train(train, validation: validation) {
      rmse.append($0.trainingRMSE)
      validationRMSE = $0.validationRMSE!
    }
    #expect(rmse.last! < 0.05)
    #expect(rmse.last! < rmse.first!)
    #expect(validationRMSE < 0.15)
    // The mean rating is the data's mean.
    let mean = entries.map { Double($0.value) }.reduce(0, +) / Double(entries.count)
    #expect(abs(Double(model.mean) - mean) < 1e-4)
  }

  @Test("degenerate inputs stay finite: empty rows, one rating, no ratings")
  func degenerate() {
    for m in [SparseMatrix(rows: 3, columns: 3, entries: [(0, 0, 4)]),
              SparseMatrix(rows: 2, columns: 2, entries: [])] {
      let model = ExplicitALS(factors: 4, regularization: 0, iterations: 3).train(m)
      #expect(model.userFactors.isFinite && model.itemFactors.isFinite)
      #expect(model.predict(user: 0, item: 0).isFinite)
    }
  }
}
