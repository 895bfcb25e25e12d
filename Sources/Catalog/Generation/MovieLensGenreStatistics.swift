/// Genre statistics of MovieLens "latest-small" (September 2018 build,
/// `movies.csv`, 9,742 movies), kept as constants so the generator needs no
/// data files. Computed once with a short script over that file; see
/// Docs/Catalog.md.
///
/// Harper and Konstan, "The MovieLens Datasets: History and Context", ACM
/// TiiS 2015.
package enum MovieLensGenreStatistics {
  /// The number of titles carrying each of the twenty genre labels, most
  /// frequent first (9,742 titles; a title can have several).
  package static let titleCounts: [(genre: Genre, titles: Int)] = [
    (.drama, 4361), (.comedy, 3756), (.thriller, 1894), (.action, 1828),
    (.romance, 1596), (.adventure, 1263), (.crime, 1199), (.sciFi, 980),
    (.horror, 978), (.fantasy, 779), (.children, 664), (.animation, 611),
    (.mystery, 573), (.documentary, 440), (.war, 382), (.musical, 334),
    (.western, 167), (.imax, 158), (.filmNoir, 87), (.noGenresListed, 34),
  ]

  /// The eighteen story genres the generator draws from: the labels above
  /// without `IMAX` (a presentation format) and `(no genres listed)`.
  package static let storyGenres: [Genre] = [
    .drama, .comedy, .thriller, .action, .romance, .adventure, .crime, .sciFi,
    .horror, .fantasy, .children, .animation, .mystery, .documentary, .war,
    .musical, .western, .filmNoir,
  ]

  /// Per story genre (in ``storyGenres`` order), the number of titles whose
  /// only story genre it is.
  package static let singleGenreTitles: [Int] = [
    1053, 946, 84, 61, 21, 12, 12, 38, 169, 4, 4, 30, 3, 345, 4, 15, 23, 3,
  ]

  /// How many story genres a title has: (genres, titles), over the 9,708
  /// titles with at least one.
  package static let genresPerTitle: [(genres: Int, titles: Int)] = [
    (1, 2827), (2, 3230), (3, 2393), (4, 944), (5, 248), (6, 56), (7, 8), (8, 1), (10, 1),
  ]

  /// Co-occurrence: entry `[i][j]` is the number of titles carrying both
  /// story genres `i` and `j` (``storyGenres`` order; the diagonal is 0).
  package static let coOccurrence: [[Int]] = [
    [0, 1013, 832, 529, 934, 311, 637, 208, 165, 209, 101, 85, 288, 22, 298, 116, 59, 50],
    [1013, 0, 193, 429, 884, 399, 345, 189, 187, 293, 362, 269, 79, 40, 59, 168, 40, 2],
    [832, 193, 0, 655, 114, 199, 569, 302, 459, 91, 5, 18, 354, 2, 41, 3, 18, 41],
    [529, 429, 655, 0, 93, 610, 418, 451, 143, 208, 77, 142, 82, 4, 128, 5, 42, 5],
    [934, 884, 114, 93, 0, 119, 81, 51, 24, 127, 45, 46, 62, 2, 54, 96, 20, 8],
    [311, 399, 199, 610, 119, 0, 63, 306, 30, 334, 312, 247, 37, 6, 56, 40, 37, 2],
    [637, 345, 569, 418, 81, 63, 0, 29, 59, 21, 12, 21, 164, 5, 10, 8, 11, 52],
    [208, 189, 302, 451, 51, 306, 29, 0, 207, 115, 58, 107, 69, 0, 12, 8, 8, 3],
    [165, 187, 459, 143, 24, 30, 59, 207, 0, 88, 5, 17, 133, 2, 3, 7, 8, 2],
    [209, 293, 91, 208, 127, 334, 21, 115, 88, 0, 209, 175, 55, 2, 8, 51, 6, 1],
    [101, 362, 5, 77, 45, 312, 12, 58, 5, 209, 0, 302, 18, 1, 3, 84, 6, 0],
    [85, 269, 18, 142, 46, 247, 21, 107, 17, 175, 302, 0, 19, 3, 7, 69, 3, 2],
    [288, 79, 354, 82, 62, 37, 164, 69, 133, 55, 18, 19, 0, 2, 3, 5, 4, 24],
    [22, 40, 2, 4, 2, 6, 5, 0, 2, 2, 1, 3, 2, 0, 12, 13, 1, 0],
    [298, 59, 41, 128, 54, 56, 10, 12, 3, 8, 3, 7, 3, 12, 0, 2, 10, 0],
    [116, 168, 3, 5, 96, 40, 8, 8, 7, 51, 84, 69, 5, 13, 2, 0, 10, 0],
    [59, 40, 18, 42, 20, 37, 11, 8, 8, 6, 6, 3, 4, 1, 10, 10, 0, 1],
    [50, 2, 41, 5, 8, 2, 52, 3, 2, 1, 0, 2, 24, 0, 0, 0, 1, 0],
  ]

  /// Titles per release decade (9,729 titles whose name ends in a year):
  /// (first year of the decade, titles). The 2010s stop at 2018.
  package static let titlesPerDecade: [(decade: Int, titles: Int)] = [
    (1900, 3), (1910, 7), (1920, 37), (1930, 136), (1940, 197), (1950, 279),
    (1960, 401), (1970, 500), (1980, 1177), (1990, 2212), (2000, 2849), (2010, 1931),
  ]

  /// The share of titles carrying a genre (0 for genres MovieLens lacks).
  package static func share(of genre: Genre) -> Double {
    let total = 9742.0
    return Double(titleCounts.first { $0.genre == genre }?.titles ?? 0) / total
  }
}
