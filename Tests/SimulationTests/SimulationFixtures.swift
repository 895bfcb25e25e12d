import Catalog
import Population
import Scenarios
import Simulation

/// A small scenario for the simulation tests: a horror-only persona, a
/// family profile shared by a parent (late evenings, TV) and a child
/// (weekend mornings and weekday afternoons on a tablet), and a crowd.
enum SimulationFixtures {
  static let yaml = """
    name: Simulation test
    seed: 11
    days: 14
    catalog:
      generate:
        size: 300
    personas:
      - id: hana
        age_band: 25-34
        gender: female
        devices: [computer]
        schedule:
          - {start: "21:00", end: "23:30"}
        tastes:
          genres: {Horror: 1, Drama: -1, Comedy: -1, Romance: -1, Action: -1, Adventure: -1,
                   Children: -1, Animation: -1, Documentary: -1, Musical: -1, War: -1,
                   Western: -1, Fantasy: -1, Crime: -1, Sci-Fi: -1}
        binge_tendency: 0.6
      - id: sam
        age_band: 35-44
        gender: male
        devices: [tv]
        schedule:
          - {start: "21:00", end: "23:00", probability: 0.9}
        tastes:
          genres: {Drama: 0.8, Crime: 0.7, Animation: -0.5}
      - id: jo
        age_band: under-18
        gender: nonbinary
        devices: [tablet]
        schedule:
          - {days: [sat, sun], start: "08:00", end: "11:00", probability: 0.9}
          - {days: weekdays, start: "16:00", end: "18:00", device: tablet, probability: 0.7}
        tastes:
          genres: {Animation: 0.9, Children: 0.8, Horror: -0.9}
    accounts:
      - id: lee
        profiles:
          - {id: hana, viewers: [hana]}
      - id: rivera
        profiles:
          - {id: family, viewers: [sam, jo]}
    crowd:
      members: 150
    platform:
      factors: 16
      iterations: 6
      retrain_interval_hours: 168
    """

  /// The scenario.
  static let scenario: Scenario = {
    // The fixture is valid YAML; a failure here is a bug in the test.
    try! ScenarioLoader.parse(yaml, path: "simulation-test.yaml")
  }()

  /// Its catalog.
  static let catalog: Catalog = { try! scenario.catalog.load() }()

  /// Its population, built once.
  static let population = Population(scenario: scenario, catalog: catalog)

  /// A run with a number of threads. With `providedLabels` off, no member
  /// gives a date of birth and no data broker reports on anyone: the only
  /// channels through which demographic truth legitimately reaches the log.
  static func run(threads: Int, population: Population? = nil, providedLabels: Bool = true) -> SimulationResult {
    var configuration = SimulationConfiguration()
    if !providedLabels {
      configuration.behavior.dateOfBirthShare = 0
      configuration.behavior.brokerRecordShare = 0
    }
    return Simulator(
      scenario: scenario, catalog: catalog, threads: threads, configuration: configuration,
      population: population ?? Self.population
    ).run()
  }

  /// The two-thread run, made once for the suites that only read it.
  static let result = run(threads: 2)
}
