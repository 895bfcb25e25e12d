/// Principal component analysis of a set of vectors: the directions along
/// which they vary most, found by power iteration with deflation on their
/// k×k covariance matrix (Pearson 1901; Golub and Van Loan, *Matrix
/// Computations*, §7.3 and §8.2).
///
/// The taste map projects the model's title factors onto their first two
/// components and the personas' taste vectors into the same plane.
struct PrincipalComponents: Sendable, Equatable {
  /// The mean vector, subtracted before projecting.
  let mean: [Double]
  /// The components, unit vectors, largest variance first. Each is signed
  /// so that its first coordinate larger than 10⁻⁶ in magnitude is positive
  /// (a reproducible orientation that rounding cannot flip).
  let axes: [[Double]]
  /// The variance along each axis (the covariance's eigenvalues).
  let variances: [Double]
  /// The total variance (the covariance's trace).
  let totalVariance: Double

  /// Computes the first `count` principal components of `rows` (all of one
  /// width k). Covariance divides by n − 1. Fewer than two rows, or a width
  /// of zero, give zero axes.
  ///
  /// - Complexity: O(n·k²) for the covariance plus O(count·iterations·k²)
  ///   for the power iterations (at most ``maximumIterations`` each).
  init(rows: [[Double]], count: Int = 2) {
    let width = rows.first?.count ?? 0
    let n = rows.count
    var mean = [Double](repeating: 0, count: width)
    for row in rows { for j in 0..<width { mean[j] += row[j] } }
    if n > 0 { for j in 0..<width { mean[j] /= Double(n) } }
    var covariance = [[Double]](repeating: [Double](repeating: 0, count: width), count: width)
    if n > 1 {
      for row in rows {
        let centred = (0..<width).map { row[$0] - mean[$0] }
        for i in 0..<width where centred[i] != 0 {
          for j in i..<width { covariance[i][j] += centred[i] * centred[j] }
        }
      }
      for i in 0..<width {
        for j in i..<width {
          covariance[i][j] /= Double(n - 1)
          covariance[j][i] = covariance[i][j]
        }
      }
    }
    self.mean = mean
    self.totalVariance = (0..<width).reduce(0) { $0 + covariance[$1][$1] }
    var axes: [[Double]] = []
    var variances: [Double] = []
    for _ in 0..<max(count, 0) {
      let (axis, variance) = Self.dominantEigenpair(covariance)
      axes.append(axis)
      variances.append(variance)
      // Deflate: C ← C − λ v vᵀ, so the next iteration finds the next pair.
      for i in 0..<width { for j in 0..<width { covariance[i][j] -= variance * axis[i] * axis[j] } }
    }
    self.axes = axes
    self.variances = variances
  }

  /// The most power iterations per component.
  static let maximumIterations = 1_000

  /// The share of the total variance each axis explains.
  var explained: [Double] { variances.map { totalVariance > 0 ? max(0, $0) / totalVariance : 0 } }

  /// The coordinates of `vector` (of the rows' width) along the axes, after
  /// subtracting the mean.
  func project(_ vector: [Double]) -> [Double] {
    axes.map { axis in
      var sum = 0.0
      for j in axis.indices where j < vector.count { sum += (vector[j] - mean[j]) * axis[j] }
      return sum
    }
  }

  /// The largest eigenvalue of a symmetric positive semi-definite matrix and
  /// its unit eigenvector, by power iteration from the matrix's longest
  /// column (never orthogonal to the dominant eigenvector unless the matrix
  /// is zero along it). A zero matrix gives a zero vector and 0.
  static func dominantEigenpair(_ matrix: [[Double]]) -> (vector: [Double], value: Double) {
    let width = matrix.count
    func multiply(_ v: [Double]) -> [Double] {
      (0..<width).map { i in (0..<width).reduce(0) { $0 + matrix[i][$1] * v[$1] } }
    }
    func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    guard width > 0,
      let start = (0..<width).map({ j in (0..<width).map { matrix[$0][j] } }).max(by: { norm($0) < norm($1) }),
      norm(start) > 1e-300
    else { return ([Double](repeating: 0, count: width), 0) }
    var vector = start.map { $0 / norm(start) }
    for _ in 0..<maximumIterations {
      let next = multiply(vector)
      let length = norm(next)
      guard length > 1e-300 else { break }
      let unit = next.map { $0 / length }
      let change = zip(unit, vector).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
      vector = unit
      if change < 1e-24 { break }
    }
    let value = zip(vector, multiply(vector)).reduce(0) { $0 + $1.0 * $1.1 }
    if let first = vector.firstIndex(where: { abs($0) > 1e-6 }), vector[first] < 0 {
      vector = vector.map { -$0 }
    }
    return (vector, value)
  }
}
