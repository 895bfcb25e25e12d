// Scale benchmarks of the simulator: crowds of 1,000, 10,000 (the goal:
// 30 days under 60 s on a 2-core machine) and, with
// GLASSHOUSE_BENCH_LARGE=1, 100,000 members, for 30 simulated days with
// daily fold-in and a weekly full retrain, on a generated catalog of 2,000
// titles. Events are counted and dropped as each day ends (no log kept in
// memory), as a long CLI run streaming to disk would.
// Run: `swift package benchmark --target SimulationBenchmarks`.
import Benchmark
import Catalog
import Foundation
import Population
import Scenarios
import Simulation

/// The benchmark scenario: one persona plus the crowd.
func benchmarkScenario() -> Scenario {
  // Valid YAML by construction; a failure is a bug in the benchmark.
  try! ScenarioLoader.parse(
    """
    name: Scale benchmark
    seed: 3
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
      members: 1000
    platform:
      factors: 32
      iterations: 10
      retrain_interval_hours: 168
    """, path: "benchmark.yaml")
}

let benchmarks: @Sendable () -> Void = {
  let scenario = benchmarkScenario()
  let catalog = try! scenario.catalog.load()
  var sizes = [1_000, 10_000]
  if ProcessInfo.processInfo.environment["GLASSHOUSE_BENCH_LARGE"] == "1" { sizes.append(100_000) }
  for members in sizes {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .throughput],
      warmupIterations: 0, maxDuration: .seconds(1), maxIterations: 1)
    Benchmark("30 days, \(members) members, daily fold-in, weekly retrain", configuration: configuration) {
      benchmark in
      var settings = SimulationConfiguration(retrainEveryDays: 7, crowdMembers: members, days: 30)
      settings.keepsEvents = false
      let simulator = Simulator(scenario: scenario, catalog: catalog, configuration: settings)
      var events = 0
      benchmark.startMeasurement()
      let result = simulator.run(eventSink: { events += $0.count })
      benchmark.stopMeasurement()
      blackHole(result)
      // Throughput here is events per second of the whole run.
      benchmark.measurement(.throughput, Int(Double(events) / max(result.seconds, 1e-9)))
      print(
        "SimulationBenchmarks: \(members) members, \(events) events in \(String(format: "%.2f", result.seconds)) s"
          + " = \(Int(Double(events) / result.seconds)) events/s; retrains \(result.platform.retrains),"
          + " fold-ins \(result.platform.foldIns)")
    }
  }
}
