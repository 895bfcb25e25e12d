import Catalog
import Events
import Foundation
import LinearAlgebra
import Scenarios
import Simulation
import TestSupport
import Testing

@testable import Counterfactual

@Suite("What the platform would believe without some events")
struct CounterfactualComparisonTests {
  /// A short binge-watcher run (alex is the horror fan), simulated once.
  static let run: (catalog: Catalog, result: SimulationResult, configuration: SimulationConfiguration) = {
    BLAS.useSingleThread()
    let path = SharedData.repositoryRoot.appendingPathComponent("Scenarios/binge-watcher.yaml").path
    guard let scenario = try? ScenarioLoader.load(path: path), let catalog = try? scenario.catalog.load() else {
      fatalError("Scenarios/binge-watcher.yaml does not load")
    }
    let configuration = SimulationConfiguration(crowdMembers: 40, days: 7)
    let simulator = Simulator(scenario: scenario, catalog: catalog, threads: 2, configuration: configuration)
    return (catalog, simulator.run(), configuration)
  }()

  static let state = PlatformState(events: run.result.events, platform: run.result.platform, catalog: run.catalog)

  static func filter(_ text: String) throws -> EventFilter {
    try EventFilter(parsing: text, catalog: run.catalog)
  }

  @Test("replaying the log day by day gives back the run's taste vectors")
  func replay() throws {
    let result = Self.run.result
    let replayed = try PlatformReplay.platform(
      events: result.events, eventsPerDay: result.eventsPerDay, catalog: Self.run.catalog,
      configuration: result.platform.configuration)
    #expect(replayed.profileIDs == result.platform.profileIDs)
    for p in result.platform.profileIDs.indices {
      let a = result.platform.tastes[p] ?? []
      let b = replayed.tastes[p] ?? []
      #expect(a.count == b.count)
      #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-4 })
    }
    #expect(throws: PlatformReplay.Mismatch.self) {
      _ = try PlatformReplay.platform(
        events: Array(result.events.dropLast()), eventsPerDay: result.eventsPerDay, catalog: Self.run.catalog,
        configuration: result.platform.configuration)
    }
  }

  @Test("removing nothing changes nothing")
  func removingNothing() throws {
    let comparison = CounterfactualComparison(
      state: Self.state, profile: "alex", filters: [try Self.filter("after=2100-01-01")])
    #expect(comparison.removed == 0)
    #expect(comparison.before == comparison.after)
    #expect(!comparison.recommendations.isEmpty)
    #expect((comparison.recommendations + comparison.topGenres + comparison.inferences).allSatisfy { !$0.changed })
    #expect(comparison.text.contains("Nothing matched"))
    #expect(comparison.text.contains("0 lines changed."))
    // Recomputing from all events agrees with itself: the view is deterministic.
    let again = Self.state.view(profile: "alex", events: Self.state.events(profile: "alex"))
    #expect(again == comparison.before)
  }

  @Test("removing a horror fan's horror plays and ratings drops Horror from the inferred top genres")
  func horror() throws {
    let comparison = CounterfactualComparison(
      state: Self.state, profile: "alex", filters: [try Self.filter("genre=Horror,type=playback|rating")])
    #expect(comparison.removed > 0)
    #expect(Set(comparison.removedByType.keys).isSubset(of: EventFilter.playbackTypes.map(\.rawValue) + ["rating"]))
    #expect(comparison.before.topGenres.prefix(5).contains("Horror"))
    #expect(comparison.before.traits.contains { $0.name == "genre affinity" && $0.text == "Horror" })
    #expect(!comparison.after.topGenres.prefix(5).contains("Horror"))
    #expect(!comparison.after.traits.contains { $0.name == "genre affinity" && $0.text == "Horror" })
    #expect(comparison.after.events == comparison.before.events - comparison.removed)
    let row = try #require(comparison.inferences.first { $0.label == "genre affinity: Horror" })
    #expect(row.changed && row.after == "—")
    // binge-watcher's epsilon-greedy artwork does not depend on the profile.
    #expect(comparison.artwork.isEmpty && comparison.artworkNote.contains("does not choose by profile"))
  }

  @Test("a recommendation's score is the sum of its past titles' contributions")
  func explanation() throws {
    let events = Self.state.events(profile: "alex")
    let interactions = Self.state.feedback(of: events)
    let ranked = Self.state.explanations(of: interactions)
    let first = try #require(ranked.first)
    let sum = first.contributions.reduce(Float(0)) { $0 + $1.amount }
    #expect(abs(sum - first.score) < 1e-4 * max(1, abs(first.score)))
    let title = try #require(Self.state.title(named: Self.run.catalog.titles[first.item].name))
    let explanation = ProfileExplanation(state: Self.state, profile: "alex", title: title)
    let focus = try #require(explanation.focus)
    #expect(focus.because.allSatisfy { $0.share > 0 && $0.share <= 1 })
    #expect(explanation.text.contains("Why \"\(focus.name)\""))
    #expect(!explanation.view.traits.isEmpty)
  }
}
