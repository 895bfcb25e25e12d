import LinearAlgebra

/// The ridge regression a linear bandit keeps: `A = λI + Σ φφᵀ`,
/// `b = Σ r φ`, the estimate `θ = A⁻¹ b` and `A⁻¹` itself for confidence
/// widths (Li, Chu, Langford and Schapire 2010, Algorithm 1; Agrawal and
/// Goyal 2013, §2).
///
/// Observations are added one at a time; ``refresh()`` recomputes `A⁻¹`
/// and `θ` (a Cholesky factorization, O(d³)), which policies do once per
/// batch. A singular `A` (λ = 0, no data) is solved with a growing ridge,
/// so `θ` is always finite.
public struct RidgeRegression: Sendable, Equatable {
  /// The dimension d.
  public let dimension: Int
  /// The ridge λ on the diagonal of `A`.
  public let ridge: Double
  /// `A`, row-major d × d.
  public private(set) var gram: [Double]
  /// `b`.
  public private(set) var target: [Double]
  /// `A⁻¹` as of the last ``refresh()``.
  public private(set) var inverse: [Double]
  /// `θ = A⁻¹ b` as of the last ``refresh()``.
  public private(set) var theta: [Double]
  /// Observations added.
  public private(set) var observations = 0

  /// An empty regression (`A = λI`, `b = 0`).
  public init(dimension: Int, ridge: Double = 1) {
    self.dimension = dimension
    self.ridge = ridge.isFinite ? max(0, ridge) : 1
    var identity = [Double](repeating: 0, count: dimension * dimension)
    for i in 0..<dimension { identity[i * dimension + i] = self.ridge }
    self.gram = identity
    self.target = Array(repeating: 0, count: dimension)
    self.inverse = identity.map { $0 > 0 ? 1 / $0 : 0 }
    self.theta = Array(repeating: 0, count: dimension)
  }

  /// Adds one observation (features φ, reward r); `A⁻¹` and `θ` change
  /// at the next ``refresh()``.
  ///
  /// - Complexity: O(d²).
  public mutating func add(_ features: [Double], reward: Double) {
    let d = dimension
    precondition(features.count == d, "features have \(features.count) values, expected \(d)")
    guard reward.isFinite, features.allSatisfy(\.isFinite) else { return }
    for r in 0..<d where features[r] != 0 {
      let fr = features[r]
      for c in 0..<d { gram[r * d + c] += fr * features[c] }
      target[r] += reward * fr
    }
    observations += 1
  }

  /// Recomputes `A⁻¹` and `θ`.
  ///
  /// - Complexity: O(d³).
  public mutating func refresh() {
    let d = dimension
    let scale = max(1, (0..<d).map { gram[$0 * d + $0] }.max() ?? 1)
    if let factorization = CholeskyFactorization.withGrowingRidge(gram, order: d, scale: scale, attempts: 20) {
      inverse = factorization.inverse()
      theta = Self.multiply(inverse, target, order: d)
    }
  }

  /// `θᵀφ`.
  public func mean(_ features: UnsafeBufferPointer<Double>) -> Double {
    var sum = 0.0
    for i in 0..<dimension { sum += theta[i] * features[i] }
    return sum
  }

  /// `φᵀ A⁻¹ ψ`.
  public func inner(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
    let d = dimension
    var sum = 0.0
    inverse.withUnsafeBufferPointer { m in
      for r in 0..<d where a[r] != 0 {
        var row = 0.0
        for c in 0..<d { row += m[r * d + c] * b[c] }
        sum += a[r] * row
      }
    }
    return sum
  }

  static func multiply(_ m: [Double], _ v: [Double], order n: Int) -> [Double] {
    (0..<n).map { r in
      var sum = 0.0
      for c in 0..<n { sum += m[r * n + c] * v[c] }
      return sum
    }
  }
}
