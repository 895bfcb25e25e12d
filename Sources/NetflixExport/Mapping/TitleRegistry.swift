import Catalog
import Datasets

/// The titles an import met, resolved through the ``TitleMatcher`` once
/// each, with what matched and what did not for the summary.
struct TitleRegistry {
  let matcher: TitleMatcher
  private var seen: [String: TitleMatcher.Resolution] = [:]

  init(matcher: TitleMatcher) { self.matcher = matcher }

  /// The resolution of a title as the export writes it.
  mutating func resolve(_ text: String) -> TitleMatcher.Resolution {
    if let known = seen[text] { return known }
    let resolution = matcher.resolve(text)
    seen[text] = resolution
    return resolution
  }

  /// The titles the log names, by id: a matched title as the person's
  /// catalog has it (genres, cast, year), an unmatched show or film as a
  /// title of its own with its name and no genres, so that viewing it still
  /// counts for everything that needs none.
  func titles(from catalog: Catalog?) -> [Title] {
    var byID: [String: TitleMatcher.Resolution] = [:]
    for resolution in seen.values { byID[resolution.id] = resolution }
    return byID.keys.sorted().map { id in
      let resolution = byID[id]!
      if resolution.matched, let title = catalog?.title(id: Label(id)) { return title }
      return Title(
        id: Label(id), name: resolution.name, year: nil, genres: [], cast: [], maturityRating: .unrated,
        runtimeMinutes: Int(((resolution.runtime ?? 45 * 60) / 60).rounded()), artwork: [])
    }
  }

  /// Counts for the summary: distinct shows and films.
  func summary(catalog: String?) -> ImportSummary.Titles {
    var byID: [String: TitleMatcher.Resolution] = [:]
    for resolution in seen.values { byID[resolution.id] = resolution }
    var titles = ImportSummary.Titles()
    titles.catalog = catalog
    titles.matched = byID.values.filter(\.matched).count
    titles.ambiguous = byID.values.filter(\.ambiguous).count
    let unmatched = byID.values.filter { !$0.matched }.map(\.name)
    titles.unmatched = unmatched.count
    titles.unmatchedTitles = unmatched.sorted()
    return titles
  }
}
