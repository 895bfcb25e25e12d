import Catalog
import Datasets
import Testing

@Suite("MovieLens catalog import")
struct MovieLensImportTests {
  @Test(
    "SharedData: ml-latest-small movies.csv has 9,742 titles and 20 genre labels",
    .enabled(
      if: TestFiles.sharedDataPresent,
      "needs ../shared/data/ml-latest-small next to the repository"))
  func importSharedDataMoviesCSV() throws {
    let catalog = try MovieLensCatalogImporter.load(path: TestFiles.sharedMovies)
    #expect(catalog.count == 9742)
    let genres = Set(catalog.genres)
    #expect(genres.count == 20)
    #expect(genres.contains(.noGenresListed))
    #expect(genres == Set(Genre.movieLens))
    // Counts match the documented constants.
    let counts = Dictionary(uniqueKeysWithValues: catalog.genreCounts.map { ($0.genre.name, $0.titles) })
    #expect(counts["Drama"] == 4361)
    #expect(counts["(no genres listed)"] == 34)
    let toyStory = try #require(catalog.title(id: Label(1)))
    #expect(toyStory.name == "Toy Story")
    #expect(toyStory.year == 1995)
    #expect(toyStory.genres == [.adventure, .animation, .children, .comedy, .fantasy])
    #expect(toyStory.cast.isEmpty)
    #expect((2...6).contains(toyStory.artwork.count))
    // A quoted title with a comma inside.
    let quoted = catalog.titles.first { $0.name == "American President, The" }
    #expect(quoted?.year == 1995)
    // Years: all but 13 titles end in a year; a range gives its first year.
    #expect(catalog.titles.filter { $0.year == nil }.count == 12)
    #expect(catalog.titles.contains { $0.name == "Death Note: Desu nôto" && $0.year == 2006 })
  }

  @Test("u.item in Latin-1 with 19 genre flags")
  func uItemLatin1() throws {
    let text =
      "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
      + "2|Cité des enfants perdus, La (1995)|01-Jan-1995||http://x|0|0|1|0|0|0|0|0|1|0|0|0|0|0|0|1|0|0|0\n"
      + "267|unknown||||1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
    let path = try TestFiles.write(TestFiles.latin1(text), named: "u.item")
    let catalog = try MovieLensCatalogImporter.load(path: path)
    #expect(catalog.count == 3)
    let cite = try #require(catalog.title(id: Label(2)))
    #expect(cite.name == "Cité des enfants perdus, La")
    #expect(cite.year == 1995)
    #expect(cite.genres == [.adventure, .drama, .sciFi])
    #expect(catalog.title(id: Label(1))?.genres == [.animation, .children, .comedy])
    let unknown = try #require(catalog.title(id: Label(267)))
    #expect(unknown.genres == [.noGenresListed])
    #expect(unknown.year == nil)
    #expect(unknown.maturityRating == .unrated)
  }

  @Test("movies.dat with '::' separators, Latin-1 and CRLF")
  func moviesDatLatin1() throws {
    let text =
      "1::Toy Story (1995)::Animation|Children's|Comedy\r\n"
      + "2::Misérables, Les (1995)::Drama|Musical\r\n"
      + "3::Señorita Extraviada (2001)::Documentary\r\n"
    let path = try TestFiles.write(TestFiles.latin1(text), named: "movies.dat")
    let catalog = try MovieLensCatalogImporter.load(path: path)
    #expect(catalog.count == 3)
    #expect(catalog.title(id: Label(2))?.name == "Misérables, Les")
    #expect(catalog.title(id: Label(3))?.name == "Señorita Extraviada")
    #expect(catalog.title(id: Label(1))?.genres == [.animation, .children, .comedy])
  }

  @Test("movies.dat in UTF-8 (10M) is read as UTF-8")
  func moviesDatUTF8() throws {
    let path = try TestFiles.write("7::Amélie (2001)::Comedy|Romance\n", named: "movies.dat")
    let catalog = try MovieLensCatalogImporter.load(path: path)
    #expect(catalog.title(id: Label(7))?.name == "Amélie")
  }

  @Test("movies.csv quoting, escaped quotes and CRLF")
  func moviesCSVQuoting() throws {
    let text =
      "movieId,title,genres\r\n"
      + "11,\"American President, The (1995)\",Comedy|Drama|Romance\r\n"
      + "12,\"\"\"Great Performances\"\" Cats (1998)\",Musical\r\n"
      + "13,Babylon 5,Sci-Fi\r\n"
    let path = try TestFiles.write(text, named: "movies.csv")
    let catalog = try MovieLensCatalogImporter.load(path: path)
    #expect(catalog.title(id: Label(11))?.name == "American President, The")
    #expect(catalog.title(id: Label(12))?.name == "\"Great Performances\" Cats")
    #expect(catalog.title(id: Label(12))?.year == 1998)
    #expect(catalog.title(id: Label(13))?.year == nil)
    #expect(catalog.title(id: Label(13))?.name == "Babylon 5")
  }

  @Test("the layout is recognised from the first line when the name is not standard")
  func layoutDetection() throws {
    let dat = try TestFiles.write("1::A (1990)::Drama\n", named: "films.txt")
    #expect(try MovieLensCatalogImporter.detectLayout(path: dat) == .moviesDat)
    let csv = try TestFiles.write("movieId,title,genres\n1,A (1990),Drama\n", named: "x.csv")
    #expect(try MovieLensCatalogImporter.detectLayout(path: csv) == .moviesCSV)
    let other = try TestFiles.write("hello world\n", named: "notes.txt")
    #expect(throws: CatalogError.self) { try MovieLensCatalogImporter.detectLayout(path: other) }
  }

  @Test("a bad genre flag names the line and the genre")
  func badFlag() throws {
    let text = "1|A (1990)|01-Jan-1990||u|0|0|0|0|0|0|0|0|0|0|0|2|0|0|0|0|0|0|0\n"
    let path = try TestFiles.write(text, named: "u.item")
    #expect(
      throws: CatalogError.malformedLine(
        path: path, line: 1, field: "genre flag 12 (Horror)", expected: "0 or 1", found: "2")
    ) { try MovieLensCatalogImporter.load(path: path) }
  }

  @Test("a repeated movie id is an error naming both lines")
  func duplicateID() throws {
    let path = try TestFiles.write("1::A (1990)::Drama\n1::B (1991)::Comedy\n", named: "movies.dat")
    #expect(throws: CatalogError.self) { try MovieLensCatalogImporter.load(path: path) }
    do {
      _ = try MovieLensCatalogImporter.load(path: path)
    } catch {
      #expect(error.description.contains(":2:"))
      #expect(error.description.contains("line 1"))
    }
  }

  @Test("imported artwork is deterministic and consistent with the genres")
  func synthesizedArtwork() throws {
    let path = try TestFiles.write("5::Scream (1996)::Horror|Thriller\n", named: "movies.dat")
    let first = try MovieLensCatalogImporter.load(path: path)
    let second = try MovieLensCatalogImporter.load(path: path)
    #expect(first == second)
    let title = try #require(first.title(id: Label(5)))
    #expect(title.artwork[0].genreCue == .horror)
    #expect(title.artwork[0].tone == .dark)
    for variant in title.artwork {
      #expect(variant.featuredCast == nil)
      #expect(variant.genreCue.map { title.genres.contains($0) } ?? true)
    }
  }
}
