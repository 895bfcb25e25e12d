import Foundation
import Scenarios
import Testing

/// The `recipients`, `data_policy` and flow-expectation keys: defaults,
/// overrides, and errors that name the line and field.
@Suite("Recipients and data policy in scenario files")
struct RecipientParsingTests {
  static func parse(_ extra: String) throws(ScenarioError) -> Scenario {
    try ScenarioLoader.parse(
      """
      name: Flows
      catalog:
        generate: {size: 20}
      personas:
        - {id: alex, age_band: 25-34, gender: female}
      \(extra)
      """, path: "/tmp/flows.yaml")
  }

  @Test("defaults per kind, overrides, presets")
  func defaults() throws {
    let scenario = try Self.parse(
      """
      recipients:
        - {id: adnet, kind: ad_network}
        - {id: broker, kind: data_broker, fields: [demographics, email_hash], frequency: weekly}
      data_policy: {preset: minimal, retention_days: 0}
      expectations:
        - recipient_receives: {recipient: adnet, persona: alex, field: segments}
        - linkage: {recipients: [adnet, broker], persona: alex, via: ip, linked: false}
        - audience: {min_group_size: 1, at_least: 1}
        - minimisation_cost: {max_precision_drop: 0.05}
      """)
    #expect(scenario.recipients[0].contract == Recipient.Kind.adNetwork.defaultContract)
    #expect(scenario.recipients[1].contract.fields == [.demographics, .emailHash])
    #expect(scenario.recipients[1].contract.frequency == .weekly)
    #expect(scenario.dataPolicy.sale == false && scenario.dataPolicy.retentionDays == nil)
    #expect(scenario.flowExpectations.count == 4)
    #expect(scenario.expectations.isEmpty)
  }

  @Test("contract and reference errors name the line and field")
  func errors() {
    func message(_ text: String) -> String {
      do throws(ScenarioError) {
        _ = try Self.parse(text)
        return ""
      } catch { return error.description }
    }
    #expect(message("recipients:\n  - {id: a, kind: ad_network, fields: [segments], identifier: device_id}")
      .contains("the identifier 'device_id' among the fields"))
    #expect(message("recipients:\n  - {id: a, kind: measurement, identifier: ip}").contains("'none' for an aggregate"))
    #expect(message("recipients:\n  - {id: a, kind: ad_netwrk}").contains("did you mean 'ad_network'"))
    #expect(message("recipients:\n  - {id: a, kind: ad_network}\nexpectations:\n  - recipient_infers: {recipient: b, persona: alex, trait: genre}")
      .contains("flows.yaml:9:"))
    #expect(message("data_policy: {location: city}").contains("'precise', 'region'"))
  }
}
