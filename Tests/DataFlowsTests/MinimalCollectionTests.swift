import DataFlows
import Events
import Platform
import Scenarios
import Simulation
import Testing

/// A scenario under the minimal data policy is collected that way during
/// the run: over random seeds, the platform's log never holds a partner
/// record or a full IP address (though the apps offered both), and what the
/// model learnt from at the end is only what the retention period kept.
@Suite("Minimal collection during the run", .serialized)
struct MinimalCollectionTests {
  static func scenario(seed: UInt64) -> String {
    ContractPropertyTests.scenario(seed: seed) + """

      data_policy: {preset: minimal, retention_days: 3}
      recipients:
        - {id: adnet, kind: ad_network}
        - {id: panel, kind: measurement}
      """
  }

  @Test("the platform's log never holds a partner record or a full IP address", arguments: [2, 23, 101] as [UInt64])
  func logHoldsLess(seed: UInt64) throws {
    let run = try FlowRun.text(Self.scenario(seed: seed), crowd: 40)
    let regionNetworks = Set(GeoIPTable.sample.entries.map(\.network))
    func isFullAddress(_ event: Event) -> Bool {
      guard case .sessionStart(_, _, _, _, let ip, _) = event.payload else { return false }
      return ip.value != 0 && !regionNetworks.contains(ip)
    }
    func isPartnerData(_ event: Event) -> Bool { event.source == .partner }
    // What the apps and partners offered had both, so the test means something.
    #expect(run.result.offeredEvents.contains(where: isPartnerData))
    #expect(run.result.offeredEvents.contains(where: isFullAddress))
    #expect(!run.result.events.isEmpty)
    #expect(!run.result.events.contains(where: isPartnerData))
    #expect(!run.result.events.contains(where: isFullAddress))
    for event in run.result.events {
      if case .sessionStart(let device, _, _, _, _, _) = event.payload {
        #expect(device.hasPrefix(EventCollector.pseudonymPrefix))
      }
    }
    #expect(run.result.eventsPerDay.reduce(0, +) == run.result.events.count)
  }

  @Test("at the end the model has learnt only from events within the retention period", arguments: [5, 71] as [UInt64])
  func retentionDuringTheRun(seed: UInt64) throws {
    let run = try FlowRun.text(Self.scenario(seed: seed), crowd: 40)
    let platform = run.result.platform
    let cutoff = try #require(platform.retentionCutoff)
    var recent: [String: Set<String>] = [:], old: [String: Set<String>] = [:]
    for event in run.result.events {
      guard let profile = event.profile, let title = event.payload.titleID else { continue }
      if event.timestamp.secondsSinceEpoch >= cutoff {
        recent[profile, default: []].insert(title)
      } else {
        old[profile, default: []].insert(title)
      }
    }
    var forgotten = 0
    for (p, id) in platform.profileIDs.enumerated() {
      let learnt = Set(platform.feedback[p].map { platform.index.catalog.titles[$0.item].id.text })
      #expect(learnt.isSubset(of: recent[id] ?? []), "\(id) learns from events older than the retention period")
      forgotten += (old[id] ?? []).subtracting(recent[id] ?? []).count
    }
    #expect(forgotten > 0, "the run is long enough for some titles to be forgotten")
    // What the data flows read of the platform is what it holds.
    let flows = DataFlowAnalysis(result: run.result, scenario: run.scenario, catalog: run.catalog)
    #expect(flows.eventsKept == run.result.events.filter(platform.holds).count)
    #expect(flows.eventsKept < run.result.events.count)
    #expect(flows.eventsLogged == run.result.offeredEvents.count)
    #expect(flows.recipient("adnet")?.blocked != nil)
  }

  @Test("the side-by-side still compares everything offered with what the minimising platform held")
  func sideBySide() throws {
    let run = try FlowRun.text(Self.scenario(seed: 9), crowd: 40)
    let comparison = MinimisationComparison(result: run.result, scenario: run.scenario, catalog: run.catalog)
    #expect(comparison.standardEvents == run.result.offeredEvents.count)
    #expect(comparison.minimalEvents == run.result.events.filter(run.result.platform.holds).count)
    #expect(comparison.minimalEvents < comparison.standardEvents)
    #expect(comparison.quality.profilesEvaluated > 0)
    #expect(comparison.quality.minimalTraining < comparison.quality.standardTraining)
  }
}
