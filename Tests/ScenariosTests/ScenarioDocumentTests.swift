import Catalog
import Testing

@testable import Scenarios

@Suite("Scenario document: the checks every part shares")
struct ScenarioDocumentTests {
  @Test("exactly one of several keys: none and two are reported")
  func exactlyOne() throws {
    let document = ScenarioNodes.document()
    let root = try #require(document.reader.compose("a: {x: 1}\nb: {x: 1, y: 2}\nc: {z: 1}\n"))
    let keys = KeySet("thing", optional: ["x", "y", "z"])
    let nodes = try ["a", "b", "c"].map { try #require(root[$0]) }
    let a = try #require(document.reader.mapping(nodes[0], keys, field: "a"))
    let b = try #require(document.reader.mapping(nodes[1], keys, field: "b"))
    let c = try #require(document.reader.mapping(nodes[2], keys, field: "c"))
    #expect(document.exactlyOne(of: ["x", "y"], in: a, context: "'a'") == "x")
    #expect(document.exactlyOne(of: ["x", "y"], in: b, context: "'b'") == nil)
    #expect(document.exactlyOne(of: ["x", "y"], in: c, context: "'c'") == nil)
    #expect(
      ScenarioNodes.kinds(document) == [
        .conflictingKeys(keys: ["x", "y"], context: "'b'"), .conflictingKeys(keys: ["x", "y"], context: "'c'"),
      ])
    // The second of two keys is pointed at.
    #expect(document.reader.issues.first.map { ($0.line, $0.column) } ?? (0, 0) == (2, 11))
  }

  @Test("a reference must name a declared id; ml-<user> names a profile only when ratings are replayed")
  func references() throws {
    for replays in [false, true] {
      let document = ScenarioNodes.document(replaysRatings: replays)
      let root = try #require(document.reader.compose("[alxe, ml-7, ml-7]"))
      let items = try #require(document.reader.list(root, field: "refs"))
      #expect(document.reference(items[0], field: "refs[0]", kind: "persona", among: ["alex", "sam"]) == nil)
      #expect(document.reference(items[1], field: "refs[1]", kind: "profile", among: ["alex"]) == (replays ? "ml-7" : nil))
      #expect(document.reference(items[2], field: "refs[2]", kind: "persona", among: ["alex"]) == nil)
      let unknownAlxe = DocumentIssue.Kind.unknownReference(field: "refs[0]", name: "alxe", kind: "persona", suggestion: "alex")
      let unknownProfile = DocumentIssue.Kind.unknownReference(field: "refs[1]", name: "ml-7", kind: "profile", suggestion: nil)
      let unknownPersona = DocumentIssue.Kind.unknownReference(field: "refs[2]", name: "ml-7", kind: "persona", suggestion: nil)
      #expect(ScenarioNodes.kinds(document) == (replays ? [unknownAlxe, unknownPersona] : [unknownAlxe, unknownProfile, unknownPersona]))
    }
  }

  @Test("identifiers are letters, digits, '-' and '_'; duplicate ids are reported at the second")
  func identifiersAndDuplicates() throws {
    let document = ScenarioNodes.document()
    let root = try #require(document.reader.compose("- {id: ok_1-x}\n- {id: not ok}\n- {id: ok_1-x}\n"))
    let items = try #require(document.reader.list(root, field: "items"))
    let keys = KeySet("item", optional: ["id"])
    let first = try #require(document.reader.mapping(items[0], keys, field: "items[0]"))
    let second = try #require(document.reader.mapping(items[1], keys, field: "items[1]"))
    #expect(document.identifier(first, "id") == "ok_1-x")
    #expect(document.identifier(second, "id") == nil)
    document.checkUnique(items, what: "item id")
    #expect(
      ScenarioNodes.kinds(document) == [
        .invalidValue(
          field: "items[1].id", expected: "an identifier of letters, digits, '-' and '_'", found: "'not ok'",
          suggestion: nil),
        .duplicate(what: "item id", name: "ok_1-x"),
      ])
    #expect(document.reader.issues.last?.line == 3)
    #expect(document.location(of: items[2]) == SourceLocation(path: ScenarioNodes.path, line: 3, column: 3))
  }

  @Test("genre names: MovieLens's and the catalog's; an unknown one is reported with the closest")
  func genres() throws {
    let document = ScenarioNodes.document()
    let root = try #require(document.reader.compose("[Horror, Space Opera, Horor]"))
    let items = try #require(document.reader.list(root, field: "g"))
    var vocabulary = GenreVocabulary()
    #expect(vocabulary.check("Horror", field: "g[0]", at: items[0], reader: document.reader))
    #expect(!vocabulary.check("Space Opera", field: "g[1]", at: items[1], reader: document.reader))
    vocabulary.add([Genre("Space Opera")])
    #expect(vocabulary.check("Space Opera", field: "g[1]", at: items[1], reader: document.reader))
    #expect(!vocabulary.check("Horor", field: "g[2]", at: items[2], reader: document.reader))
    guard case .invalidValue(_, _, let found, let suggestion)? = ScenarioNodes.kinds(document).last else {
      Issue.record("an invalid genre")
      return
    }
    #expect(found == "'Horor'" && suggestion == "Horror")
    #expect(ScenarioNodes.kinds(document).count == 2)
  }
}
