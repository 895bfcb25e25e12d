import Factorization
import LinearAlgebra

/// Scores every title for one taste vector: `x_uᵀ y_i` for all titles i,
/// the input of "Top picks" and the genre rows.
public enum FactorScorer {
  /// The scores of every title for a taste vector.
  ///
  /// - Parameters:
  ///   - taste: the profile's factor vector (length k).
  ///   - items: one factor row per title.
  /// - Complexity: O(titles · k).
  public static func scores(taste: [Float], items: DenseMatrix) -> [Float] {
    precondition(taste.count == items.columns, "taste vector length differs from the factors")
    let k = items.columns
    var scores = [Float](repeating: 0, count: items.rows)
    items.storage.withUnsafeBufferPointer { y in
      taste.withUnsafeBufferPointer { x in
        for title in 0..<items.rows {
          var sum: Float = 0
          let row = title * k
          for f in 0..<k { sum += x[f] * y[row + f] }
          scores[title] = sum
        }
      }
    }
    return scores
  }

  /// The scores of every title for one user of a trained model.
  public static func scores(user: Int, model: ImplicitModel) -> [Float] {
    scores(taste: model.userFactors.row(user), items: model.itemFactors)
  }
}
