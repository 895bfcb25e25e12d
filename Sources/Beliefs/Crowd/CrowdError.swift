import Catalog
import Datasets

/// What can go wrong reading a crowd folder (`--crowd DIR`); every message
/// names the folder or file and says what was expected.
public enum CrowdError: Error, CustomStringConvertible, Sendable {
  /// The path is not a folder.
  case notAFolder(path: String)
  /// The folder holds no MovieLens ratings file in a known layout.
  case noRatings(folder: String, found: [String])
  /// The folder holds ratings but not the movies file of the same release.
  case noMovies(folder: String, ratings: String, expected: String)
  /// A ratings or users file could not be read (file, line and field named).
  case dataset(DatasetError)
  /// The movies file could not be read (file, line and field named).
  case catalog(CatalogError)
  /// No rating names a movie of the movies file.
  case noRatedTitles(ratings: String, movies: String, exampleItem: String)
  /// Too few members rated the catalog's movies to learn from.
  case tooFewMembers(ratings: String, found: Int, needed: Int)

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .notAFolder(let path):
      return "\(path): not a folder; --crowd takes a MovieLens folder (latest-small, 100K or 1M)"
    case .noRatings(let folder, let found):
      let listed = found.isEmpty ? "it is empty" : "it holds " + found.prefix(8).joined(separator: ", ")
        + (found.count > 8 ? " and \(found.count - 8) more" : "")
      return "\(folder): no MovieLens ratings: expected ratings.csv and movies.csv (latest-small), "
        + "u.data and u.item (100K) or ratings.dat and movies.dat (1M); \(listed)"
    case .noMovies(let folder, let ratings, let expected):
      return "\(folder): \(ratings) is there but not \(expected), which names and gives the genres of its movies"
    case .dataset(let error):
      return error.description
    case .catalog(let error):
      return error.description
    case .noRatedTitles(let ratings, let movies, let example):
      return "\(ratings): no rating names a movie of \(movies) (the first rating's movie id is '\(example)'); "
        + "give the ratings and movies files of the same MovieLens release"
    case .tooFewMembers(let ratings, let found, let needed):
      return "\(ratings): \(found) member\(found == 1 ? "" : "s") rated the movies; a crowd needs at least \(needed)"
    }
  }
}
