import COpenBLAS
import LinearAlgebra

extension ImplicitModel {
  /// Explains the scores of titles for a user given by their interactions
  /// (see ``ScoreExplanation``).
  ///
  /// Assembles the user's normal matrix `A = YᵀY + λI + Σ (c−1) y yᵀ` once,
  /// factors it (Cholesky), and solves `A zᵢ = yᵢ` for each explained
  /// title; title j's contribution is then `cⱼ pⱼ (zᵢ · yⱼ)`.
  ///
  /// - Parameters:
  ///   - interactions: the user's (title index, observed value) pairs;
  ///     repeated titles are summed.
  ///   - items: the titles to explain.
  /// - Complexity: O(n·k² + k³ + |items|·(k² + n·k)) for n interactions.
  public func explain(_ interactions: [(item: Int, value: Float)], items: [Int]) -> [ScoreExplanation] {
    let k = factors
    var merged: [Int: Float] = [:]
    for entry in interactions { merged[entry.item, default: 0] += entry.value }
    let history = merged.keys.sorted()
    let weights = history.map { configuration.confidence.solveWeights(merged[$0]!) }
    // A = YᵀY + λI + Σ (c − 1) y yᵀ, assembled in Double for a stable split
    // (λ·n⁺ I instead of λI under weighted-λ).
    var a = itemGram.storage.map(Double.init)
    let ridge = Double(configuration.rowRidge(positives: history.reduce(0) { $0 + (merged[$1]! > 0 ? 1 : 0) }))
    for d in 0..<k { a[d * k + d] += ridge }
    for (position, item) in history.enumerated() {
      let w = Double(weights[position].gram)
      guard w != 0 else { continue }
      let y = itemFactors.row(item).map(Double.init)
      for r in 0..<k { for c in 0..<k { a[r * k + c] += w * y[r] * y[c] } }
    }
    let scale = max(1, (0..<k).map { a[$0 * k + $0] }.max() ?? 1)
    let cholesky = CholeskyFactorization.withGrowingRidge(a, order: k, scale: scale, attempts: 13)
    let historyFactors = history.map { itemFactors.row($0).map(Double.init) }
    return items.map { target in
      let z = cholesky?.solve(itemFactors.row(target).map(Double.init)) ?? [Double](repeating: 0, count: k)
      var amounts = [Double](repeating: 0, count: history.count)
      for (position, y) in historyFactors.enumerated() {
        let t = Double(weights[position].target)
        guard t != 0 else { continue }
        var dot = 0.0
        for f in 0..<k { dot += z[f] * y[f] }
        amounts[position] = t * dot
      }
      let positive = amounts.filter { $0 > 0 }.reduce(0, +)
      let contributions = zip(history, amounts).map { item, amount in
        ScoreExplanation.Contribution(
          item: item, amount: Float(amount), share: positive > 0 && amount > 0 ? Float(amount / positive) : 0)
      }.sorted { ($0.amount, -$0.item) > ($1.amount, -$1.item) }
      return ScoreExplanation(item: target, score: Float(amounts.reduce(0, +)), contributions: contributions)
    }
  }
}
