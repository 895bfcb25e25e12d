/// The three MovieLens catalog file layouts.
public enum MovieLensCatalogLayout: String, Sendable, CaseIterable {
  /// `movies.csv` of the "latest" sets (ml-latest-small, ml-25m, ...):
  /// a header `movieId,title,genres`, comma-separated with RFC 4180
  /// quoting, genres separated by `|`, UTF-8.
  case moviesCSV = "movies.csv"
  /// `u.item` of MovieLens 100K: `|`-separated id, title, release date,
  /// video release date, IMDb URL and 19 genre flags (0 or 1), Latin-1.
  case uItem = "u.item"
  /// `movies.dat` of MovieLens 1M (and 10M): `id::title::genres` with
  /// genres separated by `|`, Latin-1 in 1M.
  case moviesDat = "movies.dat"

  /// The text encoding the layout's files use by default: UTF-8 for
  /// `movies.csv`, Latin-1 for `u.item`, and for `movies.dat` UTF-8 where a
  /// line is valid UTF-8 and Latin-1 otherwise (1M is Latin-1, 10M UTF-8).
  public var defaultEncoding: MovieLensTextEncoding {
    switch self {
    case .moviesCSV: return .utf8
    case .uItem: return .latin1
    case .moviesDat: return .automatic
    }
  }

  /// The genres of the 100K `u.item` flags, in column order, normalised to
  /// the "latest" spelling (`unknown` becomes `(no genres listed)`,
  /// `Children's` becomes `Children`).
  static let uItemGenres: [Genre] = [
    .noGenresListed, .action, .adventure, .animation, .children, .comedy, .crime,
    .documentary, .drama, .fantasy, .filmNoir, .horror, .musical, .mystery, .romance,
    .sciFi, .thriller, .war, .western,
  ]
}

/// How the bytes of a MovieLens file become text.
public enum MovieLensTextEncoding: Sendable, Equatable {
  /// UTF-8; invalid bytes are an error.
  case utf8
  /// ISO 8859-1: every byte is the Unicode scalar of the same value.
  case latin1
  /// UTF-8 for lines that are valid UTF-8, Latin-1 for the others.
  case automatic

  /// Decodes one line, or `nil` when it is not valid in this encoding.
  func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    switch self {
    case .utf8:
      return String(validating: bytes, as: UTF8.self)
    case .latin1:
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
      return String(scalars)
    case .automatic:
      return MovieLensTextEncoding.utf8.decode(bytes) ?? MovieLensTextEncoding.latin1.decode(bytes)
    }
  }
}
