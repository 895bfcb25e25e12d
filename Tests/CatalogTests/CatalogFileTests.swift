import Catalog
import Datasets
import Support
import Testing

@Suite("Catalog files")
struct CatalogFileTests {
  @Test("a YAML catalog loads with defaults estimated")
  func yaml() throws {
    let path = try TestFiles.write(
      """
      name: Shelf
      titles:
        - id: night-shift
          name: Night Shift
          year: 2019
          genres: [Horror, Thriller]
          cast: [Maya Okafor, Leo Stone]
          maturity: R
          runtime: 104
          artwork:
            - {id: ns-dark, tone: dark, genre: Horror, cast: Maya Okafor}
            - {id: ns-plain, tone: suspenseful, face: false}
        - {id: 2, name: Sunny Days, genres: [Comedy]}
      """, named: "catalog.yaml")
    let catalog = try CatalogFile.load(path: path)
    #expect(catalog.count == 2)
    let night = try #require(catalog.title(id: "night-shift"))
    #expect(night.runtimeMinutes == 104)
    #expect(night.artwork[0] == ArtworkVariant(
      id: "ns-dark", featuredCast: "Maya Okafor", genreCue: .horror, tone: .dark, showsFace: true))
    let sunny = try #require(catalog.title(id: Label(2)))
    #expect((2...6).contains(sunny.artwork.count))
    #expect(sunny.maturityRating != .unrated)
  }

  @Test("a JSON catalog loads")
  func json() throws {
    let path = try TestFiles.write(
      #"{"titles": [{"id": 1, "name": "A", "genres": ["Drama"], "runtime": 90}]}"#, named: "c.json")
    #expect(try CatalogFile.load(path: path).title(id: Label(1))?.runtimeMinutes == 90)
  }

  @Test("problems have line, column and suggestions")
  func errors() throws {
    let path = try TestFiles.write(
      """
      titles:
        - id: 1
          name: A
          genres: [Drama]
          runtim: 90
          artwork:
            - {id: a, tone: drak, cast: Nobody}
        - {id: 1, name: B, genres: [Comedy]}
      """, named: "bad.yaml")
    let errors = CatalogFile.validate(path: path)
    #expect(errors.contains(
      .located(
        LocatedIssue(
          path: path, line: 5, column: 5, field: "runtim", message: "unknown key 'runtim' in 'titles[0]' (title)",
          suggestion: "runtime"))))
    let issues = errors.compactMap { if case .located(let issue) = $0 { issue } else { nil } }
    #expect(issues.contains { ($0.line, $0.column, $0.suggestion) == (7, 23, "dark") })
    #expect(issues.contains { ($0.line, $0.column) == (7, 35) && $0.message.contains("must be") })
    #expect(issues.contains { ($0.line, $0.column, $0.message) == (8, 10, "title id '1' appears more than once") })
    #expect(throws: CatalogError.self) { try CatalogFile.load(path: path) }
  }
}

@Suite("Duplicate keys: the same error on every read")
struct DuplicateKeyTests {
  @Test("a file repeating one key and a list used as a key gives one error, the same every time, at the repeat")
  func deterministic() throws {
    // From the fuzzer (Fuzz/Findings): Yams reported either duplicate, and
    // named the list key "<uncovertable>".
    let text = """
      {"name": "c", "titles": [
        {"id": "t1", "name": "A", "maturity": "G", [1, 2]: 3, "maturity": "PG", [1, 2]: 4}
      ]}
      """
    var messages: Set<String> = []
    for _ in 0..<20 {
      do {
        _ = try CatalogFile.parse(text, path: "catalog.json")
        Issue.record("a catalog with duplicate keys parsed")
      } catch {
        messages.insert("\(error)")
      }
    }
    #expect(messages.count == 1, "\(messages.sorted())")
    let message = try #require(messages.first)
    #expect(message.contains("key 'maturity' appears more than once"), "\(message)")
    #expect(message.contains("catalog.json:2:"), "\(message)")
    #expect(!message.contains("uncovertable"))
  }

  @Test("the second occurrence of a key is found in YAML and JSON text")
  func secondOccurrence() {
    #expect(DocumentReader.secondOccurrence(of: "id", in: "id: 1\nname: x\nid: 2\n")! == (3, 1))
    #expect(DocumentReader.secondOccurrence(of: "a", in: "{\"a\": 1, \"b\": 2, \"a\": 3}")! == (1, 18))
    #expect(DocumentReader.secondOccurrence(of: "id", in: "id: 1\n") == nil)
    // A key inside another word does not count.
    #expect(DocumentReader.secondOccurrence(of: "id", in: "id: 1\nvalid: 2\n") == nil)
  }
}
