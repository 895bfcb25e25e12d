import Catalog
import Foundation
import Testing

@testable import Scenarios

/// Seeds take every UInt64; out-of-range numbers say the range; the
/// documented ranges are the ones the code and the JSON schema enforce.
@Suite("Value ranges: seeds, out-of-range numbers, confidence_alpha")
struct ValueRangeTests {
  private func errors(_ text: String) throws -> [ScenarioError] {
    ScenarioLoader.validate(path: try ScenarioFiles.write(text))
  }

  @Test("A seed of 18446744073709551615 (UInt64.max) is accepted, for the scenario and the catalog")
  func largestSeed() throws {
    let text = ScenarioFiles.minimal("seed: 18446744073709551615")
      .replacingOccurrences(of: "generate: {size: 50}", with: "generate: {size: 50, seed: 18446744073709551615}")
    let scenario = try ScenarioLoader.parse(text, path: "/tmp/s.yaml")
    #expect(scenario.seed == UInt64.max)
    guard case .generated(let generator) = scenario.catalog else {
      Issue.record("expected a generated catalog")
      return
    }
    #expect(generator.seed == UInt64.max)
  }

  @Test(
    "A seed out of range or negative says the range",
    arguments: ["18446744073709551616", "-1", "99999999999999999999999"])
  func seedOutOfRange(seed: String) throws {
    let found = try errors(ScenarioFiles.minimal("seed: \(seed)"))
    let error = try #require(found.first)
    #expect(found.count == 1)
    #expect(error.description.contains("'seed' must be a whole number from 0 to 18446744073709551615"))
    #expect(error.line == 8)
  }

  @Test("A seed that is not a number is the wrong type")
  func seedText() throws {
    let error = try #require(try errors(ScenarioFiles.minimal("seed: many")).first)
    guard let issue = error.issue, issue.field == "seed",
      issue.message == "'seed' must be a whole number, found 'many'"
    else {
      Issue.record("got \(error)")
      return
    }
  }

  @Test("A whole number beyond Int says the range rather than 'must be a whole number'")
  func hugeDays() throws {
    let error = try #require(try errors(ScenarioFiles.minimal("days: 99999999999999999999")).first)
    #expect(error.description.contains("'days' must be a whole number from 1 to 3650"))
  }

  @Test("confidence_alpha: 0 to 1,000,000 in code, Docs/ScenarioFormat.md and the JSON schema")
  func confidenceAlpha() throws {
    #expect(try errors(ScenarioFiles.minimal("platform: {confidence_alpha: 1000000}")).isEmpty)
    #expect(try errors(ScenarioFiles.minimal("platform: {confidence_alpha: 0}")).isEmpty)
    let error = try #require(try errors(ScenarioFiles.minimal("platform: {confidence_alpha: 1000001}")).first)
    #expect(error.description.contains("'platform.confidence_alpha' must be a number from 0.0 to 1000000.0"))
    let doc = try String(
      contentsOf: ScenarioFiles.repository.appendingPathComponent("Docs/ScenarioFormat.md"), encoding: .utf8)
    #expect(doc.contains("| `confidence_alpha` | number 0–1,000,000 |"))
    let schemaData = try Data(
      contentsOf: ScenarioFiles.repository.appendingPathComponent("Docs/schemas/scenario.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
    let alpha = try #require(Self.find("confidence_alpha", in: schema))
    #expect((alpha["minimum"] as? NSNumber)?.doubleValue == 0)
    #expect((alpha["maximum"] as? NSNumber)?.doubleValue == 1_000_000)
  }

  /// The first property of that name anywhere in a schema.
  static func find(_ key: String, in value: Any) -> [String: Any]? {
    if let object = value as? [String: Any] {
      if let properties = object["properties"] as? [String: Any], let found = properties[key] as? [String: Any] {
        return found
      }
      for child in object.values { if let found = find(key, in: child) { return found } }
    } else if let array = value as? [Any] {
      for child in array { if let found = find(key, in: child) { return found } }
    }
    return nil
  }
}
