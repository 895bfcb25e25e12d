import Events
import Platform
import Simulation
import Testing

@Suite("Simulation smoke")
struct SmokeTests {
  @Test("A run logs sessions, impressions, plays and trains the model")
  func runs() {
    let result = SimulationFixtures.result
    var counts: [EventType: Int] = [:]
    for event in result.events { counts[event.type, default: 0] += 1 }
    print("events \(result.eventCount) in \(result.seconds) s")
    for (type, count) in counts.sorted(by: { $0.key < $1.key }) { print("  \(type.rawValue): \(count)") }
    print("retrains \(result.platform.retrains) fold-ins \(result.platform.foldIns)")
    #expect(counts[.sessionStart, default: 0] > 100)
    #expect(counts[.impression, default: 0] > 1000)
    #expect(counts[.playStart, default: 0] > 100)
    #expect(result.platform.model != nil)
  }
}
