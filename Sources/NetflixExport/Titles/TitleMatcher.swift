import Catalog

/// Matches the titles an export names to a catalog the person gives, by
/// ``TitleKey`` (and by year when the export's title ends with one, as in
/// `Heat (1995)`); an episode is matched by its show.
///
/// A title that matches nothing keeps an id of its own
/// (``ExportIdentity/title(_:)``), so its viewing still counts for
/// everything that needs no genres.
public struct TitleMatcher: Sendable {
  /// What a title became.
  public struct Resolution: Sendable, Equatable {
    /// The Glasshouse title id: the catalog's when matched.
    public let id: String
    /// The name it is known by (the show, for an episode).
    public let name: String
    /// Whether a catalog title matched.
    public let matched: Bool
    /// Whether more than one catalog title had the key and no year told
    /// them apart (the lowest id was taken).
    public let ambiguous: Bool
    /// The catalog's running time in seconds, when matched.
    public let runtime: Double?
  }

  /// Key → catalog titles with it.
  private let byKey: [String: [Title]]
  /// Whether a catalog was given.
  public let hasCatalog: Bool

  /// A matcher for a catalog, or one that matches nothing.
  public init(catalog: Catalog?) {
    var byKey: [String: [Title]] = [:]
    for title in catalog?.titles ?? [] {
      for name in Set(TitleKey.names(of: title.name).map(TitleKey.of)) where !name.isEmpty {
        byKey[name, default: []].append(title)
      }
    }
    self.byKey = byKey.mapValues { $0.sorted { $0.id < $1.id } }
    hasCatalog = catalog != nil
  }

  /// What a title as the export writes it becomes.
  public func resolve(_ exportTitle: String) -> Resolution {
    var name = EpisodeTitle(exportTitle).show
    var year: Int?
    if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
      let y = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), (1870...2100).contains(y)
    {
      year = y
      name = String(name[..<open]).trimmedField
    }
    let candidates = byKey[TitleKey.of(name)] ?? []
    let fitting = year.map { y in candidates.filter { $0.year == y } } ?? candidates
    guard let first = fitting.first ?? (year == nil ? nil : candidates.first) else {
      return Resolution(id: ExportIdentity.title(name), name: name, matched: false, ambiguous: false, runtime: nil)
    }
    return Resolution(
      id: first.id.text, name: name, matched: true, ambiguous: fitting.count > 1,
      runtime: first.runtimeMinutes > 0 ? Double(first.runtimeMinutes * 60) : nil)
  }
}
