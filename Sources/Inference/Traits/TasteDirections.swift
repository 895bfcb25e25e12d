import Catalog
import Datasets
import Factorization
import LinearAlgebra

/// Genre directions in taste space, learned from the title factors of a
/// trained model, so that a taste vector (which has no named axes) can be
/// read as "strongest directions: Horror +, Children −".
///
/// A genre's direction is the mean factor vector of its titles minus the
/// mean over all titles, normalized to unit length. A member's affinity to a
/// genre is the projection of their taste vector onto that direction,
/// standardized over the model's members (a z-score: +2 means two standard
/// deviations more drawn to the genre than the average member). All members
/// are projected at once with one `sgemm`.
public struct TasteDirections: Sendable {
  /// The genres with at least ``minimumTitles`` titles in the model, in order.
  public let genres: [Genre]
  /// k × G unit directions.
  let directions: DenseMatrix
  let center: [Float]
  let scale: [Float]
  /// Per genre, the members' |z| sorted ascending (for percentiles).
  let sortedMagnitudes: [[Float]]
  /// Genres with fewer titles than this get no direction.
  public static let minimumTitles = 3

  /// Learns directions from a model whose title rows are `titles`.
  ///
  /// - Complexity: O(T·k + U·k·G).
  public init(model: ImplicitModel, titles: IndexMap<Label>, catalog: Catalog) {
    let k = model.factors
    let y = model.itemFactors
    var overall = [Double](repeating: 0, count: k)
    for t in 0..<y.rows { for f in 0..<k { overall[f] += Double(y[t, f]) } }
    for f in 0..<k { overall[f] /= Double(max(y.rows, 1)) }
    var sums: [Genre: ([Double], Int)] = [:]
    for t in 0..<min(y.rows, titles.count) {
      guard let title = catalog.title(id: titles.label(at: t)) else { continue }
      for genre in title.genres {
        var entry = sums[genre] ?? ([Double](repeating: 0, count: k), 0)
        for f in 0..<k { entry.0[f] += Double(y[t, f]) }
        entry.1 += 1
        sums[genre] = entry
      }
    }
    let genres = sums.filter { $0.value.1 >= Self.minimumTitles }.keys.sorted()
    var directions = DenseMatrix(rows: k, columns: genres.count)
    for (g, genre) in genres.enumerated() {
      let (sum, count) = sums[genre]!
      var v = (0..<k).map { sum[$0] / Double(count) - overall[$0] }
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if norm > 1e-12 { v = v.map { $0 / norm } } else { v = v.map { _ in 0 } }
      for f in 0..<k { directions[f, g] = Float(v[f]) }
    }
    let raw = model.userFactors.multiplied(by: directions)
    var center = [Float](repeating: 0, count: genres.count)
    var scale = [Float](repeating: 1, count: genres.count)
    var magnitudes: [[Float]] = []
    for g in 0..<genres.count {
      let column = (0..<raw.rows).map { Double(raw[$0, g]) }
      let mean = column.reduce(0, +) / Double(max(column.count, 1))
      let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(column.count, 1))
      center[g] = Float(mean)
      scale[g] = variance > 1e-12 ? Float(variance.squareRoot()) : 1
      magnitudes.append(column.map { Float(abs(($0 - mean) / Double(scale[g]))) }.sorted())
    }
    self.genres = genres
    self.directions = directions
    self.center = center
    self.scale = scale
    self.sortedMagnitudes = magnitudes
  }

  /// Standardized affinities (members × genres) of many taste vectors at
  /// once.
  ///
  /// - Complexity: O(n·k·G), one `sgemm`.
  public func affinities(of tastes: DenseMatrix) -> DenseMatrix {
    var out = tastes.multiplied(by: directions)
    for r in 0..<out.rows {
      for g in 0..<genres.count { out[r, g] = (out[r, g] - center[g]) / scale[g] }
    }
    return out
  }

  /// Standardized affinity to each genre of one taste vector, in genre order.
  public func affinities(of taste: [Float]) -> [Float] {
    affinities(of: DenseMatrix(rows: 1, columns: taste.count, storage: taste)).row(0)
  }

  /// The share of the model's members less extreme than `z` on a genre.
  func percentile(_ z: Float, genre g: Int) -> Double {
    let sorted = sortedMagnitudes[g]
    guard !sorted.isEmpty else { return 0 }
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < abs(z) { low = mid + 1 } else { high = mid }
    }
    return Double(low) / Double(sorted.count)
  }

  /// A readable summary of a taste vector: its `count` strongest genre
  /// directions with signs, e.g. `Horror +, Children −, Drama +`.
  ///
  /// Score: the strongest |z|; confidence: the share of members less extreme
  /// on that genre (so 0.97 reads "more pronounced than 97% of members").
  public func summary(taste: [Float], count: Int = 3) -> InferredTrait {
    let z = affinities(of: taste)
    let order = z.indices.sorted { abs(z[$0]) != abs(z[$1]) ? abs(z[$0]) > abs(z[$1]) : $0 < $1 }
    let top = order.prefix(count)
    let directions = top.map { TraitValue.GenreDirection(genre: genres[$0], towards: z[$0] >= 0) }
    guard let first = top.first else {
      return InferredTrait(.tasteVector, .directions([]), score: 0, confidence: 0)
    }
    return InferredTrait(
      .tasteVector, .directions(directions),
      score: Double(abs(z[first])), confidence: percentile(z[first], genre: first))
  }

  /// The index of a genre's direction, if it has one.
  public func index(of genre: Genre) -> Int? { genres.firstIndex(of: genre) }
}
