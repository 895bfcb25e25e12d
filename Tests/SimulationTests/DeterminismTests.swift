import Events
import Foundation
import Simulation
import Testing

@Suite("Deterministic replay")
struct DeterminismTests {
  @Test("The same scenario and seed give the same log byte for byte with 1, 2 and 3 threads")
  func sameLogWhateverTheThreads() throws {
    let directory = FileManager.default.temporaryDirectory.path
    var files: [Data] = []
    for threads in [1, 2, 3] {
      let result = threads == 2 ? SimulationFixtures.result : SimulationFixtures.run(threads: threads)
      let path = directory + "/glasshouse-determinism-\(ProcessInfo.processInfo.processIdentifier)-\(threads).jsonl"
      try result.writeEventLog(to: path)
      files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
      try? FileManager.default.removeItem(atPath: path)
    }
    #expect(!files[0].isEmpty)
    #expect(files[0] == files[1])
    #expect(files[0] == files[2])
  }

  @Test("Every logged event passes the event model's validation")
  func eventsAreValid() throws {
    for event in SimulationFixtures.result.events.prefix(5000) {
      let decoded = try Event(jsonLine: event.jsonLine)
      #expect(decoded == event)
    }
  }

  @Test("Progress is reported day by day and ends finished")
  func progress() {
    var reports: [SimulationProgress] = []
    var configuration = SimulationConfiguration()
    configuration.days = 3
    _ = Simulator(
      scenario: SimulationFixtures.scenario, catalog: SimulationFixtures.catalog, threads: 2,
      configuration: configuration, population: SimulationFixtures.population
    ).run { reports.append($0) }
    #expect(reports.first?.phase == .preparing)
    #expect(reports.last?.phase == .finished)
    #expect(reports.last?.fraction == 1)
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.daysCompleted <= $1.daysCompleted })
    #expect(reports.filter { $0.phase == .simulatingDay }.count == 3)
  }
}
