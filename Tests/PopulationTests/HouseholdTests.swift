import Catalog
import Population
import Scenarios
import Testing

@Suite("Households and schedules")
struct HouseholdTests {
  @Test("Scenario accounts become households; a shared profile has two viewers")
  func scenarioHouseholds() throws {
    let scenario = try PopulationFixtures.scenario(members: 20)
    let population = Population(scenario: scenario, catalog: try scenario.catalog.load())
    let (h, p) = try #require(population.profile(id: "family"))
    let family = population.households[h].profiles[p]
    #expect(family.isShared)
    #expect(family.viewers.map { population.members[$0].id } == ["sam", "jo"])
    let jo = try #require(population.member(id: "jo"))
    #expect(jo.profiles.count == 2)
    let kids = try #require(population.profile(id: "jo-kids"))
    #expect(population.households[kids.household].profiles[kids.profile].isKids)
    #expect(population.members.count == 22)
  }

  @Test("Every crowd household of two or more shares a profile when shared_profiles is 1")
  func crowdSharing() throws {
    let scenario = try PopulationFixtures.scenario(members: 200, shared: 1)
    let population = Population(scenario: scenario, catalog: try scenario.catalog.load())
    for household in population.households.dropFirst() where household.members.count >= 2 {
      #expect(household.profiles.contains { $0.viewers.count == 2 })
    }
    let ids = population.households.flatMap(\.profiles).map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test("Most children in the crowd watch after school on weekdays")
  func afterSchool() throws {
    let population = PopulationFixtures.large
    let kids = population.members.filter { !$0.isPersona && $0.ageBand == .under18 }
    #expect(kids.count > 100)
    // The template opens at 15:30; personal shifts (σ 50 min) and the 30%
    // who keep a young adult's hours blur it, but most keep it.
    let afterSchool = kids.filter { kid in
      kid.schedule.contains { $0.days == Weekday.weekdays && (13 * 60...18 * 60).contains($0.start.minutes) }
    }
    let share = Double(afterSchool.count) / Double(kids.count)
    #expect(share > 0.6 && share < 0.8)
  }

  @Test("The same scenario gives the same population")
  func deterministic() throws {
    let scenario = try PopulationFixtures.scenario(members: 100)
    let catalog = try scenario.catalog.load()
    let a = Population(scenario: scenario, catalog: catalog, threads: 1)
    let b = Population(scenario: scenario, catalog: catalog, threads: 2)
    #expect(a.members.map(\.taste) == b.members.map(\.taste))
    #expect(a.members.map(\.ageBand) == b.members.map(\.ageBand))
  }
}
