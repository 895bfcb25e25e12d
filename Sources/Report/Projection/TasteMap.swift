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
  /// Catalog positions of the titles worth a label: each persona's
  /// highest-scoring title, then the titles at both ends of each axis.
  let labelled: [Int]

  /// Projects `titleFactors` (one row per catalog title) and the personas'
  /// taste vectors.
  ///
  /// - Complexity: O(titles·k² + personas·titles·k).
  init(titleFactors: [[Double]], tastes: [[Double]?], labels: Int = 8) {
    let placed = titleFactors.indices.filter { titleFactors[$0].contains { $0 != 0 } }
    let components = PrincipalComponents(rows: placed.map { Self.unit(titleFactors[$0]) }, count: 2)
    self.components = components
    unplaced = titleFactors.count - placed.count
    let titles = placed.map { index in
      let p = components.project(Self.unit(titleFactors[index]))
      return TitlePoint(index: index, x: p.count > 0 ? p[0] : 0, y: p.count > 1 ? p[1] : 0)
    }
    self.titles = titles
    let width = components.mean.count
    personas = tastes.enumerated().compactMap { persona, taste in
      guard let taste, taste.count == width, width > 0, components.axes.count == 2, taste.contains(where: { $0 != 0 })
      else { return nil }
      let p = components.project(Self.unit(taste))
      return PersonaPoint(persona: persona, x: p[0], y: p[1])
    }
    var chosen: [Int] = []
    func add(_ index: Int?) {
      if let index, !chosen.contains(index), chosen.count < labels { chosen.append(index) }
    }
    for taste in tastes {
      guard let taste, taste.count == width else { continue }
      let scores = placed.map { row in zip(titleFactors[row], taste).reduce(0) { $0 + $1.0 * $1.1 } }
      add(scores.indices.max { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1 }.map { placed[$0] })
    }
    let byX = titles.sorted { $0.x != $1.x ? $0.x < $1.x : $0.index < $1.index }
    let byY = titles.sorted { $0.y != $1.y ? $0.y < $1.y : $0.index < $1.index }
    add(byX.last?.index)
    add(byX.first?.index)
    add(byY.last?.index)
    add(byY.first?.index)
    labelled = chosen
  }

  /// `vector` scaled to unit length (a zero vector stays zero).
  static func unit(_ vector: [Double]) -> [Double] {
    let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return length > 0 ? vector.map { $0 / length } : vector
  }
}
