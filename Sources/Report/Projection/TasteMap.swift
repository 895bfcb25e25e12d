import Catalog

/// Titles and personas placed in the plane of the title factors' first two
/// principal components: titles close together are ones the model thinks
/// the same people watch; a persona sits towards the titles it scores high.
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

  /// The components of the title factors.
  let components: PrincipalComponents
  /// Every title.
  let titles: [TitlePoint]
  /// Every persona with a taste vector.
  let personas: [PersonaPoint]
  /// Catalog positions of the titles worth a label: each persona's
  /// highest-scoring title, then the titles at both ends of each axis.
  let labelled: [Int]

  /// Projects `titleFactors` (one row per title) and the personas' taste
  /// vectors.
  ///
  /// - Complexity: O(titles·k² + personas·titles·k).
  init(titleFactors: [[Double]], tastes: [[Double]?], labels: Int = 8) {
    let components = PrincipalComponents(rows: titleFactors, count: 2)
    self.components = components
    let titles = titleFactors.enumerated().map { index, row in
      let p = components.project(row)
      return TitlePoint(index: index, x: p.count > 0 ? p[0] : 0, y: p.count > 1 ? p[1] : 0)
    }
    self.titles = titles
    personas = tastes.enumerated().compactMap { persona, taste in
      guard let taste, taste.count == components.mean.count, !taste.isEmpty else { return nil }
      let p = components.project(taste)
      return PersonaPoint(persona: persona, x: p[0], y: p[1])
    }
    var chosen: [Int] = []
    func add(_ index: Int?) {
      if let index, !chosen.contains(index), chosen.count < labels { chosen.append(index) }
    }
    for taste in tastes {
      guard let taste, taste.count == components.mean.count else { continue }
      let scores = titleFactors.map { row in zip(row, taste).reduce(0) { $0 + $1.0 * $1.1 } }
      add(scores.indices.max { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1 })
    }
    let byX = titles.sorted { $0.x != $1.x ? $0.x < $1.x : $0.index < $1.index }
    let byY = titles.sorted { $0.y != $1.y ? $0.y < $1.y : $0.index < $1.index }
    add(byX.last?.index)
    add(byX.first?.index)
    add(byY.last?.index)
    add(byY.first?.index)
    labelled = chosen
  }
}
