import Catalog
import Datasets
import Events
import Foundation

/// The folder `glasshouse import netflix` writes, read back: its events and
/// the catalog of the titles they name (`titles.json`), so that `explain`
/// and `whatif` work on it as on a run's folder — with no platform model
/// behind it.
public enum ImportFolder {
  /// The file that marks a folder as an import's.
  public static let summaryFile = "import.json"
  /// The titles the events name, as the import resolved them.
  public static let titlesFile = "titles.json"

  /// One title as `titles.json` holds it.
  struct StoredTitle: Codable {
    let id: String
    let name: String
    let year: Int?
    let genres: [String]
    let cast: [String]
    let runtimeMinutes: Int
  }

  /// The crowd an import placed its profiles among (`import.json`'s
  /// `crowd`), if any.
  public static func crowd(path: String) -> String? {
    let url = URL(fileURLWithPath: path).appendingPathComponent(summaryFile)
    guard let data = try? Data(contentsOf: url),
      let summary = try? JSONDecoder().decode(ImportSummary.self, from: data)
    else { return nil }
    return summary.crowd
  }

  /// Whether a folder was written by `glasshouse import`.
  public static func isImport(path: String) -> Bool {
    FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent(summaryFile).path)
  }

  /// The bytes of `titles.json` for a catalog (sorted keys, one title per
  /// catalog title, in catalog order).
  public static func titlesJSON(_ catalog: Catalog) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(catalog.titles.map { title in
      StoredTitle(
        id: title.id.text, name: title.name, year: title.year, genres: title.genres.map(\.name), cast: title.cast,
        runtimeMinutes: title.runtimeMinutes)
    })
  }

  /// An import folder's events and titles.
  ///
  /// - Throws: ``NetflixExportError/cannotOpen(path:reason:)`` naming the
  ///   file at fault.
  public static func open(path: String) throws(NetflixExportError) -> (events: [Event], catalog: Catalog) {
    let folder = URL(fileURLWithPath: path)
    let titlesPath = folder.appendingPathComponent(titlesFile).path
    let stored: [StoredTitle]
    do {
      stored = try JSONDecoder().decode([StoredTitle].self, from: Data(contentsOf: URL(fileURLWithPath: titlesPath)))
    } catch {
      throw .cannotOpen(path: titlesPath, reason: "not the titles file an import writes (\(error.localizedDescription))")
    }
    let catalog: Catalog
    do throws(CatalogError) {
      catalog = try Catalog(titles: stored.map { title in
        Title(
          id: Label(title.id), name: title.name, year: title.year, genres: title.genres.map { Genre($0) },
          cast: title.cast, maturityRating: .unrated, runtimeMinutes: title.runtimeMinutes, artwork: [])
      })
    } catch {
      throw .cannotOpen(path: titlesPath, reason: "\(error)")
    }
    let eventsPath = folder.appendingPathComponent("events.jsonl").path
    let ingestion: Ingestion
    do throws(EventLogError) {
      ingestion = try EventLogReader.ingest(path: eventsPath, rejectsPath: nil)
    } catch {
      throw .cannotOpen(path: eventsPath, reason: "\(error)")
    }
    guard ingestion.summary.rejected == 0 else {
      throw .cannotOpen(
        path: eventsPath,
        reason: "\(ingestion.summary.rejected) line(s) do not read as events; run `glasshouse validate \(eventsPath)`")
    }
    return (ingestion.log.timelines.flatMap(\.events), catalog)
  }
}
