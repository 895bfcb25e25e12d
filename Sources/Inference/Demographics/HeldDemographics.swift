import Datasets
import Events

/// Demographic labels the platform holds for some profiles — the training
/// labels of ``DemographicInference``:
///
/// - a date of birth given at sign-up (`account_created.date_of_birth`),
///   turned into an age band at the reference time and attributed to the
///   account's first profile (the one seen earliest), the account holder's;
/// - a data broker's record (`partner_record` with attribute kind
///   `demographic`) with an `age_band` (scenario vocabulary), an `age` in
///   years and/or a `gender` (`female`, `male`, or `F`/`M`), attributed to
///   the record's profile, or else to the account's first profile.
///
/// A broker's record overrides a date of birth; later records override earlier ones.
public struct HeldDemographics: Sendable, Equatable {
  /// The age band, when held.
  public var ageBand: AgeBand?
  /// The gender, when held.
  public var gender: Gender?
  /// The ids of the events the labels came from.
  public var sourceEventIDs: [String]

  /// Creates held labels.
  public init(ageBand: AgeBand? = nil, gender: Gender? = nil, sourceEventIDs: [String] = []) {
    self.ageBand = ageBand
    self.gender = gender
    self.sourceEventIDs = sourceEventIDs
  }

  /// The labels held per profile id.
  ///
  /// - Parameter reference: the date ages are computed at; by default the
  ///   latest event in the log.
  /// - Complexity: O(n) in the number of events.
  public static func collect(from log: EventLog, at reference: Timestamp? = nil) -> [String: HeldDemographics] {
    var firstProfile: [String: (profile: String, time: Timestamp)] = [:]
    var latest: Timestamp?
    for timeline in log.timelines {
      guard let last = timeline.events.last else { continue }
      if latest == nil || latest! < last.timestamp { latest = last.timestamp }
      guard let profile = timeline.key.profile, let first = timeline.events.first else { continue }
      if let known = firstProfile[timeline.key.account], !(first.timestamp < known.time) { continue }
      firstProfile[timeline.key.account] = (profile, first.timestamp)
    }
    let now = reference ?? latest
    var result: [String: HeldDemographics] = [:]
    var fromBroker: Set<String> = []
    // Only sign-ups and demographic partner records carry labels; sort just
    // those (a broker record overrides an earlier date of birth).
    let events = log.timelines.flatMap { timeline in
      timeline.events.filter {
        switch $0.payload {
        case .accountCreated, .partnerRecord(_, _, .demographic, _): return true
        default: return false
        }
      }
    }.sorted { $0.timestamp < $1.timestamp }
    for event in events {
      switch event.payload {
      case .accountCreated(_, _, _, _, _, let birth?):
        guard let profile = firstProfile[event.account]?.profile, let now, !fromBroker.contains(profile) else { continue }
        let years = Self.age(born: birth, at: now)
        guard let band = AgeBand(years: years) else { continue }
        result[profile, default: HeldDemographics()].ageBand = band
        result[profile, default: HeldDemographics()].sourceEventIDs.append(event.id)
      case .partnerRecord(_, _, .demographic, let attributes):
        guard let profile = event.profile ?? firstProfile[event.account]?.profile else { continue }
        var held = result[profile] ?? HeldDemographics()
        var used = false
        if let text = attributes["age_band"], let band = AgeBand(rawValue: text) {
          held.ageBand = band
          used = true
        } else if let text = attributes["age"], let years = Int(text), let band = AgeBand(years: years) {
          held.ageBand = band
          used = true
        }
        if let text = attributes["gender"] {
          // The demographic classifier is trained on MovieLens's F and M; a
          // broker's "nonbinary" is not held as a label (as before the
          // vocabularies were merged).
          let gender = Gender(rawValue: text.lowercased()) ?? Gender(movieLensCode: text)
          if let gender, gender != .nonbinary {
            held.gender = gender
            used = true
          }
        }
        if used {
          held.sourceEventIDs.append(event.id)
          result[profile] = held
          fromBroker.insert(profile)
        }
      default:
        continue
      }
    }
    return result
  }

  /// Whole years between a birth date and an instant (in its own offset).
  static func age(born: CalendarDate, at time: Timestamp) -> Int {
    let text = time.description
    let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return -1 }
    var years = parts[0] - born.year
    if (parts[1], parts[2]) < (born.month, born.day) { years -= 1 }
    return years
  }
}
