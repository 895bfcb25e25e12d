import LinearAlgebra

/// The ridge regression of hybrid LinUCB (Li, Chu, Langford and Schapire
/// 2010, Algorithm 2), with the non-shared part kept per group (here per
/// profile) rather than per article: a reward is modelled as
/// `zᵀβ + xᵀθ_g`, with `z` features whose weights `β` every group shares
/// and `x` a few features whose weights `θ_g` each group learns for itself.
///
/// The ridge `λ_g` on `θ_g` shrinks a group's own weights toward 0, that is
/// its predictions toward what the shared weights say for its context: a
/// group with little data follows the crowd, a group whose own outcomes
/// keep contradicting the crowd's is believed. `β` is solved with every
/// group's own weights profiled out (the Schur complement
/// `A₀ = λI + Σ zzᵀ − Σ_g B_gᵀ A_g⁻¹ B_g`), then
/// `θ_g = A_g⁻¹ (b_g − B_g β)`, which is the exact joint ridge solution.
///
/// Observations without a group (`group: nil`) enter only the shared part;
/// with no grouped observation at all this is ``RidgeRegression``.
/// Observations are added one at a time; ``refresh()`` solves, which
/// policies do once per batch. Groups are visited in key order, so the
/// result does not depend on the order of a dictionary.
public struct HybridRidgeRegression: Sendable, Equatable {
  /// One group's sums and, as of the last ``refresh()``, its solution.
  struct Group: Sendable, Equatable {
    /// `A_g = λ_g I + Σ xxᵀ`, m × m row-major.
    var gram: [Double]
    /// `B_g = Σ xzᵀ`, m × k row-major.
    var cross: [Double]
    /// `b_g = Σ r x`.
    var target: [Double]
    /// `A_g⁻¹`.
    var inverse: [Double]
    /// `C_g = A_g⁻¹ B_g`, m × k row-major.
    var correction: [Double]
    /// `θ_g`.
    var theta: [Double]
  }

  /// The number k of shared features.
  public let sharedDimension: Int
  /// The number m of per-group features.
  public let personalDimension: Int
  /// The ridge λ on the shared weights.
  public let ridge: Double
  /// The ridge λ_g on each group's own weights.
  public let personalRidge: Double
  /// `λI + Σ zzᵀ` over every observation, k × k row-major.
  public private(set) var sharedGram: [Double]
  /// `Σ r z` over every observation.
  public private(set) var sharedTarget: [Double]
  /// `A₀⁻¹` as of the last ``refresh()``: the shared weights' covariance
  /// (up to the noise variance).
  public private(set) var inverse: [Double]
  /// The shared weights `β = A₀⁻¹ b₀` as of the last ``refresh()``.
  public private(set) var beta: [Double]
  /// Observations added.
  public private(set) var observations = 0
  var groups: [Int: Group] = [:]

  /// An empty regression.
  public init(sharedDimension: Int, personalDimension: Int, ridge: Double = 1, personalRidge: Double = 1) {
    self.sharedDimension = sharedDimension
    self.personalDimension = personalDimension
    self.ridge = ridge.isFinite ? max(0, ridge) : 1
    self.personalRidge = personalRidge.isFinite && personalRidge > 0 ? personalRidge : 1
    let k = sharedDimension
    var identity = [Double](repeating: 0, count: k * k)
    for i in 0..<k { identity[i * k + i] = self.ridge }
    self.sharedGram = identity
    self.sharedTarget = Array(repeating: 0, count: k)
    self.inverse = identity.map { $0 > 0 ? 1 / $0 : 0 }
    self.beta = Array(repeating: 0, count: k)
  }

  /// The number of groups with observations.
  public var groupCount: Int { groups.count }

  /// A group's own weights `θ_g` as of the last ``refresh()`` (zeros for a
  /// group without observations or refreshed data).
  public func personalWeights(group: Int?) -> [Double] {
    group.flatMap { groups[$0]?.theta } ?? Array(repeating: 0, count: personalDimension)
  }

  /// Adds one observation: shared features `z`, the group's features `x`
  /// (ignored without a group) and the reward; the solution changes at
  /// the next ``refresh()``. Non-finite input is skipped.
  ///
  /// - Complexity: O(nnz(z) · k + m · k).
  public mutating func add(shared z: [Double], personal x: [Double], group: Int?, reward: Double) {
    let k = sharedDimension
    let m = personalDimension
    precondition(z.count == k, "shared features have \(z.count) values, expected \(k)")
    precondition(x.count == m, "personal features have \(x.count) values, expected \(m)")
    guard reward.isFinite, z.allSatisfy(\.isFinite), x.allSatisfy(\.isFinite) else { return }
    for r in 0..<k where z[r] != 0 {
      for c in 0..<k { sharedGram[r * k + c] += z[r] * z[c] }
      sharedTarget[r] += reward * z[r]
    }
    observations += 1
    guard let group else { return }
    var entry = groups[group] ?? emptyGroup()
    for a in 0..<m where x[a] != 0 {
      for b in 0..<m { entry.gram[a * m + b] += x[a] * x[b] }
      for c in 0..<k { entry.cross[a * k + c] += x[a] * z[c] }
      entry.target[a] += reward * x[a]
    }
    groups[group] = entry
  }

  /// Solves for `β` and every group's `θ_g`.
  ///
  /// - Complexity: O(groups · (m³ + m² k + m k²) + k³).
  public mutating func refresh() {
    let k = sharedDimension
    let m = personalDimension
    var a0 = sharedGram
    var b0 = sharedTarget
    let keys = groups.keys.sorted()
    for key in keys {
      guard var entry = groups[key] else { continue }
      let scale = max(1, (0..<m).map { entry.gram[$0 * m + $0] }.max() ?? 1)
      guard
        let factorization = CholeskyFactorization.withGrowingRidge(
          entry.gram, order: m, scale: scale, attempts: 20)
      else { continue }
      entry.inverse = factorization.inverse()
      var correction = [Double](repeating: 0, count: m * k)
      for a in 0..<m {
        for b in 0..<m where entry.inverse[a * m + b] != 0 {
          let w = entry.inverse[a * m + b]
          for c in 0..<k { correction[a * k + c] += w * entry.cross[b * k + c] }
        }
      }
      entry.correction = correction
      // A₀ −= B_gᵀ C_g; b₀ −= C_gᵀ b_g (A_g⁻¹ is symmetric).
      for a in 0..<m {
        for r in 0..<k where entry.cross[a * k + r] != 0 {
          let v = entry.cross[a * k + r]
          for c in 0..<k { a0[r * k + c] -= v * correction[a * k + c] }
        }
        for c in 0..<k { b0[c] -= correction[a * k + c] * entry.target[a] }
      }
      groups[key] = entry
    }
    let scale = max(1, (0..<k).map { sharedGram[$0 * k + $0] }.max() ?? 1)
    if let factorization = CholeskyFactorization.withGrowingRidge(a0, order: k, scale: scale, attempts: 20) {
      inverse = factorization.inverse()
      beta = RidgeRegression.multiply(inverse, b0, order: k)
    }
    for key in keys {
      guard var entry = groups[key], entry.inverse.count == m * m else { continue }
      // θ_g = A_g⁻¹ b_g − C_g β.
      entry.theta = (0..<m).map { a in
        var sum = 0.0
        for b in 0..<m { sum += entry.inverse[a * m + b] * entry.target[b] }
        for c in 0..<k { sum -= entry.correction[a * k + c] * beta[c] }
        return sum
      }
      groups[key] = entry
    }
  }

  /// The estimate `zᵀβ + xᵀθ_g` (`zᵀβ` without a group).
  public func mean(
    shared z: UnsafeBufferPointer<Double>, personal x: UnsafeBufferPointer<Double>, group: Int?
  ) -> Double {
    var sum = 0.0
    for i in 0..<sharedDimension where z[i] != 0 { sum += beta[i] * z[i] }
    if let group, let entry = groups[group], entry.theta.count == personalDimension {
      for a in 0..<personalDimension where x[a] != 0 { sum += entry.theta[a] * x[a] }
    }
    return sum
  }

  /// The estimate's variance (up to the noise variance), the `s` of
  /// Li et al.'s Algorithm 2: `uᵀA₀⁻¹u + xᵀA_g⁻¹x` with
  /// `u = z − C_gᵀx`; `zᵀA₀⁻¹z + xᵀx/λ_g` for a group without data, and
  /// `zᵀA₀⁻¹z` without a group.
  ///
  /// - Complexity: O(k² + m k).
  public func variance(
    shared z: UnsafeBufferPointer<Double>, personal x: UnsafeBufferPointer<Double>, group: Int?
  ) -> Double {
    let k = sharedDimension
    let m = personalDimension
    var u = Array(z)
    var own = 0.0
    if let group {
      if let entry = groups[group], entry.inverse.count == m * m, entry.correction.count == m * k {
        for a in 0..<m where x[a] != 0 {
          for c in 0..<k { u[c] -= entry.correction[a * k + c] * x[a] }
          for b in 0..<m { own += x[a] * entry.inverse[a * m + b] * x[b] }
        }
      } else {
        for a in 0..<m { own += x[a] * x[a] / personalRidge }
      }
    }
    var shared = 0.0
    for r in 0..<k where u[r] != 0 {
      var row = 0.0
      for c in 0..<k { row += inverse[r * k + c] * u[c] }
      shared += u[r] * row
    }
    return max(0, shared + own)
  }

  private func emptyGroup() -> Group {
    let m = personalDimension
    let k = sharedDimension
    var gram = [Double](repeating: 0, count: m * m)
    for i in 0..<m { gram[i * m + i] = personalRidge }
    return Group(
      gram: gram, cross: Array(repeating: 0, count: m * k), target: Array(repeating: 0, count: m),
      inverse: [], correction: [], theta: [])
  }
}
