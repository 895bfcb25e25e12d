import LinearAlgebra

#if canImport(Glibc)
import Glibc
#endif

/// The feature rows the demographic classifiers read, built from what the
/// platform holds about every member: the ratings (or signals) matrix and
/// the taste vectors the factorization learned from it.
///
/// No label is used here, so the features can be built once for all members
/// and shared by every cross-validation fold.
struct DemographicFeatures: Sendable {
  /// Members × titles observed values (star ratings, signal strengths).
  let ratings: SparseMatrix
  /// Members × k taste vectors.
  let taste: DenseMatrix

  /// Weight of the watched-indicator block of ``platformFeatures(rows:)``.
  static let watchedWeight: Float = 1
  /// Weight of the centered-rating block (rating minus the member's mean,
  /// divided by 2, so a ±2-star deviation weighs as much as a watch).
  static let deviationWeight: Float = 0.5

  /// The anchor's features: each member's raw rating vector (0 where
  /// unrated), as a plain logistic regression on MovieLens reads it.
  func ratingVectors(rows: [Int]) -> DenseMatrix {
    let d = ratings.columns
    var out = DenseMatrix(rows: rows.count, columns: d)
    for (r, member) in rows.enumerated() {
      for p in ratings.range(ofRow: member) {
        out.storage[r * d + Int(ratings.columnIndices[p])] = ratings.values[p]
      }
    }
    return out
  }

  /// The platform's features: the taste vector and activity (count, mean,
  /// spread; standardized over all members), which titles were watched,
  /// and how each was rated relative to the member's own mean.
  ///
  /// Layout: `[taste (k) | log count, mean, deviation (3) | watched (T) | centered (T)]`.
  func platformFeatures(rows: [Int]) -> DenseMatrix {
    let k = taste.columns
    let t = ratings.columns
    let dense = k + 3
    let width = dense + 2 * t
    // Standardize the dense block over every member (labelled or not).
    var denseAll = [Float](repeating: 0, count: ratings.rows * dense)
    var means = [Float](repeating: 0, count: ratings.rows)
    for u in 0..<ratings.rows {
      for f in 0..<k { denseAll[u * dense + f] = taste[u, f] }
      let range = ratings.range(ofRow: u)
      let n = Float(range.count)
      var sum: Float = 0
      for p in range { sum += ratings.values[p] }
      let mean = n > 0 ? sum / n : 0
      var squares: Float = 0
      for p in range { squares += (ratings.values[p] - mean) * (ratings.values[p] - mean) }
      means[u] = mean
      denseAll[u * dense + k] = log1pf(n)
      denseAll[u * dense + k + 1] = mean
      denseAll[u * dense + k + 2] = n > 0 ? (squares / n).squareRoot() : 0
    }
    let (center, scale) = Self.standardization(denseAll, rows: ratings.rows, columns: dense)
    var out = DenseMatrix(rows: rows.count, columns: width)
    for (r, member) in rows.enumerated() {
      let base = r * width
      for f in 0..<dense {
        out.storage[base + f] = (denseAll[member * dense + f] - center[f]) / scale[f]
      }
      for p in ratings.range(ofRow: member) {
        let column = Int(ratings.columnIndices[p])
        out.storage[base + dense + column] = Self.watchedWeight
        out.storage[base + dense + t + column] = Self.deviationWeight * (ratings.values[p] - means[member]) / 2
      }
    }
    return out
  }

  /// Column means and standard deviations (1 for a constant column, so
  /// degenerate input never divides by zero).
  static func standardization(_ values: [Float], rows: Int, columns: Int) -> (center: [Float], scale: [Float]) {
    var center = [Float](repeating: 0, count: columns)
    var scale = [Float](repeating: 1, count: columns)
    guard rows > 0 else { return (center, scale) }
    for c in 0..<columns {
      var sum = 0.0
      for r in 0..<rows { sum += Double(values[r * columns + c]) }
      let mean = sum / Double(rows)
      var squares = 0.0
      for r in 0..<rows {
        let x = Double(values[r * columns + c]) - mean
        squares += x * x
      }
      let sd = (squares / Double(rows)).squareRoot()
      center[c] = Float(mean)
      scale[c] = sd > 1e-6 ? Float(sd) : 1
    }
    return (center, scale)
  }
}
