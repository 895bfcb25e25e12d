import Datasets
import Events
import Population
import Support

/// A household's first day on the platform: the account is created, a
/// data broker's record of some account holders arrives, and each profile's
/// settings are logged, all in the morning of the first member's time zone.
///
/// Some crowd account holders give a date of birth and some are known to a
/// data broker: the labels the platform's demographic classifier trains on.
/// Personas never do, so what is shown about them is inferred.
struct AccountSignUp {
  /// The day's shared context (day 0).
  let context: DayContext
  /// The household's position in the population.
  let household: Int

  /// Logs the sign-up.
  func log(into log: inout HouseholdEventLog, random: inout SeededGenerator) {
    let population = context.population
    let home = population.households[household]
    let first = population.members[home.members.first ?? 0]
    let zone = first.timeZone
    let seconds = 9 * 3600
    let labelled = !first.isPersona
    let birth = labelled && random.nextUnitDouble() < context.behavior.dateOfBirthShare
      ? dateOfBirth(first.ageBand, random: &random) : nil
    log.log(
      .accountCreated(
        name: "Member \(home.id)", email: "\(home.id)@example.com", postalCode: nil, phone: nil,
        paymentMethod: .card, dateOfBirth: birth),
      profile: nil, zone: zone, seconds: seconds)
    if labelled && random.nextUnitDouble() < context.behavior.brokerRecordShare,
       let profile = first.profiles.first.map({ home.profiles[$0].id }) {
      log.log(
        .partnerRecord(
          partner: "Acme Audience Data", partnerKind: .dataBroker, attributeKind: .demographic,
          attributes: ["age_band": first.ageBand.rawValue, "gender": first.gender.rawValue]),
        profile: profile, zone: zone, seconds: seconds + 3_600)
    }
    for profile in home.profiles {
      log.log(
        .profileSettings(
          profileName: profile.name, kids: profile.isKids, language: "en",
          maturity: profile.isKids ? .olderKids : .adults),
        profile: profile.id, zone: zone, seconds: seconds + 1)
    }
  }

  /// A date of birth in an age band, relative to the simulation's start.
  func dateOfBirth(_ band: AgeBand, random: inout SeededGenerator) -> CalendarDate? {
    let ages = band.years
    let age = ages.lowerBound + Int(random.next() % UInt64(ages.count))
    let startYear = Int(1970 + context.clock.startSeconds / 31_556_952)
    return CalendarDate(year: startYear - age - 1, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))
  }
}
