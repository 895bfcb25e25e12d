import Events
import Population
import Scenarios
import Support

/// Turns a scenario's scripted events (`- {day: 3, time: "21:10", persona:
/// alex, type: search, query: haunted}`) into events of the log, checked by
/// the event model exactly like a line of an event-log file.
///
/// `day` (1-based) and `time` (`HH:MM` in the persona's time zone) give the
/// timestamp, with the persona's UTC offset; `persona` (and optionally
/// `profile`) give the account and profile; every other field is the event's
/// own, named as in the event log's JSON Lines format. A scripted event that
/// the event model rejects is not dropped silently: it comes back as a
/// ``Rejection`` naming the scenario file, line and the field at fault.
public struct ScriptedEventReplay: Sendable {
  /// A scripted event that could not be replayed.
  public struct Rejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the event is written in the scenario.
    public let location: SourceLocation
    /// Why it was rejected.
    public let reason: String

    /// `file:line:column: reason`.
    public var description: String { "\(location): scripted event rejected: \(reason)" }
  }

  /// The events, in scenario order, with their ids `scripted-1`, `scripted-2`, ….
  public let events: [Event]
  /// The scripted events that were rejected.
  public let rejections: [Rejection]

  /// Converts every scripted event of a scenario.
  public init(scenario: Scenario, population: Population, clock: SimulationClock) {
    var events: [Event] = []
    var rejections: [Rejection] = []
    for (number, scripted) in scenario.events.enumerated() {
      switch Self.convert(scripted, number: number + 1, population: population, clock: clock) {
      case .success(let event): events.append(event)
      case .failure(let rejection): rejections.append(rejection)
      }
    }
    self.events = events
    self.rejections = rejections
  }

  private static let placementKeys: Set<String> = ["day", "time", "persona", "profile"]

  private static func convert(
    _ scripted: ScriptedEvent, number: Int, population: Population, clock: SimulationClock
  ) -> Result<Event, Rejection> {
    func reject(_ reason: String) -> Result<Event, Rejection> {
      .failure(Rejection(location: scripted.location, reason: reason))
    }
    let fields = scripted.fields
    guard case .integer(let day)? = fields["day"], day >= 1, day <= clock.days else {
      return reject("field 'day': expected a whole number from 1 to \(clock.days) (the scenario's days)")
    }
    guard let timeText = fields["time"]?.string, let seconds = Self.secondsAfterMidnight(timeText) else {
      return reject("field 'time': expected a local time HH:MM, for example \"21:10\"")
    }
    guard let personaID = fields["persona"]?.string else {
      return reject("field 'persona': expected the id of a persona of the scenario")
    }
    guard let memberIndex = population.members.firstIndex(where: { $0.personaID == personaID }) else {
      return reject("field 'persona': no persona '\(personaID)' in the scenario")
    }
    let member = population.members[memberIndex]
    let household = population.households[member.household]
    let profiles = member.profiles.map { household.profiles[$0] }
    let profile: HouseholdProfile
    if let wanted = fields["profile"]?.string {
      guard let match = profiles.first(where: { $0.id == wanted || $0.name == wanted }) else {
        return reject("field 'profile': \(personaID) does not watch on a profile '\(wanted)' (they use: \(profiles.map(\.id).joined(separator: ", ")))")
      }
      profile = match
    } else {
      guard let first = profiles.first else { return reject("persona '\(personaID)' has no profile") }
      profile = first
    }
    let timestamp = clock.timestamp(zone: member.timeZone, day: day - 1, seconds: seconds)
    var object: [(String, JSONValue)] = [
      ("v", .integer(Event.schemaVersion)), ("id", .string("scripted-\(number)")),
      ("ts", .string(timestamp.description)), ("account", .string(household.id)),
      ("profile", .string(profile.id)),
    ]
    if let typeName = fields["type"]?.string, let type = EventType(rawValue: typeName) {
      object.append(("source", .string(type.source.rawValue)))
    }
    for key in fields.keys.sorted() where !placementKeys.contains(key) {
      object.append((key, fields[key]!))
    }
    let line = "{" + object.map { "\(JSONText.quote($0.0)):\(JSONText.encode($0.1))" }.joined(separator: ",") + "}"
    do throws(EventLogError) {
      return .success(try Event(jsonLine: line, path: scripted.location.path, line: scripted.location.line))
    } catch {
      return reject(error.description)
    }
  }

  /// `HH:MM` (or `HH:MM:SS`) as seconds after midnight.
  static func secondsAfterMidnight(_ text: String) -> Int? {
    let parts = text.split(separator: ":").map { Int($0) }
    guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0 != nil }) else { return nil }
    let h = parts[0]!, m = parts[1]!, s = parts.count == 3 ? parts[2]! : 0
    guard (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
    return h * 3_600 + m * 60 + s
  }
}

/// JSON text for scripted-event values.
enum JSONText {
  static func quote(_ text: String) -> String { JSONString.quoted(text) }

  static func encode(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .integer(let i): return String(i)
    case .number(let d): return d.isFinite ? "\(d)" : "null"
    case .string(let s): return quote(s)
    case .array(let items): return "[" + items.map(encode).joined(separator: ",") + "]"
    case .object(let fields):
      return "{" + fields.keys.sorted().map { "\(quote($0)):\(encode(fields[$0]!))" }.joined(separator: ",") + "}"
    }
  }
}
