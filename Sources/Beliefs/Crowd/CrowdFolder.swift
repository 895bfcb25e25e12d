import Foundation

/// A folder of public labelled ratings that a person points `--crowd` to,
/// recognised by the files MovieLens ships in it: latest-small
/// (`ratings.csv`, `movies.csv`), 100K (`u.data`, `u.item`, `u.user`) or
/// 1M (`ratings.dat`, `movies.dat`, `users.dat`). The users file is
/// optional: without it the crowd gives a taste space but no demographic
/// labels.
public struct CrowdFolder: Sendable, Equatable {
  /// The MovieLens release a folder holds.
  public enum Release: String, Sendable, Codable, CaseIterable {
    /// MovieLens latest-small (or any "latest" release): no user file.
    case latest = "MovieLens latest"
    /// MovieLens 100K: ages in years, genders, occupations.
    case movieLens100K = "MovieLens 100K"
    /// MovieLens 1M: age codes, genders, occupation codes.
    case movieLens1M = "MovieLens 1M"

    /// The file names of its ratings, movies and users, in that order.
    var files: (ratings: String, movies: String, users: String?) {
      switch self {
      case .latest: return ("ratings.csv", "movies.csv", nil)
      case .movieLens100K: return ("u.data", "u.item", "u.user")
      case .movieLens1M: return ("ratings.dat", "movies.dat", "users.dat")
      }
    }
  }

  /// The folder as given.
  public let path: String
  /// The release its files are.
  public let release: Release
  /// The ratings file.
  public let ratings: String
  /// The movies file (the crowd's catalog, and the titles an import matches).
  public let movies: String
  /// The users file with ages and genders, when the folder has one.
  public let users: String?

  /// Recognises the release in a folder by its ratings file (1M, then
  /// 100K, then latest), and requires that release's movies file.
  ///
  /// - Throws: ``CrowdError`` when the path is not a folder, holds no
  ///   ratings file, or holds ratings without their movies file.
  public static func locate(_ path: String) throws(CrowdError) -> CrowdFolder {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      throw .notAFolder(path: path)
    }
    // Paths as the person wrote the folder, so messages name what they typed.
    func file(_ name: String) -> String? {
      let candidate = path.hasSuffix("/") ? path + name : path + "/" + name
      return manager.fileExists(atPath: candidate) ? candidate : nil
    }
    for release in [Release.movieLens1M, .movieLens100K, .latest] {
      let names = release.files
      guard let ratings = file(names.ratings) else { continue }
      guard let movies = file(names.movies) else {
        throw .noMovies(folder: path, ratings: names.ratings, expected: names.movies)
      }
      return CrowdFolder(path: path, release: release, ratings: ratings, movies: movies, users: names.users.flatMap(file))
    }
    let found = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
    throw .noRatings(folder: path, found: found)
  }
}
