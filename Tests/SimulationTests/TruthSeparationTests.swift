import Events
import Support
import Platform
import Population
import Simulation
import Testing

@Suite("The platform never reads hidden truth")
struct TruthSeparationTests {
  @Test("Replaying the log alone into a fresh platform gives the same final state")
  func replayFromLog() {
    let result = SimulationFixtures.result
    var platform = StreamingPlatform(
      catalog: SimulationFixtures.catalog, configuration: result.platform.configuration)
    var start = 0
    for count in result.eventsPerDay {
      platform.endOfDay(Array(result.events[start..<start + count]))
      start += count
    }
    #expect(platform.profileIDs == result.platform.profileIDs)
    #expect(platform.tastes == result.platform.tastes)
    #expect(platform.model?.itemFactors == result.platform.model?.itemFactors)
    #expect(platform.genreAffinity == result.platform.genreAffinity)
    #expect(platform.popularity == result.platform.popularity)
    #expect(platform.activities == result.platform.activities)
  }

  @Test("Scrambling the demographic truth changes neither the log nor the platform")
  func scrambledTruth() {
    var population = SimulationFixtures.population
    var random = SeededGenerator(seed: 99)
    let traits = population.members.map { ($0.ageBand, $0.gender, $0.region) }
    var order = Array(traits.indices)
    for i in stride(from: order.count - 1, to: 0, by: -1) {
      order.swapAt(i, Int(random.next() % UInt64(i + 1)))
    }
    for (i, source) in order.enumerated() {
      population.members[i].ageBand = traits[source].0
      population.members[i].gender = traits[source].1
      population.members[i].region = traits[source].2
    }
    #expect(population.members.map(\.ageBand) != SimulationFixtures.population.members.map(\.ageBand))
    // Dates of birth and broker records carry demographic truth into the log
    // on purpose (members and partners hand it over); switched off here so
    // that any remaining difference would mean the platform read the truth.
    let scrambled = SimulationFixtures.run(threads: 2, population: population, providedLabels: false)
    let original = SimulationFixtures.run(threads: 2, providedLabels: false)
    #expect(scrambled.events == original.events)
    #expect(scrambled.platform.tastes == original.platform.tastes)
    #expect(scrambled.platform.genreAffinity == original.platform.genreAffinity)
  }
}
