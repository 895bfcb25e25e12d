import Catalog
import Datasets
import Events

/// What a trait concludes, as data: a genre, an age band, an hour range, a
/// count. The words people read (``text``) are derived from it and never
/// parsed back; code that acts on a conclusion (advertising segments, the
/// comparison with the truth, expectations) switches over these cases.
public enum TraitValue: Sendable, Hashable, CustomStringConvertible {
  /// An age band.
  case ageBand(AgeBand)
  /// A gender.
  case gender(Gender)
  /// A catalog genre.
  case genre(Genre)
  /// A cast member, by name.
  case person(String)
  /// An artwork tone.
  case tone(ArtworkTone)
  /// A taste vector's strongest genre directions, strongest first (`true`:
  /// more of the genre than most members; empty: none found).
  case directions([GenreDirection])
  /// A span of the local day in minutes since midnight; `end` may pass 1440
  /// (a window over midnight).
  case hours(start: Int, end: Int)
  /// The weekdays with regular viewing, 0 = Monday … 6 = Sunday.
  case weekdays([Int])
  /// Weekend against weekday viewing.
  case weekRhythm(WeekRhythm)
  /// A low, moderate or high level.
  case level(Level)
  /// A share of playbacks finished, 0…1.
  case completion(Double)
  /// A region code from the geo-IP table, e.g. `NL-NH`.
  case region(String)
  /// A UTC offset in minutes and the time zone named by the geo-IP table.
  case utcOffset(minutes: Int, zone: String?)
  /// Places away from home, most visited first, and how many more there are.
  case places([String], more: Int)
  /// Devices by type and operating system, most sessions first.
  case devices([DeviceSummary])
  /// A number of people.
  case count(Int)
  /// Whether something is present (children: present or none seen).
  case presence(Bool)
  /// How a released log singles the member out: `used` of `of` (title,
  /// date) events identify them; `sharedBy` members share all of them when
  /// they do not.
  case uniqueness(used: Int, of: Int, sharedBy: Int?)
  /// A cross-service identifier: an email hash.
  case emailHash(String)
  /// What a recipient learns from a segment's name alone, in the segment's
  /// own words ("a celebrity fan", "travels").
  case statement(String)

  /// One direction of a taste vector.
  public struct GenreDirection: Sendable, Hashable, Codable {
    /// The genre.
    public let genre: Genre
    /// Whether the profile leans towards it (else away from it).
    public let towards: Bool

    /// Creates a direction.
    public init(genre: Genre, towards: Bool) {
      self.genre = genre
      self.towards = towards
    }
  }

  /// A device as a trait names it.
  public struct DeviceSummary: Sendable, Hashable, Codable {
    /// The device's type.
    public let type: DeviceType
    /// Its operating system as the app reported it.
    public let os: String

    /// Creates a device summary.
    public init(type: DeviceType, os: String) {
      self.type = type
      self.os = os
    }
  }

  /// Weekend against weekday viewing.
  public enum WeekRhythm: String, Sendable, Hashable, Codable {
    /// Clearly more per weekend day.
    case weekendHeavy = "weekend-heavy"
    /// Clearly more per weekday.
    case weekdayHeavy = "weekday-heavy"
    /// No difference the data can show.
    case noDifference = "no difference"
  }

  /// A three-step level.
  public enum Level: String, Sendable, Hashable, Codable, Comparable {
    /// Low.
    case low
    /// Moderate.
    case moderate
    /// High.
    case high

    /// Low < moderate < high.
    public static func < (a: Level, b: Level) -> Bool {
      let order: [Level] = [.low, .moderate, .high]
      return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
  }

  /// The conclusion in words: `Horror`, `22:00–06:00`, `every day`.
  public var text: String {
    switch self {
    case .ageBand(let band): return band.rawValue
    case .gender(let gender): return gender.rawValue
    case .genre(let genre): return genre.name
    case .person(let name): return name
    case .tone(let tone): return tone.rawValue
    case .directions(let directions):
      guard !directions.isEmpty else { return "no genre directions" }
      return "strongest directions: "
        + directions.map { "\($0.genre.name) \($0.towards ? "+" : "−")" }.joined(separator: ", ")
    case .hours(let start, let end):
      return "\(LocalTime.clock(minutes: start))–\(LocalTime.clock(minutes: end))"
    case .weekdays(let days):
      switch days.count {
      case 7: return "every day"
      case 0: return "no regular day"
      default: return days.map { LocalTime.weekdayNames[$0] }.joined(separator: ", ")
      }
    case .weekRhythm(let rhythm): return rhythm.rawValue
    case .level(let level): return level.rawValue
    case .completion(let share): return "\(Int((share * 100).rounded()))% of playbacks finished"
    case .region(let code): return code
    case .utcOffset(let minutes, let zone):
      let m = abs(minutes)
      let offset = "UTC\(minutes < 0 ? "−" : "+")\(m / 60 < 10 ? "0" : "")\(m / 60):\(m % 60 < 10 ? "0" : "")\(m % 60)"
      return offset + (zone.map { " (\($0))" } ?? "")
    case .places(let places, let more):
      return places.joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
    case .devices(let devices): return devices.map { "\($0.type.name) (\($0.os))" }.joined(separator: ", ")
    case .count(let n): return String(n)
    case .presence(let present): return present ? "present" : "none seen"
    case .uniqueness(let used, let of, let sharedBy):
      if let sharedBy { return "not unique: \(sharedBy) members share all \(of) (title, date) events" }
      return "identified by \(used) of \(of) (title, date) events"
    case .emailHash(let hash): return "email hash \(hash)"
    case .statement(let words): return words
    }
  }

  /// The conclusion in words (``text``), so that interpolating a value
  /// reads as the trait does.
  public var description: String { text }

  /// The number of a ``count(_:)`` value; `nil` for any other.
  public var number: Int? {
    if case .count(let n) = self { return n }
    return nil
  }

  /// Whether a value a person wrote (a scenario's `equals`, a truth in
  /// the simulation's words) names this value, ignoring case: the same
  /// words; a count by its number; a region by its code or its place
  /// ("London" for "London, GB"); a time zone by its offset or its name
  /// ("Europe/London"); a device list by one of its types or devices
  /// ("phone" for "tv (Tizen), phone (iOS)"); travel by one of its places.
  public func matches(_ written: String) -> Bool {
    let wanted = String(written.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
    if text.lowercased() == wanted { return true }
    switch self {
    case .count(let n): return Int(wanted) == n
    case .hours:
      // `20:00-23:00` as a person types it, for `20:00–23:00`.
      return text.lowercased() == wanted.replacingOccurrences(of: "-", with: "–").replacingOccurrences(of: " ", with: "")
    case .region(let code): return code.lowercased().hasPrefix(wanted + ",")
    case .utcOffset(let minutes, let zone):
      return zone?.lowercased() == wanted || TraitValue.utcOffset(minutes: minutes, zone: nil).text.lowercased() == wanted
    case .devices(let devices):
      return devices.contains { device in
        [device.type.rawValue, device.type.name.lowercased()].contains { type in
          type == wanted || "\(type) (\(device.os))".lowercased() == wanted
        }
      }
    case .places(let places, _):
      return places.contains { $0.lowercased() == wanted || $0.lowercased().hasPrefix(wanted + ",") }
    default: return false
    }
  }
}
