import Catalog

/// Titles and personas in the plane of the title factors' first two
/// principal components.
///
/// The analysis runs on the factor vectors' directions (each scaled to unit
/// length): a title's direction says which people watch it, its length
/// mostly how much it was watched, and left unscaled the few most-watched
/// titles would be the only thing the first component sees. Persona taste
/// vectors, scaled the same way, are projected onto the same axes, so a
/// persona sits among the titles whose direction is closest to its own —
/// the ones it scores high (a score is a dot product). Titles whose factor
/// vector is zero (nobody watched them, so the model knows nothing about
/// them) are left out.
struct TasteMap: Sendable {
  /// A title's place.
  struct TitlePoint: Sendable {
    /// The catalog position.
    let index: Int
    /// Coordinates along the first and second component.
    let x: Double, y: Double
  }

  /// A persona's place.
  struct PersonaPoint: Sendable {
    /// The persona's position in the report.
    let persona: Int
    /// Coordinates along the first and second component.
    let x: Double, y: Double
  }

  /// The components of the (non-zero) title factor directions.
  let components: PrincipalComponents
  /// Every title with a non-zero factor vector.
  let titles: [TitlePoint]
  /// Titles left out because their factor vector is zero.
  let unplaced: Int
  /// Every persona with a taste vector of the factors' width.
  let personas: [PersonaPoint]
  /// Per taste vector given (by its position in `tastes`), the catalog
  /// positions of the placed titles whose direction is closest to it
  /// (cosine similarity in the full factor space), closest first; empty for
  /// a missing or zero taste vector.
  let nearest: [[Int]]

  /// Projects `titleFactors` (one row per catalog title) and the taste
  /// vectors, and finds the `nearestCount` titles nearest each taste.
  ///
  /// - Complexity: O(titles·k² + tastes·titles·(k + log titles)).
  init(titleFactors: [[Double]], tastes: [[Double]?], nearestCount: Int = 10) {
    let placed = titleFactors.indices.filter { titleFactors[$0].contains { $0 != 0 } }
    let directions = placed.map { Self.unit(titleFactors[$0]) }
    let components = PrincipalComponents(rows: directions, count: 2)
    self.components = components
    unplaced = titleFactors.count - placed.count
    titles = zip(placed, directions).map { index, direction in
      let p = components.project(direction)
      return TitlePoint(index: index, x: p.count > 0 ? p[0] : 0, y: p.count > 1 ? p[1] : 0)
    }
    let width = components.mean.count
    personas = tastes.enumerated().compactMap { persona, taste in
      guard let taste, taste.count == width, width > 0, components.axes.count == 2, taste.contains(where: { $0 != 0 })
      else { return nil }
      let p = components.project(Self.unit(taste))
      return PersonaPoint(persona: persona, x: p[0], y: p[1])
    }
    nearest = tastes.map { taste in
      guard let taste, taste.count == width, taste.contains(where: { $0 != 0 }) else { return [] }
      let direction = Self.unit(taste)
      let similarity = directions.map { zip($0, direction).reduce(0) { $0 + $1.0 * $1.1 } }
      let order = similarity.indices.sorted {
        similarity[$0] != similarity[$1] ? similarity[$0] > similarity[$1] : placed[$0] < placed[$1]
      }
      return order.prefix(nearestCount).map { placed[$0] }
    }
  }

  /// The genres at the two ends of an axis.
  struct AxisEnds: Sendable, Equatable {
    /// The genres whose titles sit furthest towards the low end (left, or
    /// bottom), furthest first.
    let low: [Genre]
    /// Those furthest towards the high end (right, or top), furthest first.
    let high: [Genre]
  }

  /// For each axis (x, then y), the genres whose titles' mean coordinate is
  /// lowest and highest: `count` at each end, among the genres of at least
  /// `minimumTitles` placed titles (or 4% of them, whichever is more; a
  /// rarer genre's mean is mostly noise). The second axis names only genres
  /// the first does not. A title counts towards every genre it lists.
  ///
  /// - Complexity: O(titles · genres per title + genres · log genres).
  func axisEnds(catalog: Catalog, count: Int = 2, minimumTitles: Int = 5) -> (x: AxisEnds, y: AxisEnds) {
    var sums: [Genre: (x: Double, y: Double, n: Int)] = [:]
    for point in titles {
      for genre in Set(catalog.titles[point.index].genres) where genre != .noGenresListed {
        let sum = sums[genre] ?? (0, 0, 0)
        sums[genre] = (sum.x + point.x, sum.y + point.y, sum.n + 1)
      }
    }
    let least = max(minimumTitles, Int((Double(titles.count) * 0.04).rounded(.up)))
    let kept = sums.filter { $0.value.n >= least }
    func ends(_ coordinate: ((x: Double, y: Double, n: Int)) -> Double, besides used: Set<Genre> = []) -> AxisEnds {
      let ranked = kept.filter { !used.contains($0.key) }
        .map { (genre: $0.key, mean: coordinate($0.value) / Double($0.value.n)) }
        .sorted { $0.mean != $1.mean ? $0.mean < $1.mean : $0.genre < $1.genre }
      let each = min(count, ranked.count / 2)
      return AxisEnds(low: ranked.prefix(each).map(\.genre), high: ranked.suffix(each).reversed().map(\.genre))
    }
    // The second axis names genres the first has not, so each axis says
    // something of its own.
    let x = ends { $0.x }
    return (x, ends({ $0.y }, besides: Set(x.low + x.high)))
  }

  /// `vector` scaled to unit length (a zero vector stays zero).
  static func unit(_ vector: [Double]) -> [Double] {
    let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return length > 0 ? vector.map { $0 / length } : vector
  }
}
