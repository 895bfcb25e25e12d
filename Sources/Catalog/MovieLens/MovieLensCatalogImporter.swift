import Datasets
import Support

/// Imports a MovieLens catalog (`movies.csv`, `u.item` or `movies.dat`).
///
/// MovieLens lists only id, title (with the year in parentheses at its
/// end) and genres. Everything else is estimated from the id and genres
/// and is the same on every import (see ``TitleEstimates`` and
/// Docs/Catalog.md): the cast is empty, the runtime and age rating follow
/// the genres, and 2–6 artwork variants are synthesized whose tags cue the
/// title's genres and show an unnamed face or none. Genre labels of 100K
/// and 1M are normalised to the "latest" spelling (`Children's` →
/// `Children`, `unknown` → `(no genres listed)`), and a title with no genre
/// gets `(no genres listed)`.
public enum MovieLensCatalogImporter {
  /// Reads a catalog file, recognising its layout from the file name or
  /// first line unless one is given.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - layout: The layout; `nil` detects it (``detectLayout(path:)``).
  ///   - encoding: The text encoding; `nil` uses the layout's default.
  /// - Throws: ``CatalogError`` naming the file, line and field of the
  ///   first problem.
  /// - Complexity: O(file size); one pass in constant memory per line.
  public static func load(
    path: String, layout requestedLayout: MovieLensCatalogLayout? = nil, encoding: MovieLensTextEncoding? = nil
  ) throws(CatalogError) -> Catalog {
    let layout: MovieLensCatalogLayout
    if let given = requestedLayout { layout = given } else { layout = try detectLayout(path: path) }
    let encoding = encoding ?? layout.defaultEncoding
    var reader: LineReader
    do throws(FileOpenError) { reader = try LineReader(path: path) } catch {
      throw .cannotOpen(path: path, reason: error.reason)
    }
    var titles: [Title] = []
    var seen: [Label: Int] = [:]
    var failure: CatalogError?
    reader.forEachLine { (bytes: UnsafeBufferPointer<UInt8>, line: Int) in
      if failure != nil { return }
      guard let text = encoding.decode(bytes) else {
        failure = .malformedLine(
          path: path, line: line, field: "text", expected: "\(encoding) text",
          found: String(decoding: bytes.prefix(80), as: UTF8.self))
        return
      }
      do throws(CatalogError) {
        guard let title = try parse(text, line: line, layout: layout, path: path) else { return }
        if let first = seen.updateValue(line, forKey: title.id) {
          throw CatalogError.malformedLine(
            path: path, line: line, field: "movie id",
            expected: "an id not used before (line \(first) has \(title.id))",
            found: title.id.text)
        }
        titles.append(title)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    guard !titles.isEmpty else { throw .empty(path: path) }
    return try Catalog(titles: titles)
  }

  /// Recognises a file's layout: by its name (`movies.csv`, `u.item`,
  /// `movies.dat`), else by its first line (the `movieId,title,genres`
  /// header, `::` separators, or 24 `|`-separated fields).
  ///
  /// - Throws: ``CatalogError/unknownLayout(path:firstLine:)`` or
  ///   ``CatalogError/cannotOpen(path:reason:)``.
  public static func detectLayout(path: String) throws(CatalogError) -> MovieLensCatalogLayout {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if let layout = MovieLensCatalogLayout(rawValue: name) { return layout }
    var reader: LineReader
    do throws(FileOpenError) { reader = try LineReader(path: path) } catch {
      throw .cannotOpen(path: path, reason: error.reason)
    }
    var first: String?
    reader.forEachLine { (bytes: UnsafeBufferPointer<UInt8>, _: Int) in
      if first == nil { first = MovieLensTextEncoding.automatic.decode(bytes) }
    }
    guard let first else { throw .empty(path: path) }
    if first.hasPrefix("movieId,title,genres") { return .moviesCSV }
    if first.contains("::") { return .moviesDat }
    if first.split(separator: "|", omittingEmptySubsequences: false).count == 24 { return .uItem }
    throw .unknownLayout(path: path, firstLine: first)
  }

  // MARK: Lines

  private static func parse(
    _ text: String, line: Int, layout: MovieLensCatalogLayout, path: String
  ) throws(CatalogError) -> Title? {
    if text.allSatisfy(\.isWhitespace) { return nil }
    switch layout {
    case .moviesCSV:
      if line == 1 {
        guard text.hasPrefix("movieId,title,genres") else {
          throw .malformedLine(
            path: path, line: line, field: "header", expected: "'movieId,title,genres'",
            found: text)
        }
        return nil
      }
      let fields: [String]
      do throws(CSVRecord.UnclosedQuote) { fields = try CSVRecord(parsing: text).fields } catch {
        throw .malformedLine(
          path: path, line: line, field: "field \(error.field)", expected: "a closing double quote",
          found: error.text)
      }
      guard fields.count == 3 else {
        throw .malformedLine(
          path: path, line: line, field: "fields", expected: "3 fields (movieId,title,genres)",
          found: "\(fields.count) fields")
      }
      return try makeTitle(
        id: fields[0], rawTitle: fields[1], genres: genreList(fields[2]), releaseDate: nil,
        path: path, line: line)
    case .moviesDat:
      let fields = text.components(separatedBy: "::")
      guard fields.count == 3 else {
        throw .malformedLine(
          path: path, line: line, field: "fields",
          expected: "3 fields separated by '::' (MovieID::Title::Genres)",
          found: "\(fields.count) fields")
      }
      return try makeTitle(
        id: fields[0], rawTitle: fields[1], genres: genreList(fields[2]), releaseDate: nil,
        path: path, line: line)
    case .uItem:
      let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 24 else {
        throw .malformedLine(
          path: path, line: line, field: "fields",
          expected: "24 fields separated by '|' (id, title, dates, URL, 19 genre flags)",
          found: "\(fields.count) fields")
      }
      var genres: [Genre] = []
      for (offset, flag) in fields[5...].enumerated() {
        switch flag {
        case "1": genres.append(MovieLensCatalogLayout.uItemGenres[offset])
        case "0": break
        default:
          throw .malformedLine(
            path: path, line: line,
            field: "genre flag \(offset + 1) (\(MovieLensCatalogLayout.uItemGenres[offset]))",
            expected: "0 or 1", found: flag)
        }
      }
      return try makeTitle(
        id: fields[0], rawTitle: fields[1], genres: genres, releaseDate: fields[2],
        path: path, line: line)
    }
  }

  private static func genreList(_ field: String) -> [Genre] {
    field.split(separator: "|").map { normalizedGenre(String($0)) }
  }

  /// Maps the 100K/1M spellings to the "latest" ones.
  static func normalizedGenre(_ label: String) -> Genre {
    switch label {
    case "Children's": return .children
    case "unknown": return .noGenresListed
    default: return Genre(label)
    }
  }

  private static func makeTitle(
    id: String, rawTitle: String, genres: [Genre], releaseDate: String?, path: String, line: Int
  ) throws(CatalogError) -> Title {
    let idText = id.trimmingWhitespace()
    guard !idText.isEmpty, Int(idText) != nil else {
      throw .malformedLine(path: path, line: line, field: "movie id", expected: "a whole number", found: id)
    }
    var (name, year) = splitYear(rawTitle)
    if year == nil, let releaseDate, releaseDate.count >= 4, let parsed = Int(releaseDate.suffix(4)) {
      year = parsed
    }
    if name.isEmpty { name = rawTitle.trimmingWhitespace() }
    var unique: [Genre] = []
    for genre in genres where !unique.contains(genre) { unique.append(genre) }
    if unique.isEmpty { unique = [.noGenresListed] }
    if unique.count > 1 { unique.removeAll { $0 == .noGenresListed } }
    return TitleEstimates.title(id: Label(idText), name: name, year: year, genres: unique)
  }

  /// Splits `"Heat (1995)"` into `("Heat", 1995)`; the year is the first
  /// four digits of a parenthesised group at the very end (so
  /// `"(2006–2007)"` gives 2006), and a title without one keeps its name.
  static func splitYear(_ raw: String) -> (name: String, year: Int?) {
    let trimmed = raw.trimmingWhitespace()
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else {
      return (trimmed, nil)
    }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let digits = inside.prefix(4)
    guard digits.count == 4, digits.allSatisfy(\.isASCII), let year = Int(digits),
      inside.dropFirst(4).allSatisfy({ $0.isNumber || $0 == "–" || $0 == "-" })
    else { return (trimmed, nil) }
    return (String(trimmed[..<open]).trimmingWhitespace(), year)
  }

}

extension String {
  /// The text without leading and trailing whitespace.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
