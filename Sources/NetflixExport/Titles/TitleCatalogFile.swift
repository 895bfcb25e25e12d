import Catalog

/// The catalog a person gives with `--titles`: a MovieLens `movies.csv`,
/// `u.item` or `movies.dat` (read by Catalog's MovieLens importer), or a
/// Glasshouse catalog file (YAML or JSON).
public enum TitleCatalogFile {
  /// Reads the file, recognising its kind from its name.
  ///
  /// - Throws: ``NetflixExportError/titles(_:)`` naming the file, line and
  ///   field of the first problem.
  public static func load(path: String) throws(NetflixExportError) -> Catalog {
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    do throws(CatalogError) {
      if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") {
        return try CatalogFile.load(path: path)
      }
      return try MovieLensCatalogImporter.load(path: path)
    } catch {
      throw .titles(error)
    }
  }
}
