import Catalog

@testable import Scenarios

/// Helpers for the tests of the scenario decoders, which read composed
/// YAML (compose it with `document.reader.compose(text)`).
enum ScenarioNodes {
  /// The path decoders' test documents claim to be at.
  static let path = "/tmp/glasshouse-decoders/scenario.yaml"

  /// A fresh document (no issues yet).
  static func document(replaysRatings: Bool = false) -> ScenarioDocument {
    var document = ScenarioDocument(path: path)
    document.replaysRatings = replaysRatings
    return document
  }

  /// The kinds of the issues reported so far.
  static func kinds(_ document: ScenarioDocument) -> [DocumentIssue.Kind] { document.reader.issues.map(\.kind) }
}
