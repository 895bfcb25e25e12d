import DataFlows
import Foundation
import Scenarios
import Testing

/// The four bundled data-flow scenarios run end to end: their flow
/// expectations hold, and the text shows what each recipient received.
@Suite("Bundled data-flow scenarios", .serialized)
struct BundledScenarioTests {
  static func check(_ file: String, comparison wanted: Bool = false) throws -> DataFlowAnalysis {
    let run = try FlowRun.bundled(file)
    let flows = DataFlowAnalysis(result: run.result, scenario: run.scenario, catalog: run.catalog)
    let comparison = wanted
      ? MinimisationComparison(result: run.result, scenario: run.scenario, catalog: run.catalog) : nil
    let outcomes = DataFlowExpectations.check(
      result: run.result, scenario: run.scenario, catalog: run.catalog, flows: flows, comparison: comparison)
    print(flows.text)
    if let comparison { print(comparison.text) }
    for outcome in outcomes {
      print("\(outcome.passed ? "PASS" : "FAIL") \(outcome.location): \(outcome.statement) — \(outcome.found)")
    }
    #expect(outcomes.count == run.scenario.flowExpectations.count)
    for outcome in outcomes {
      #expect(outcome.passed, "\(outcome.location): \(outcome.statement) — \(outcome.found)")
    }
    return flows
  }

  @Test("the ad sale: segments reach the ad network, plays do not")
  func adSale() throws {
    let flows = try Self.check("ad-sale.yaml")
    let alex = try #require(flows.recipient("adnet")?.persona("alex"))
    #expect(alex.count(of: .viewing) == 0)
    #expect(!alex.segments.isEmpty)
  }

  @Test("the messaging-partner report: shares, clicks and where they came from")
  func messagingPartner() throws {
    let flows = try Self.check("messaging-partner-report.yaml")
    let alex = try #require(flows.recipient("social")?.persona("alex"))
    #expect(alex.items.contains { $0.value.contains("clicked from") })
  }

  @Test("joined recipients: the IP address links a device to an email hash")
  func joined() throws {
    let flows = try Self.check("joined-recipients.yaml")
    let linkage = try #require(flows.linkage("adnet", "broker"))
    #expect(linkage.sharedIdentifiers.contains(.ip))
    let data = try JSONEncoder().encode(flows)
    let decoded = try JSONDecoder().decode(DataFlowAnalysis.self, from: data)
    #expect(decoded.recipients.count == flows.recipients.count)
  }

  @Test("the minimising platform: recipients get nothing per person, at a measured cost")
  func minimising() throws {
    _ = try Self.check("minimising-platform.yaml", comparison: true)
  }
}
