import LinearAlgebra

/// Small random interaction matrices for property-style tests.
public enum RandomInteractions {
  /// A users × items matrix with about `density` of its cells stored,
  /// values in 1...5, from a seeded generator.
  public static func matrix(users: Int, items: Int, density: Double, seed: UInt64) -> SparseMatrix {
    var random = SeededGenerator(seed: seed)
    var entries: [(row: Int, column: Int, value: Float)] = []
    for u in 0..<users {
      for i in 0..<items where random.nextUnitDouble() < density {
        entries.append((u, i, Float(1 + random.next() % 5)))
      }
    }
    return SparseMatrix(rows: users, columns: items, entries: entries)
  }

  /// A dense matrix with entries uniform in [-0.5, 0.5).
  public static func dense(rows: Int, columns: Int, seed: UInt64) -> DenseMatrix {
    var random = SeededGenerator(seed: seed)
    var m = DenseMatrix(rows: rows, columns: columns)
    for i in m.storage.indices { m.storage[i] = random.nextUnitFloat() - 0.5 }
    return m
  }
}
