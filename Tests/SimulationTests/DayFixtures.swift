import Catalog
import Platform
import Population
import Scenarios

@testable import Simulation

/// One day of ``SimulationFixtures``' scenario for the tests of a
/// household's day and its parts: the context a household is simulated in,
/// with the platform as it starts (no events yet), and where to find the
/// personas' households.
enum DayFixtures {
  /// The simulator of the fixture scenario, one thread.
  static let simulator = Simulator(
    scenario: SimulationFixtures.scenario, catalog: SimulationFixtures.catalog, threads: 1,
    configuration: SimulationConfiguration(), population: SimulationFixtures.population)

  /// The context of a day.
  static func context(
    day: Int = 0, population: Population = SimulationFixtures.population, behavior: ViewingBehavior = ViewingBehavior(),
    notifications: [String: PlannedNotification] = [:]
  ) -> DayContext {
    DayContext(
      day: day, seed: SimulationFixtures.scenario.seed, population: population,
      platform: StreamingPlatform(catalog: SimulationFixtures.catalog, configuration: simulator.platformConfiguration),
      catalog: SimulationFixtures.catalog, clock: simulator.clock(for: population), behavior: behavior,
      notifications: notifications)
  }

  /// The household whose account id is `id`.
  static func household(_ id: String, in population: Population = SimulationFixtures.population) -> Int {
    population.households.firstIndex { $0.id == id }!
  }

  /// The member who is the persona `id`.
  static func member(_ id: String, in population: Population = SimulationFixtures.population) -> Int {
    population.members.firstIndex { $0.personaID == id }!
  }

  /// An empty log of a household's day in a context.
  static func log(_ context: DayContext, household: Int) -> HouseholdEventLog {
    let home = context.population.households[household]
    var activities: [String: ProfileActivity] = [:]
    for profile in home.profiles { activities[profile.id] = ProfileActivity() }
    return HouseholdEventLog(
      household: household, day: context.day, account: home.id, clock: context.clock,
      index: context.platform.index, activities: activities)
  }
}
