import Catalog
import Population
import Scenarios
import Testing

/// Small scenarios written inline for the population tests.
enum PopulationFixtures {
  /// A population of 6,000 crowd members, built once for the suites.
  static let large: Population = {
    // The fixture is valid YAML; a failure here is a bug in the test.
    let scenario = try! Self.scenario(members: 6000)
    return Population(scenario: scenario, catalog: try! scenario.catalog.load())
  }()

  /// A population of 300 crowd members, built once for the suites.
  static let small: Population = {
    let scenario = try! Self.scenario(members: 300)
    return Population(scenario: scenario, catalog: try! scenario.catalog.load())
  }()

  /// A scenario with one persona sharing a profile with a child, and a
  /// crowd of `members`.
  static func scenario(members: Int, shared: Double = 0.1, catalogSize: Int = 400) throws
    -> Scenario
  {
    try ScenarioLoader.parse(
      """
      name: Population test
      seed: 5
      days: 7
      catalog:
        generate:
          size: \(catalogSize)
      personas:
        - id: sam
          age_band: 35-44
          gender: male
          tastes:
            genres: {Drama: 0.8, Crime: 0.7, Animation: -0.3}
        - id: jo
          age_band: under-18
          gender: nonbinary
          devices: [tv, tablet]
          schedule:
            - {days: weekdays, start: "16:30", end: "18:00", device: tablet}
          tastes:
            genres: {Animation: 0.9, Children: 0.8, Horror: -0.9}
      accounts:
        - id: rivera
          profiles:
            - {id: family, viewers: [sam, jo]}
            - {id: jo-kids, viewers: [jo], kids: true}
      crowd:
        members: \(members)
        shared_profiles: \(shared)
      """, path: "population-test.yaml")
  }
}
