import COpenBLAS
import LinearAlgebra

/// The implicit-ALS objective at given factors:
/// `Σ_{u,i} c_ui (p_ui − x_uᵀ y_i)² + λ (‖X‖² + ‖Y‖²)` over all user–title
/// pairs (unobserved pairs with c = 1, p = 0); under weighted-λ the penalty
/// is `λ (Σ n⁺_u‖x_u‖² + Σ n⁺_i‖y_i‖²)` (``RegularizationScaling``).
///
/// It is computed without visiting unobserved pairs: the sum over all pairs
/// of `(x_uᵀ y_i)²` is `x_uᵀ (YᵀY) x_u`, and each observed pair corrects it by
/// `(c − 1) s² − 2 p c s + p c` with `s = x_uᵀ y_i`.
public struct ImplicitLoss: Sendable, Equatable {
  /// The objective's value.
  public let total: Double
  /// The objective divided by the total confidence of all pairs (observed
  /// `c` plus 1 per unobserved pair), comparable across data sizes; the
  /// normalisation the `implicit` library reports.
  public let normalized: Double

  init(_ side: WeightedInteractions, users: DenseMatrix, items: DenseMatrix, configuration: ImplicitALS) {
    let k = configuration.factors
    let gram = items.gram()
    let pattern = side.pattern
    let loop = ParallelLoop(threads: configuration.threads)
    // Per-chunk partial sums, added in chunk order: deterministic.
    let partials: [Double] = gram.storage.withUnsafeBufferPointer { g in
      users.storage.withUnsafeBufferPointer { x in
        items.storage.withUnsafeBufferPointer { y in
          let view = LossInputs(gram: g.baseAddress!, users: x.baseAddress, items: y.baseAddress)
          return loop.mapChunks(count: pattern.rows, chunkSize: 64) { range in
            var sum = 0.0
            var product = [Float](repeating: 0, count: k)
            for u in range {
              guard let xu = view.users.map({ $0 + u * k }) else { continue }
              cblas_ssymv(CblasRowMajor, CblasUpper, Int32(k), 1, view.gram, Int32(k), xu, 1, 0, &product, 1)
              sum += Double(cblas_sdot(Int32(k), &product, 1, xu, 1))
              for position in pattern.range(ofRow: u) {
                guard let items = view.items else { break }
                let s = Double(cblas_sdot(Int32(k), xu, 1, items + Int(pattern.columnIndices[position]) * k, 1))
                let w = Double(side.gramWeights[position]), t = Double(side.targetWeights[position])
                sum += w * s * s - 2 * t * s + t
              }
            }
            return sum
          }
        }
      }
    }
    let fit = partials.reduce(0, +)
    let penalty: Double
    switch configuration.regularizationScaling {
    case .uniform:
      penalty = Double(configuration.regularization) * (users.squaredNorm + items.squaredNorm)
    case .perPositiveObservation:
      // λ (Σ n⁺_u ‖x_u‖² + Σ n⁺_i ‖y_i‖²), n⁺ counting positive entries.
      var weighted = 0.0
      var itemPositives = [Int](repeating: 0, count: items.rows)
      for u in 0..<pattern.rows {
        for position in pattern.range(ofRow: u) where pattern.values[position] > 0 {
          itemPositives[Int(pattern.columnIndices[position])] += 1
        }
        weighted += Double(side.positiveCounts[u]) * Self.squaredNorm(users, row: u)
      }
      for (i, count) in itemPositives.enumerated() where count > 0 {
        weighted += Double(count) * Self.squaredNorm(items, row: i)
      }
      penalty = Double(configuration.regularization) * weighted
    }
    total = fit + penalty
    let observedConfidence = pattern.values.reduce(0.0) {
      $0 + Double(configuration.confidence.confidence($1))
    }
    let unobserved = Double(pattern.rows) * Double(pattern.columns) - Double(pattern.nonZeroCount)
    let denominator = observedConfidence + unobserved
    normalized = denominator > 0 ? total / denominator : 0
  }
}

extension ImplicitLoss {
  /// `‖m_row‖²` in Double.
  static func squaredNorm(_ m: DenseMatrix, row: Int) -> Double {
    var sum = 0.0
    for f in 0..<m.columns { let v = Double(m.storage[row * m.columns + f]); sum += v * v }
    return sum
  }
}

/// Raw pointers for the loss loop. `@unchecked Sendable`: read-only and
/// borrowed around the whole loop.
private struct LossInputs: @unchecked Sendable {
  let gram: UnsafePointer<Float>
  let users: UnsafePointer<Float>?
  let items: UnsafePointer<Float>?
}
