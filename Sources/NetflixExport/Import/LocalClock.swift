import Events
import Foundation

/// Puts an import's events on the local clock of the people who made them.
///
/// The export writes every time in UTC and never says where the member
/// lives; rhythms (active hours, the sleep window) read local time. Each
/// profile is given the zone of the country it watched from most (the
/// ViewingActivity Country column, ``CountryTimeZone``) — for a country
/// with several zones, the zone the geo-IP table gives its session
/// addresses when it knows them — else that address zone; account-level
/// events take the
/// account's commonest zone. An event keeps its instant and gets the zone's
/// UTC offset at that instant (daylight saving included). Without a zone,
/// or where the system has no time zone data, times stay UTC.
struct LocalClock {
  /// The zone per profile id (`nil` key: the account's).
  private var zones: [String?: String] = [:]
  /// Per profile id: where its zone came from, and whether it is a guess.
  private var sources: [String: (source: String, approximate: Bool)] = [:]

  /// Works out each profile's zone from its viewing rows and sessions.
  init(viewing: LoadedTable?, profiles: [String: String], events: [Event]) {
    var countries: [String: [String: Int]] = [:]
    if let viewing, viewing.index.has("Country") {
      for row in viewing.rows {
        guard let id = profiles[row.text("Profile Name")], let code = CountryTimeZone.code(row.text("Country")) else {
          continue
        }
        countries[id, default: [:]][code, default: 0] += 1
      }
    }
    var addressZones: [String: [String: Int]] = [:]
    for event in events {
      guard let profile = event.profile, case .sessionStart(_, _, _, _, let ip, _) = event.payload,
        let zone = GeoIPTable.sample.lookup(ip)?.timeZone
      else { continue }
      addressZones[profile, default: [:]][zone, default: 0] += 1
    }
    var tally: [String: Int] = [:]
    for id in Set(profiles.values).sorted() {
      let addressZone = Self.commonest(addressZones[id])
      if let code = Self.commonest(countries[id]), let zone = CountryTimeZone.zone(country: code) {
        // A country with several zones: the addresses say which, when the
        // geo-IP table knows them.
        if CountryTimeZone.approximate(country: code), let addressZone {
          zones[id] = addressZone
          sources[id] = ("address", false)
        } else {
          zones[id] = zone
          sources[id] = ("country", CountryTimeZone.approximate(country: code))
        }
      } else if let zone = addressZone {
        zones[id] = zone
        sources[id] = ("address", false)
      } else {
        sources[id] = ("none", false)
        continue
      }
      // Without the system's time zone data (Debian's tzdata) the zone
      // cannot be applied: the times stay UTC and the summary says why.
      if CountryTimeZone.offsetMinutes(zone: zones[id]!, at: 0) == nil {
        zones[id] = nil
        sources[id] = ("no time zone data", false)
        continue
      }
      tally[zones[id]!, default: 0] += 1
    }
    if let account = Self.commonest(tally) { zones[nil as String?] = account }
    // Each zone looked up in the system's database once, not per event.
    timeZones = zones.compactMapValues { TimeZone(identifier: $0) }
  }

  /// The zones, loaded (keys as ``zones``).
  private var timeZones: [String?: TimeZone] = [:]

  /// The event at the same instant on its profile's local clock.
  func local(_ event: Event) -> Event {
    guard let zone = timeZones[event.profile],
      let stamped = Timestamp(
        secondsSinceEpoch: event.timestamp.secondsSinceEpoch, nanoseconds: event.timestamp.nanoseconds,
        offsetMinutes: CountryTimeZone.offsetMinutes(zone: zone, at: event.timestamp.secondsSinceEpoch))
    else { return event }
    var moved = event
    moved.timestamp = stamped
    return moved
  }

  /// What the summary says, per profile name.
  func summary(names: [String: String]) -> [ImportSummary.LocalTime] {
    names.keys.sorted().compactMap { name in
      guard let id = names[name], let source = sources[id] else { return nil }
      return ImportSummary.LocalTime(profile: name, zone: zones[id], source: source.source, approximate: source.approximate)
    }
  }

  /// The most frequent key, ties broken by the key's order.
  private static func commonest(_ counts: [String: Int]?) -> String? {
    counts?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}
