import Events
import Platform
import Recommendation

/// The events the platform's apps log for one household in one day, each
/// numbered in logging order (`<household>-<day>-<n>`), and the app's view
/// of each of the household's profiles (its ``ProfileActivity``), kept
/// current as the events happen, so that the next homepage and resume point
/// follow what was just watched.
struct HouseholdEventLog {
  /// The household's position in the population.
  let household: Int
  /// The day.
  let day: Int
  /// The household's account id, for its own profiles' events.
  let account: String
  /// The events with their times, in logging order.
  private(set) var events: [(time: Timestamp, event: Event)] = []
  private let clock: SimulationClock
  private let index: CatalogIndex
  private var activities: [String: ProfileActivity]
  private var sequence = 0

  /// An empty log of a household's day.
  ///
  /// - Parameters:
  ///   - index: the catalog, to turn title ids into indices.
  ///   - activities: the app's view of each of the household's profiles at
  ///     the start of the day (the platform's, from its log).
  init(
    household: Int, day: Int, account: String, clock: SimulationClock, index: CatalogIndex,
    activities: [String: ProfileActivity]
  ) {
    self.household = household
    self.day = day
    self.account = account
    self.clock = clock
    self.index = index
    self.activities = activities
  }

  /// The app's view of one of the household's profiles now; `nil` for a
  /// profile of another household.
  func activity(of profile: String) -> ProfileActivity? { activities[profile] }

  /// The id the next event will get, which names the playback or referral
  /// it starts.
  var nextID: String { "\(household)-\(day)-\(sequence + 1)" }

  /// The time `seconds` after local midnight of the day in a time zone.
  func time(zone: String, seconds: Int) -> Timestamp {
    clock.timestamp(zone: zone, day: day, seconds: seconds)
  }

  /// Logs an event of the household's account at `seconds` after local
  /// midnight in a time zone.
  mutating func log(_ payload: EventPayload, profile: String?, zone: String, seconds: Int) {
    log(payload, profile: profile, time: time(zone: zone, seconds: seconds), account: account)
  }

  /// Logs an event at a given time for an account (another household's,
  /// for a click on a link someone here shared).
  mutating func log(_ payload: EventPayload, profile: String?, time: Timestamp, account: String) {
    sequence += 1
    let event = Event(
      id: "\(household)-\(day)-\(sequence)", timestamp: time, account: account, profile: profile,
      payload: payload)
    if let profile { activities[profile]?.record(event, index: index) }
    events.append((time, event))
  }

  /// The events in time order, ties in id order.
  var chronological: [(time: Timestamp, event: Event)] {
    events.sorted { a, b in
      a.time.secondsSinceEpoch != b.time.secondsSinceEpoch
        ? a.time.secondsSinceEpoch < b.time.secondsSinceEpoch : a.event.id < b.event.id
    }
  }
}
