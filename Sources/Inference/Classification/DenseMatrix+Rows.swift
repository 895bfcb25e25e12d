import LinearAlgebra

extension DenseMatrix {
  /// A new matrix of the given rows, in the given order.
  ///
  /// - Complexity: O(rows.count × columns).
  func gathering(rows indices: [Int]) -> DenseMatrix {
    var result = DenseMatrix(rows: indices.count, columns: columns)
    let width = columns
    storage.withUnsafeBufferPointer { source in
      result.storage.withUnsafeMutableBufferPointer { target in
        for (r, index) in indices.enumerated() {
          guard width > 0 else { continue }
          (target.baseAddress! + r * width).update(from: source.baseAddress! + index * width, count: width)
        }
      }
    }
    return result
  }
}
