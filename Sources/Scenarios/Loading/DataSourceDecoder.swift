import Catalog
import Foundation
import Yams

/// Decodes where a scenario's data comes from: its `catalog` (generated,
/// inline titles, a catalog file or a MovieLens movie list) and the
/// `replay` of a ratings file (Docs/ScenarioFormat.md).
///
/// Problems inside a catalog file are kept apart in ``catalogErrors`` (the
/// loader reports them after the scenario's own), and the genres of an
/// inline or file catalog in ``genres``, for the checks of genre names.
struct DataSourceDecoder {
  /// The document, for its reader and shared checks.
  let document: ScenarioDocument
  /// Problems inside a referenced catalog file.
  private(set) var catalogErrors: [CatalogError] = []
  /// The genres of an inline or file catalog.
  private(set) var genres: [Genre] = []

  /// A decoder of a document's data sources.
  init(document: ScenarioDocument) {
    self.document = document
  }

  private var reader: DocumentReader { document.reader }

  /// `catalog`: exactly one of `generate`, `titles`, `file`, `movielens`.
  ///
  /// - Parameter seed: the scenario's seed, the generator's by default.
  mutating func catalog(_ node: Node, seed: UInt64, paths: inout ScenarioPaths) -> CatalogSource? {
    guard let mapping = reader.mapping(node, ScenarioKeys.catalog, field: "catalog") else {
      return nil
    }
    guard let key = document.exactlyOne(of: ScenarioKeys.catalog.all, in: mapping, context: "'catalog'"),
      let value = mapping[key]
    else { return nil }
    switch key {
    case "generate":
      guard let generate = reader.mapping(value, ScenarioKeys.generate, field: "catalog.generate"),
        let size = reader.integer(generate, "size", in: 1...1_000_000)
      else { return nil }
      let catalogSeed = reader.unsignedInteger(generate, "seed") ?? seed
      let pool = reader.integer(generate, "cast_pool", in: 1...10_000_000)
      return .generated(CatalogGenerator(size: size, seed: catalogSeed, castPoolSize: pool))
    case "titles":
      guard let catalog = CatalogFile.decodeTitles(value, field: "catalog.titles", reader: reader)
      else { return nil }
      genres += catalog.genres
      return .inline(catalog)
    default:
      let field = mapping.field(key)
      guard let written = reader.string(value, field: field) else { return nil }
      let resolved: String
      if let replacement = paths.replacement(for: field) {
        resolved = replacement
      } else {
        guard let substituted = paths.substitute(written, at: value, field: field) else { return nil }
        guard let file = substituted else { return key == "movielens" ? .movieLens(path: written) : nil }
        resolved = paths.resolve(file)
      }
      guard FileManager.default.fileExists(atPath: resolved) else {
        reader.report(.missingFile(field: field, file: resolved), at: value)
        return nil
      }
      if key == "movielens" { return .movieLens(path: resolved) }
      let errors = CatalogFile.validate(path: resolved)
      guard errors.isEmpty, let catalog = try? CatalogFile.load(path: resolved) else {
        catalogErrors += errors
        return nil
      }
      genres += catalog.genres
      return .file(path: resolved, catalog: catalog)
    }
  }

  /// `replay`: the ratings file whose users become profiles.
  func replay(_ node: Node, paths: inout ScenarioPaths) -> RatingsReplaySource? {
    guard let body = reader.mapping(node, ScenarioKeys.replay, field: "replay"),
      let value = body["ratings"], let written = reader.string(value, field: body.field("ratings"))
    else { return nil }
    let users = reader.integer(body, "users", in: 1...10_000_000)
    // A run folder gives the file the run read; the parameters are not needed then.
    let replacement = paths.replacement(for: body.field("ratings"))
    let substituted: String?
    if let replacement {
      substituted = replacement
    } else {
      guard let found = paths.substitute(written, at: value, field: body.field("ratings")) else { return nil }
      substituted = found
    }
    var path: String?
    if let file = substituted {
      let resolved = replacement ?? paths.resolve(file)
      guard FileManager.default.fileExists(atPath: resolved) else {
        reader.report(.missingFile(field: body.field("ratings"), file: resolved), at: value)
        return nil
      }
      path = resolved
    }
    return RatingsReplaySource(path: path, written: written, users: users, location: document.location(of: node))
  }
}
