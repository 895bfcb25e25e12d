import Catalog
import Testing

@testable import Scenarios

@Suite("Scripted event decoder: event fields as JSON values")
struct ScriptedEventDecoderTests {
  @Test("plain scalars keep their YAML type, quoted ones are strings, and every event keeps its line")
  func values() throws {
    let document = ScenarioNodes.document()
    let root = try #require(
      document.reader.compose(
        """
        - {type: rating, count: 3, share: 0.5, kids: true, quoted: "42", none: null, nested: {list: [1, x]}}
        - just text
        - {type: search}
        """))
    let events = try #require(ScriptedEventDecoder(document: document).events(root))
    #expect(events.count == 2)
    #expect(events.map(\.location.line) == [1, 3])
    let fields = events[0].fields
    #expect(fields["type"] == .string("rating") && fields["count"] == .integer(3) && fields["share"] == .number(0.5))
    #expect(fields["kids"] == .bool(true) && fields["quoted"] == .string("42") && fields["none"] == .null)
    #expect(fields["nested"] == .object(["list": .array([.integer(1), .string("x")])]))
    #expect(ScenarioNodes.kinds(document).count == 1)
    guard case .wrongType(let field, let expected, _)? = ScenarioNodes.kinds(document).first else {
      Issue.record("the text item is reported")
      return
    }
    #expect(field == "events[1]" && expected == "a mapping of event fields")
    #expect(document.reader.issues.first?.line == 2)
  }
}
