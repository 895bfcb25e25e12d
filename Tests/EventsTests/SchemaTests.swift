import Foundation
import Testing

@testable import Events

/// Docs/schemas/event.schema.json must describe what the decoder accepts.
@Suite("The JSON schema file matches the decoder")
struct SchemaTests {
  static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Docs/schemas/event.schema.json")

  @Test("Every event type has a branch with its fields, required fields and source")
  func branches() throws {
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
    let branches = try #require(schema["oneOf"] as? [[String: Any]])
    #expect(branches.count == EventType.allCases.count)
    for type in EventType.allCases {
      let branch = try #require(
        branches.first {
          (($0["properties"] as? [String: Any])?["type"] as? [String: Any])?["const"] as? String
            == type.rawValue
        },
        "no branch for \(type.rawValue)")
      let properties = try #require(branch["properties"] as? [String: Any])
      let payload = Set(properties.keys).subtracting(["type", "source"])
      #expect(payload == Set(type.fields.map(\.field.name)), "\(type.rawValue)")
      #expect((properties["source"] as? [String: Any])?["const"] as? String == type.source.rawValue)
      let required = Set(try #require(branch["required"] as? [String]))
      var expected = Set(type.fields.filter(\.required).map(\.field.name))
      expected.formUnion(["v", "id", "ts", "type", "source", "account"])
      if type.requiresProfile { expected.insert("profile") }
      #expect(required == expected, "\(type.rawValue)")
    }
  }
}
