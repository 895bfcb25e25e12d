import Catalog
import Foundation
import Testing

@testable import Scenarios

/// Keeps Docs/ScenarioFormat.md and Docs/schemas/scenario.schema.json in
/// step with the keys the parser accepts.
@Suite("Scenario format documentation")
struct FormatDocumentationTests {
  static let docs = ScenarioFiles.repository.appendingPathComponent("Docs")

  /// The keys in each `### \`context\`` section's table rows.
  static func documentedKeys(in markdown: String, heading: String) -> [String: Set<String>] {
    var result: [String: Set<String>] = [:]
    var current: String?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") {
        current = nil
        if line.hasPrefix(heading + " `"), line.hasSuffix("`") {
          current = String(line.dropFirst(heading.count + 2).dropLast())
          result[current!] = []
        }
      } else if let context = current, line.hasPrefix("| `") {
        let key = line.dropFirst(3).prefix { $0 != "`" }
        result[context]?.insert(String(key))
      }
    }
    return result
  }

  @Test("every key the parser accepts is documented, and nothing else")
  func documentation() throws {
    let text = try String(
      contentsOf: Self.docs.appendingPathComponent("ScenarioFormat.md"), encoding: .utf8)
    let documented = Self.documentedKeys(in: text, heading: "###")
    for keys in ScenarioKeys.all {
      #expect(documented[keys.context] == Set(keys.all), "section `\(keys.context)`")
    }
  }

  @Test("every key the parser accepts is in the JSON Schema, with the same required keys")
  func schema() throws {
    let data = try Data(contentsOf: Self.docs.appendingPathComponent("schemas/scenario.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let definitions = try #require(schema["$defs"] as? [String: Any])
    for keys in ScenarioKeys.all {
      let node = keys.context == "scenario" ? schema : definitions[keys.context] as? [String: Any]
      let definition = try #require(node, "no schema for \(keys.context)")
      let properties = try #require(definition["properties"] as? [String: Any])
      #expect(Set(properties.keys) == Set(keys.all), "schema `\(keys.context)`")
      #expect(Set(definition["required"] as? [String] ?? []) == Set(keys.required), "required `\(keys.context)`")
      #expect(definition["additionalProperties"] as? Bool == false, "closed `\(keys.context)`")
    }
  }

  @Test("the catalog file keys are documented in Docs/Catalog.md")
  func catalogDocumentation() throws {
    let text = try String(contentsOf: Self.docs.appendingPathComponent("Catalog.md"), encoding: .utf8)
    let documented = Self.documentedKeys(in: text, heading: "####")
    for keys in CatalogFileKeys.all {
      #expect(documented[keys.context] == Set(keys.all), "section `\(keys.context)`")
    }
  }

  @Test("typo suggestions use edit distance")
  func suggestions() {
    #expect(Suggestion.closest(to: "persons", among: ScenarioKeys.scenario.all) == "personas")
    #expect(Suggestion.closest(to: "expectatons", among: ScenarioKeys.scenario.all) == "expectations")
    #expect(Suggestion.closest(to: "zzz", among: ScenarioKeys.scenario.all) == nil)
    #expect(Suggestion.closest(to: "Epsilon_Greedy", among: ["epsilon-greedy", "random"]) == "epsilon-greedy")
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("drak", "dark") == 1)
    #expect(Suggestion.closest(to: "horor", among: ["Horror", "Humor"]) == "Horror")
  }
}
