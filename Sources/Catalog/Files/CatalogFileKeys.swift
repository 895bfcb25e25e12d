/// The keys of catalog files (and of inline catalogs in scenario files),
/// documented in Docs/Catalog.md.
package enum CatalogFileKeys {
  /// The top level of a catalog file.
  package static let file = KeySet("catalog-file", required: ["titles"], optional: ["name"])
  /// One title.
  package static let title = KeySet(
    "title", required: ["id", "name", "genres"],
    optional: ["year", "cast", "maturity", "runtime", "artwork"])
  /// One artwork variant.
  package static let artwork = KeySet(
    "artwork", required: ["id", "tone"], optional: ["cast", "genre", "face"])

  /// Every key set, for the documentation tests.
  package static let all = [file, title, artwork]
}
