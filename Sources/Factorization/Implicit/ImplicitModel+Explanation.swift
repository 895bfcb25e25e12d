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
    // A = YᵀY + λI + Σ (c − 1) y yᵀ, assembled in Double for a stable split.
    var a = itemGram.storage.map(Double.init)
    for (position, item) in history.enumerated() {
      let w = Double(weights[position].gram)
      guard w != 0 else { continue }
      let y = itemFactors.row(item).map(Double.init)
      for r in 0..<k { for c in 0..<k { a[r * k + c] += w * y[r] * y[c] } }
    }
    let cholesky = DenseCholesky(a, order: k)
    let historyFactors = history.map { itemFactors.row($0).map(Double.init) }
    return items.map { target in
      let z = cholesky.solve(itemFactors.row(target).map(Double.init))
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

/// A Cholesky factorization `A = L Lᵀ` of a small symmetric positive-
/// definite matrix in Double, with a ridge added when `A` is singular, for
/// explanations that solve one system many times.
struct DenseCholesky {
  private var lower: [Double]
  private let order: Int

  init(_ matrix: [Double], order: Int) {
    self.order = order
    var ridge = 0.0
    var factor = [Double]()
    for _ in 0..<13 {
      if let l = Self.factor(matrix, order: order, ridge: ridge) {
        factor = l
        break
      }
      ridge = ridge == 0 ? 1e-9 * max(1, (0..<order).map { matrix[$0 * order + $0] }.max() ?? 1) : ridge * 10
    }
    lower = factor.isEmpty ? [Double](repeating: 0, count: order * order) : factor
  }

  private static func factor(_ a: [Double], order n: Int, ridge: Double) -> [Double]? {
    var l = [Double](repeating: 0, count: n * n)
    for j in 0..<n {
      var diagonal = a[j * n + j] + ridge
      for p in 0..<j { diagonal -= l[j * n + p] * l[j * n + p] }
      guard diagonal > 0, diagonal.isFinite else { return nil }
      let root = diagonal.squareRoot()
      l[j * n + j] = root
      for i in (j + 1)..<n {
        var sum = a[i * n + j]
        for p in 0..<j { sum -= l[i * n + p] * l[j * n + p] }
        l[i * n + j] = sum / root
      }
    }
    return l
  }

  /// Solves `A x = b`; zeros when `A` could not be factored.
  func solve(_ b: [Double]) -> [Double] {
    let n = order
    guard lower[0] != 0 || n == 0 else { return [Double](repeating: 0, count: n) }
    var y = b
    for i in 0..<n {
      for p in 0..<i { y[i] -= lower[i * n + p] * y[p] }
      y[i] /= lower[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      for p in (i + 1)..<n { y[i] -= lower[p * n + i] * y[p] }
      y[i] /= lower[i * n + i]
    }
    return y
  }
}
