import Factorization
import LinearAlgebra
import TestSupport
import Testing

@Suite("Score explanations (Hu, Koren and Volinsky §5)")
struct ScoreExplanationTests {
  @Test("contributions add up to the fold-in score, for every title")
  func additive() {
    let m = RandomInteractions.matrix(users: 25, items: 30, density: 0.25, seed: 41)
    let model = ImplicitALS(factors: 6, regularization: 0.1, solver: .cholesky, iterations: 5).train(m)
    let history = m.entries(ofRow: 4).map { (item: $0.column, value: $0.value) }
    let x = model.foldIn(history)
    let explanations = model.explain(history, items: Array(0..<30))
    for explanation in explanations {
      var score: Float = 0
      for f in 0..<6 { score += x[f] * model.itemFactors[explanation.item, f] }
      #expect(abs(explanation.score - score) < 1e-4, "title \(explanation.item)")
      let sum = explanation.contributions.reduce(Float(0)) { $0 + $1.amount }
      #expect(abs(sum - explanation.score) < 1e-5)
      #expect(Set(explanation.contributions.map(\.item)) == Set(history.map(\.item)))
      #expect(zip(explanation.contributions, explanation.contributions.dropFirst()).allSatisfy { $0.amount >= $1.amount })
    }
  }

  @Test("hand case: one factor, two watched titles")
  func handComputed() {
    // k = 1, titles y = [1, 2, 3], λ = 1, paper confidence with α = 1.
    let model = ImplicitModel(
      userFactors: DenseMatrix(rows: 1, columns: 1), itemFactors: DenseMatrix([[1], [2], [3]]),
      configuration: ImplicitALS(factors: 1, regularization: 1, confidence: Confidence(scaling: .linear(alpha: 1))))
    // Watched title 0 with value 1 (c = 2) and title 1 with value 3 (c = 4).
    // A = ΣyᵢᵀYᵢ + λ + (c₀−1)·1 + (c₁−1)·4 = 14 + 1 + 1 + 12 = 28.
    // Contribution of title j to title 2's score: c_j · y₂ · y_j / A.
    let e = model.explain([(0, 1), (1, 3)], items: [2])[0]
    #expect(abs(e.score - (2 * 3 * 1 + 4 * 3 * 2) / 28) < 1e-6)
    #expect(e.contributions.map(\.item) == [1, 0])
    #expect(abs(e.contributions[0].amount - 24 / 28) < 1e-6)
    #expect(abs(e.contributions[0].share - 0.8) < 1e-6)
    #expect(e.topContributors(1).map(\.item) == [1])
  }

  @Test("a thumbs-down contributes nothing directly and empty histories explain to zero")
  func negativesAndEmpty() {
    let model = ImplicitModel(
      userFactors: DenseMatrix(rows: 1, columns: 2), itemFactors: DenseMatrix([[1, 0], [0, 1], [1, 1]]),
      configuration: ImplicitALS(factors: 2, regularization: 0))
    let e = model.explain([(0, 2), (1, -3)], items: [2])[0]
    #expect(e.contributions.first { $0.item == 1 }?.amount == 0)
    #expect(e.score.isFinite)
    let empty = model.explain([], items: [0, 1])
    #expect(empty.allSatisfy { $0.score == 0 && $0.contributions.isEmpty })
  }
}
