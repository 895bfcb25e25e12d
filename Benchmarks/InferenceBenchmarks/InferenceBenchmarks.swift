// The inferred profile at scale (issue: profiles for 10,000 members in under
// 5 s; one member's evidence on demand in under 1 s). Setup, not measured: a
// crowd of 10,000 members simulated for 30 days on a generated catalog of
// 2,000 titles, so the classifier's rows carry every title a member watched.
// Measured: (1) the platform's profiler built from the log (the demographic
// classifier trained on the held labels, λ by inner cross-validation) and
// every profile's inferred profile without evidence (`allTraits()`, on every
// core); (2) one member's inferred profile with counterfactual evidence.
// Run: `swift package benchmark --target InferenceBenchmarks`.
import Beliefs
import Benchmark
import Catalog
import Events
import Foundation
import Scenarios
import Simulation

/// The benchmark scenario: one persona plus a 10,000-member crowd.
func inferenceScenario() -> Scenario {
  // Valid YAML by construction; a failure is a bug in the benchmark.
  try! ScenarioLoader.parse(
    """
    name: Inference benchmark
    seed: 5
    days: 30
    catalog:
      generate:
        size: 2000
    personas:
      - id: alex
        age_band: 25-34
        gender: female
        tastes:
          genres: {Horror: 0.9, Thriller: 0.6}
    crowd:
      members: 10000
    platform:
      factors: 32
      iterations: 10
      retrain_interval_hours: 168
    """, path: "inference-benchmark.yaml")
}

/// The simulated log, platform and catalog, made once for both benchmarks.
struct InferenceFixture: Sendable {
  let log: EventLog
  let result: SimulationResult
  let catalog: Catalog

  static let shared: InferenceFixture = {
    let scenario = inferenceScenario()
    let catalog = try! scenario.catalog.load()
    let settings = SimulationConfiguration(retrainEveryDays: 7, crowdMembers: 10_000, days: 30)
    let result = Simulator(scenario: scenario, catalog: catalog, configuration: settings).run()
    print("InferenceBenchmarks: fixture of \(result.events.count) events in \(String(format: "%.1f", result.seconds)) s")
    return InferenceFixture(log: EventLog(events: result.events), result: result, catalog: catalog)
  }()
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
    warmupIterations: 0, maxDuration: .seconds(1), maxIterations: 3)

  Benchmark("profiles of 10,000 members (classifier training + every profile, no evidence)", configuration: configuration) {
    benchmark in
    let fixture = InferenceFixture.shared
    benchmark.startMeasurement()
    let profiler = PlatformProfiler(log: fixture.log, platform: fixture.result.platform, catalog: fixture.catalog)
    let traits = profiler.allTraits().reduce(0) { $0 + $1.count }
    benchmark.stopMeasurement()
    blackHole(traits)
    print("InferenceBenchmarks: \(profiler.profiles.count) profiles, \(traits) traits")
  }

  Benchmark("one member's profile with counterfactual evidence", configuration: configuration) { benchmark in
    let fixture = InferenceFixture.shared
    let profiler = PlatformProfiler(log: fixture.log, platform: fixture.result.platform, catalog: fixture.catalog)
    // The persona's own profile.
    let population = fixture.result.population
    let alex = population.members.first { $0.personaID == "alex" }!
    let profile = population.households[alex.household].profiles[alex.profiles[0]].id
    let events = profiler.events(profile: profile)
    benchmark.startMeasurement()
    let traits = profiler.traits(profile: profile, events: events)
    benchmark.stopMeasurement()
    blackHole(traits)
    print("InferenceBenchmarks: \(profile): \(events.count) events, \(traits.count) traits, "
      + "\(traits.reduce(0) { $0 + $1.evidence.count }) evidence items")
  }
}
