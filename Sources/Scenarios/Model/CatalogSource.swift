import Catalog

/// Where a scenario's catalog comes from.
public enum CatalogSource: Equatable, Sendable {
  /// Titles written in the scenario file.
  case inline(Catalog)
  /// A YAML or JSON catalog file (path resolved against the scenario's
  /// folder), loaded and checked with the scenario.
  case file(path: String, catalog: Catalog)
  /// A synthetic catalog.
  case generated(CatalogGenerator)
  /// A MovieLens catalog file (`movies.csv`, `u.item` or `movies.dat`) the
  /// user downloaded; only its existence is checked when the scenario
  /// loads.
  case movieLens(path: String)

  /// The catalog, generating or importing it when needed.
  ///
  /// - Throws: ``CatalogError`` when a MovieLens file cannot be imported.
  public func load() throws(CatalogError) -> Catalog {
    switch self {
    case .inline(let catalog), .file(_, let catalog): return catalog
    case .generated(let generator): return generator.generate()
    case .movieLens(let path): return try MovieLensCatalogImporter.load(path: path)
    }
  }

  /// Two sources are equal when they would give the same catalog the same
  /// way.
  public static func == (a: CatalogSource, b: CatalogSource) -> Bool {
    switch (a, b) {
    case (.inline(let x), .inline(let y)): return x == y
    case (.file(let p, let x), .file(let q, let y)): return p == q && x == y
    case (.generated(let x), .generated(let y)):
      return x.size == y.size && x.seed == y.seed && x.castPoolSize == y.castPoolSize
        && x.castPopularityExponent == y.castPopularityExponent
    case (.movieLens(let p), .movieLens(let q)): return p == q
    default: return false
    }
  }
}
