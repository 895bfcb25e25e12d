import LinearAlgebra

/// One orientation (users × titles, or titles × users) of the interaction
/// matrix with each entry's two solve weights precomputed from a
/// ``Confidence`` rule.
struct WeightedInteractions: Sendable {
  /// The sparsity pattern (values are the raw observations).
  let pattern: SparseMatrix
  /// `c − 1` per stored entry.
  let gramWeights: [Float]
  /// `p · c` per stored entry.
  let targetWeights: [Float]
  /// Per row, the number of entries with a positive value (`n⁺` of
  /// ``RegularizationScaling/perPositiveObservation``).
  let positiveCounts: [Int]

  init(_ matrix: SparseMatrix, confidence: Confidence) {
    pattern = matrix
    var gram = [Float](repeating: 0, count: matrix.nonZeroCount)
    var target = [Float](repeating: 0, count: matrix.nonZeroCount)
    for (position, value) in matrix.values.enumerated() {
      let w = confidence.solveWeights(value)
      gram[position] = w.gram
      target[position] = w.target
    }
    gramWeights = gram
    targetWeights = target
    positiveCounts = (0..<matrix.rows).map { row in
      matrix.range(ofRow: row).reduce(0) { $0 + (matrix.values[$1] > 0 ? 1 : 0) }
    }
  }

  var rows: Int { pattern.rows }
}
