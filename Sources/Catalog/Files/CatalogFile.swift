import Datasets
import Foundation
import Yams

/// Loads catalogs written by hand as YAML or JSON (JSON is read as the YAML
/// subset it is); the format is documented in Docs/Catalog.md.
///
/// ```yaml
/// titles:
///   - id: night-shift
///     name: Night Shift
///     year: 2019
///     genres: [Horror, Thriller]
///     cast: [Maya Okafor, Leo Stone]
///     maturity: R          # default: estimated from the genres
///     runtime: 104         # minutes; default: estimated from the genres
///     artwork:             # default: 2–6 synthesized variants
///       - {id: night-shift-dark, tone: dark, genre: Horror, cast: Maya Okafor}
/// ```
public enum CatalogFile {
  /// Loads and checks a catalog file.
  ///
  /// - Throws: The first problem found, with the file, line and column.
  public static func load(path: String) throws(CatalogError) -> Catalog {
    let (catalog, errors) = read(path: path)
    if let first = errors.first { throw first }
    guard let catalog else { throw .empty(path: path) }
    return catalog
  }

  /// Every problem in a catalog file, in line order (empty when it loads).
  public static func validate(path: String) -> [CatalogError] {
    read(path: path).errors
  }

  /// Parses catalog text as if it were the file at `path` (used in
  /// messages).
  ///
  /// - Throws: The first problem found.
  public static func parse(_ text: String, path: String) throws(CatalogError) -> Catalog {
    // A control character YAML refuses, named where it is, as the file API does.
    if let problem = DocumentText.firstProblem(in: Array(text.utf8)), problem.isControlCharacter {
      throw CatalogError(DocumentIssue(
        path: path, line: problem.line, column: problem.column, kind: .syntax(problem: problem.description)))
    }
    let reader = DocumentReader(path: path)
    let catalog = reader.compose(text).flatMap { decodeFile($0, reader: reader) }
    if let first = sorted(reader.issues).first { throw CatalogError(first) }
    guard let catalog else { throw .empty(path: path) }
    return catalog
  }

  private static func read(path: String) -> (catalog: Catalog?, errors: [CatalogError]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file"
      return (nil, [.cannotOpen(path: path, reason: reason)])
    }
    let text: String
    do throws(DocumentText.Problem) {
      text = try DocumentText.decode(data)
    } catch {
      let issue = DocumentIssue(
        path: path, line: error.line, column: error.column, kind: .syntax(problem: error.description))
      return (nil, [CatalogError(issue)])
    }
    let reader = DocumentReader(path: path)
    let catalog = reader.compose(text).flatMap { decodeFile($0, reader: reader) }
    let errors = sorted(reader.issues).map(CatalogError.init)
    return (errors.isEmpty ? catalog : nil, errors)
  }

  static func sorted(_ issues: [DocumentIssue]) -> [DocumentIssue] {
    issues.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
    }.map(\.element)
  }

  private static func decodeFile(_ root: Node, reader: DocumentReader) -> Catalog? {
    guard let mapping = reader.mapping(root, CatalogFileKeys.file, field: "") else { return nil }
    _ = reader.string(mapping, "name")
    guard let titlesNode = mapping["titles"] else { return nil }
    return decodeTitles(titlesNode, field: mapping.field("titles"), reader: reader)
  }

  // MARK: Titles

  /// Reads a list of titles (the `titles` of a catalog file, or an inline
  /// catalog in a scenario), reporting problems to `reader`; `nil` when
  /// any title had a problem.
  package static func decodeTitles(_ node: Node, field: String, reader: DocumentReader) -> Catalog? {
    guard let items = reader.list(node, field: field, nonEmpty: true) else { return nil }
    let before = reader.issues.count
    var titles: [Title] = []
    var titleIDs: [String: Int] = [:]
    var artworkIDs: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      if let idNode = item["id"], case .scalar(let scalar) = idNode,
        titleIDs.updateValue(index, forKey: scalar.string) != nil
      {
        reader.report(.duplicate(what: "title id", name: scalar.string), at: idNode)
      }
      guard let title = decodeTitle(item, field: "\(field)[\(index)]", reader: reader) else {
        continue
      }
      for variant in title.artwork where artworkIDs.updateValue(index, forKey: variant.id) != nil {
        reader.report(.duplicate(what: "artwork id", name: variant.id), at: item)
      }
      titles.append(title)
    }
    guard reader.issues.count == before else { return nil }
    return try? Catalog(titles: titles)
  }

  private static func decodeTitle(_ node: Node, field: String, reader: DocumentReader) -> Title? {
    let before = reader.issues.count
    guard let mapping = reader.mapping(node, CatalogFileKeys.title, field: field) else { return nil }
    let id = mapping["id"].flatMap { reader.string($0, field: mapping.field("id")) }
    let name = reader.string(mapping, "name")
    let year = reader.integer(mapping, "year", in: 1870...2100)
    var genres: [Genre] = []
    if let list = reader.strings(mapping, "genres") {
      genres = list.map { Genre($0) }
      if list.isEmpty, let node = mapping["genres"] {
        reader.report(
          .invalidValue(
            field: mapping.field("genres"), expected: "at least one genre",
            found: "an empty list", suggestion: nil),
          at: node)
      }
    }
    let cast = reader.strings(mapping, "cast") ?? []
    let maturity = reader.choice(mapping, "maturity", as: MaturityRating.self)
    let runtime = reader.integer(mapping, "runtime", in: 1...1000)
    var artwork: [ArtworkVariant]?
    if let node = mapping["artwork"], let items = reader.list(node, field: mapping.field("artwork"), nonEmpty: true) {
      artwork = items.enumerated().compactMap { index, item in
        decodeArtwork(
          item, field: "\(mapping.field("artwork"))[\(index)]", genres: genres, cast: cast,
          reader: reader)
      }
    }
    guard reader.issues.count == before, let id, let name else { return nil }
    let label = Label(id)
    return Title(
      id: label, name: name, year: year, genres: genres, cast: cast,
      maturityRating: maturity ?? TitleEstimates.maturityRating(titleID: label, genres: genres),
      runtimeMinutes: runtime ?? TitleEstimates.runtime(titleID: label, genres: genres),
      artwork: artwork ?? TitleEstimates.artwork(titleID: label, genres: genres, cast: cast))
  }

  private static func decodeArtwork(
    _ node: Node, field: String, genres: [Genre], cast: [String], reader: DocumentReader
  ) -> ArtworkVariant? {
    guard let mapping = reader.mapping(node, CatalogFileKeys.artwork, field: field) else { return nil }
    let id = reader.string(mapping, "id")
    let tone = reader.choice(mapping, "tone", as: ArtworkTone.self)
    var featured: String?
    if let node = mapping["cast"], let name = reader.string(node, field: mapping.field("cast")) {
      if cast.contains(name) {
        featured = name
      } else {
        reader.report(
          .invalidValue(
            field: mapping.field("cast"), expected: "a member of the title's cast",
            found: "'\(name)'", suggestion: Suggestion.closest(to: name, among: cast)),
          at: node)
      }
    }
    var cue: Genre?
    if let node = mapping["genre"], let name = reader.string(node, field: mapping.field("genre")) {
      if genres.contains(Genre(name)) {
        cue = Genre(name)
      } else {
        reader.report(
          .invalidValue(
            field: mapping.field("genre"), expected: "one of the title's genres",
            found: "'\(name)'", suggestion: Suggestion.closest(to: name, among: genres.map(\.name))),
          at: node)
      }
    }
    let face = reader.boolean(mapping, "face") ?? (featured != nil)
    guard let id, let tone else { return nil }
    return ArtworkVariant(id: id, featuredCast: featured, genreCue: cue, tone: tone, showsFace: face)
  }
}
