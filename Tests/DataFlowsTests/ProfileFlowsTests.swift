import Assessment
import DataFlows
import Foundation
import Testing

/// Where one profile's data went, read back from a run folder's flows.json
/// as `glasshouse explain` does.
@Suite("Profile flows from a run folder", .serialized)
struct ProfileFlowsTests {
  @Test("flows.json round-trips; each recipient, what it holds about alex, what it tells, the join")
  func fromRunFolder() throws {
    let run = try FlowRun.bundled("joined-recipients.yaml", crowd: 40, days: 14)
    let analysis = DataFlowAnalysis(result: run.result, scenario: run.scenario, catalog: run.catalog)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flows-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // The layout `glasshouse run` writes: {"flows": …, "expectations": […]}.
    struct File: Encodable {
      let flows: DataFlowAnalysis
      let expectations: [ExpectationOutcome] = []
    }
    try JSONEncoder().encode(File(flows: analysis)).write(to: folder.appendingPathComponent(DataFlowAnalysis.fileName))
    let read = try DataFlowAnalysis.read(runFolder: folder.path)
    #expect(read.recipients.count == 3)

    let profile = try #require(analysis.recipient("adnet")?.persona("alex")?.profile)
    let flows = try #require(ProfileFlows(analysis: read, profile: profile))
    #expect(flows.personas == ["alex"])
    #expect(flows.holdings.map(\.recipient) == ["adnet", "broker", "panel"])
    let adnet = try #require(flows.holdings.first?.flow)
    #expect(adnet.items.count == analysis.recipient("adnet")?.persona("alex")?.items.count)
    #expect(flows.holdings[2].aggregateGroups != nil && flows.holdings[2].flow == nil)
    #expect(flows.joins.contains { $0.first == "adnet" && $0.second == "broker" && $0.via.contains(.ip) })
    let text = flows.text
    for name in ["Brightline Ads", "Acme Audience Data", "Meterline Measurement"] { #expect(text.contains(name)) }
    #expect(text.contains("received \(adnet.items.count) items about \(profile)"))
    #expect(text.contains("from that alone it can tell:"))
    #expect(text.contains("Linking (recipients that share an identifier"))
    #expect(text.contains("via ip "))
    // The persona's id finds the same profile; a crowd profile is not recorded.
    #expect(ProfileFlows(analysis: read, profile: "alex")?.profile == profile)
    #expect(ProfileFlows(analysis: read, profile: "nobody") == nil)
    #expect(ProfileFlows.profiles(in: read).contains(profile))
  }

  @Test("a folder without flows.json says why")
  func noFlows() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noflows-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: DataFlowReadError.noFlows(folder: folder.path)) { try DataFlowAnalysis.read(runFolder: folder.path) }
    try Data("{}".utf8).write(to: folder.appendingPathComponent("flows.json"))
    #expect {
      try DataFlowAnalysis.read(runFolder: folder.path)
    } throws: { error in
      guard case .unreadable = error as? DataFlowReadError else { return false }
      return true
    }
  }
}
