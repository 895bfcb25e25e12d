import Events
import Support
import Testing

@testable import Simulation

@Suite("Account sign-up: who gives labels the classifier learns from")
struct AccountSignUpTests {
  static func events(household: Int, behavior: ViewingBehavior, seed: UInt64 = 5) -> [Event] {
    let context = DayFixtures.context(behavior: behavior)
    var log = DayFixtures.log(context, household: household)
    var random = SeededGenerator(seed: seed)
    AccountSignUp(context: context, household: household).log(into: &log, random: &random)
    return log.events.map(\.event)
  }

  static var alwaysLabelled: ViewingBehavior {
    var behavior = ViewingBehavior()
    behavior.dateOfBirthShare = 1
    behavior.brokerRecordShare = 1
    return behavior
  }

  @Test("a persona never gives a date of birth and no broker knows them")
  func personasUnlabelled() {
    let events = Self.events(household: DayFixtures.household("rivera"), behavior: Self.alwaysLabelled)
    #expect(events.map(\.type) == [.accountCreated, .profileSettings])
    guard case .accountCreated(_, _, _, _, _, let birth) = events[0].payload else {
      Issue.record("the first event creates the account")
      return
    }
    #expect(birth == nil)
    #expect(events[1].profile == "family")
  }

  @Test("a crowd account holder, with the shares at 1, gives a date of birth in their band and a broker record")
  func crowdLabelled() throws {
    let population = SimulationFixtures.population
    let h = try #require(population.households.indices.first { h in
      let first = population.members[population.households[h].members[0]]
      return !first.isPersona && !first.profiles.isEmpty
    })
    let first = population.members[population.households[h].members[0]]
    let events = Self.events(household: h, behavior: Self.alwaysLabelled)
    #expect(events.map(\.type) == [.accountCreated, .partnerRecord] + population.households[h].profiles.map { _ in .profileSettings })
    guard case .accountCreated(_, _, _, _, _, let birth?) = events[0].payload,
      case .partnerRecord(_, let kind, _, let attributes) = events[1].payload
    else {
      Issue.record("a date of birth and a broker's record")
      return
    }
    let startYear = Int(1970 + DayFixtures.simulator.clock(for: population).startSeconds / 31_556_952)
    #expect(first.ageBand.years.contains(startYear - birth.year - 1))
    #expect(kind == .dataBroker && attributes == ["age_band": first.ageBand.rawValue, "gender": first.gender.rawValue])
    // Shares at 0: neither.
    var never = ViewingBehavior()
    never.dateOfBirthShare = 0
    never.brokerRecordShare = 0
    #expect(!Self.events(household: h, behavior: never).contains { $0.type == .partnerRecord })
    #expect(Self.events(household: h, behavior: Self.alwaysLabelled) == events)  // same seed, same events
  }
}
