import Events
import Foundation
import Simulation
import Testing

@Suite("Streaming the log")
struct StreamingTests {
  @Test("An events.jsonl streamed day by day through the event sink equals the in-memory log")
  func streamedLogEqualsMemory() throws {
    let directory = FileManager.default.temporaryDirectory.path
    let pid = ProcessInfo.processInfo.processIdentifier
    let streamedPath = directory + "/glasshouse-streamed-\(pid).jsonl"
    let memoryPath = directory + "/glasshouse-memory-\(pid).jsonl"
    defer {
      try? FileManager.default.removeItem(atPath: streamedPath)
      try? FileManager.default.removeItem(atPath: memoryPath)
    }
    var configuration = SimulationConfiguration()
    configuration.days = 5
    var writer = try EventLogWriter(path: streamedPath)
    var failure: EventLogError?
    var days = 0
    let result = Simulator(
      scenario: SimulationFixtures.scenario, catalog: SimulationFixtures.catalog, threads: 2,
      configuration: configuration, population: SimulationFixtures.population
    ).run(eventSink: { events in
      days += 1
      do throws(EventLogError) {
        for event in events { try writer.write(event) }
      } catch { failure = error }
    })
    try writer.close()
    #expect(failure == nil)
    #expect(days == 5)
    try result.writeEventLog(to: memoryPath)
    let streamed = try Data(contentsOf: URL(fileURLWithPath: streamedPath))
    let memory = try Data(contentsOf: URL(fileURLWithPath: memoryPath))
    #expect(!streamed.isEmpty)
    #expect(streamed == memory)
    // And the file reads back as the same events.
    let ingestion = try EventLogReader.ingest(path: streamedPath, rejectsPath: nil)
    #expect(ingestion.summary.rejected == 0)
    #expect(ingestion.log.eventCount == result.events.count)
  }

  @Test("Without keeping events the result holds no log but counts every day's events")
  func flatMemory() {
    var configuration = SimulationConfiguration()
    configuration.days = 3
    configuration.keepsEvents = false
    var streamed = 0
    let result = Simulator(
      scenario: SimulationFixtures.scenario, catalog: SimulationFixtures.catalog, threads: 2,
      configuration: configuration, population: SimulationFixtures.population
    ).run(eventSink: { streamed += $0.count })
    #expect(result.events.isEmpty)
    #expect(result.eventCount == streamed)
    #expect(streamed > 0)
  }
}
