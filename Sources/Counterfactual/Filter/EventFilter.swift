import Catalog
import Events
import Foundation

/// Which events to take away in a what-if: clauses `key=value` joined by
/// commas, all of which an event must meet (`genre=Horror,type=play_start`
/// is the plays of horror titles); `key=a|b` accepts any of the values.
///
/// | key | value |
/// |---|---|
/// | `type` | an event type (`search`, `play_start`, …) or `playback` (every playback event) |
/// | `title` | a catalog title id or exact name |
/// | `genre` | a catalog genre: events about a title of that genre |
/// | `device` | a device type (`tv`, `phone`, …): events in sessions started on it |
/// | `source` | a source category (`provided`, `activity`, `device`, `communications`, `partner`) |
/// | `after` | `YYYY-MM-DD` (UTC) or a timestamp: events at or after it |
/// | `before` | the same: events before it |
/// | `from` | `search` or `notification`: a search and the playback of the title it led to; a notification and the session its click opened (``EventOrigin``) |
///
/// Keys and values other than titles are case-insensitive.
public struct EventFilter: Sendable, Equatable, CustomStringConvertible {
  /// The conditions, all of which an event must meet.
  public let conditions: [EventCondition]
  /// The filter as written.
  public let text: String

  /// The playback event types, for `type=playback`.
  public static let playbackTypes: Set<EventType> = [
    .playStart, .heartbeat, .pause, .seek, .stop, .completion, .interactiveChoice,
  ]

  /// Parses a filter, checking titles and genres against the catalog.
  ///
  /// - Throws: ``EventFilterError`` naming the clause at fault and what
  ///   would be accepted.
  public init(parsing text: String, catalog: Catalog) throws(EventFilterError) {
    let clauses = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    guard !clauses.isEmpty else { throw .empty }
    var conditions: [EventCondition] = []
    for clause in clauses {
      guard let equals = clause.firstIndex(of: "="), equals != clause.startIndex,
        clause.index(after: equals) != clause.endIndex
      else { throw .malformed(clause: clause) }
      let key = clause[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      let values = clause[clause.index(after: equals)...].split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard !values.isEmpty, !values.contains(where: \.isEmpty) else { throw .malformed(clause: clause) }
      conditions.append(try Self.condition(key: key, values: values, catalog: catalog))
    }
    self.conditions = conditions
    self.text = clauses.joined(separator: ",")
  }

  /// A filter of given conditions (no parsing).
  public init(conditions: [EventCondition]) {
    self.conditions = conditions
    self.text = "(\(conditions.count) conditions)"
  }

  /// The filter as written.
  public var description: String { text }

  /// The events of a list that the filter takes away.
  ///
  /// - Parameters:
  ///   - events: one profile's events in time order (a device is known
  ///     from the session start before an event).
  ///   - catalog: the catalog the events' titles are looked up in.
  /// - Returns: a flag per event.
  /// - Complexity: O(events · conditions).
  public func matches(_ events: [Event], catalog: Catalog) -> [Bool] {
    var genresOfTitle: [String: Set<String>] = [:]
    if conditions.contains(where: { if case .genre = $0 { true } else { false } }) {
      for title in catalog.titles { genresOfTitle[title.id.text] = Set(title.genres.map { $0.name.lowercased() }) }
    }
    var origins: [EventOrigin: [Bool]] = [:]
    for case .from(let wanted) in conditions {
      for origin in wanted where origins[origin] == nil { origins[origin] = origin.marks(events) }
    }
    var device: DeviceType?
    return events.enumerated().map { index, event in
      if case .sessionStart(_, let type, _, _, _, _) = event.payload { device = type }
      return conditions.allSatisfy { condition in
        switch condition {
        case .type(let types): return types.contains(event.type)
        case .title(let titles): return Self.title(of: event).map(titles.contains) ?? false
        case .genre(let genres):
          guard let title = Self.title(of: event), let found = genresOfTitle[title] else { return false }
          return !found.isDisjoint(with: genres)
        case .device(let devices): return device.map(devices.contains) ?? false
        case .source(let sources): return sources.contains(event.source)
        case .after(let time): return event.timestamp.secondsSinceEpoch >= time
        case .before(let time): return event.timestamp.secondsSinceEpoch < time
        case .from(let wanted): return wanted.contains { origins[$0]?[index] ?? false }
        }
      }
    }
  }

  /// The title an event concerns, if any (a search's clicked result counts).
  public static func title(of event: Event) -> String? {
    switch event.payload {
    case .rating(let title, _), .review(let title, _), .artworkClick(let title, _), .titlePageOpen(let title),
      .playStart(let title, _, _, _), .heartbeat(let title, _, _), .pause(let title, _, _),
      .seek(let title, _, _, _), .stop(let title, _, _, _), .completion(let title, _, _),
      .listAdd(let title), .interactiveChoice(let title, _, _, _), .referralShared(let title, _, _),
      .referralClick(let title, _):
      return title
    case .impression(let title, _, _, _, _, _): return title
    case .search(_, let clicked): return clicked
    case .notification(_, _, _, let title): return title
    default: return nil
    }
  }

  private static func condition(
    key: String, values: [String], catalog: Catalog
  ) throws(EventFilterError) -> EventCondition {
    switch key {
    case "type":
      var types = Set<EventType>()
      for value in values {
        let lower = value.lowercased()
        if lower == "playback" {
          types.formUnion(playbackTypes)
          continue
        }
        guard let type = EventType(rawValue: lower) else {
          throw .unknownValue(key: key, value: value, known: ["playback"] + EventType.allCases.map(\.rawValue))
        }
        types.insert(type)
      }
      return .type(types)
    case "title":
      var ids = Set<String>()
      for value in values {
        guard
          let title = catalog.titles.first(where: { $0.id.text == value })
            ?? catalog.titles.first(where: { $0.name.lowercased() == value.lowercased() })
        else {
          let near = catalog.titles.filter { $0.name.lowercased().contains(value.lowercased()) }
          let known = (near.isEmpty ? Array(catalog.titles.prefix(20)) : near).map { "\($0.id.text) (\($0.name))" }
          throw .unknownValue(key: key, value: value, known: known)
        }
        ids.insert(title.id.text)
      }
      return .title(ids)
    case "genre":
      let known = catalog.genres.map(\.name)
      var genres = Set<String>()
      for value in values {
        guard known.contains(where: { $0.lowercased() == value.lowercased() }) else {
          throw .unknownValue(key: key, value: value, known: known)
        }
        genres.insert(value.lowercased())
      }
      return .genre(genres)
    case "device":
      var devices = Set<DeviceType>()
      for value in values {
        guard let device = DeviceType(rawValue: value.lowercased()) else {
          throw .unknownValue(key: key, value: value, known: DeviceType.allCases.map(\.rawValue))
        }
        devices.insert(device)
      }
      return .device(devices)
    case "source":
      var sources = Set<SourceCategory>()
      for value in values {
        guard let source = SourceCategory(rawValue: value.lowercased()) else {
          throw .unknownValue(key: key, value: value, known: SourceCategory.allCases.map(\.rawValue))
        }
        sources.insert(source)
      }
      return .source(sources)
    case "after", "before":
      guard values.count == 1, let time = Self.time(values[0]) else {
        throw .badTime(key: key, value: values.joined(separator: "|"))
      }
      return key == "after" ? .after(time) : .before(time)
    case "from":
      var origins = Set<EventOrigin>()
      for value in values {
        guard let origin = EventOrigin(rawValue: value.lowercased()) else {
          throw .unknownValue(key: key, value: value, known: EventOrigin.allCases.map(\.rawValue))
        }
        origins.insert(origin)
      }
      return .from(origins)
    default:
      throw .unknownKey(key: key, known: EventCondition.keys)
    }
  }

  /// Seconds since 1970 of `YYYY-MM-DD` (UTC midnight) or a timestamp.
  static func time(_ text: String) -> Int64? {
    if let timestamp = Timestamp(text) { return timestamp.secondsSinceEpoch }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
      CalendarDate(year: y, month: m, day: d) != nil
    else { return nil }
    // Days from civil (Howard Hinnant's algorithm).
    let year = m <= 2 ? y - 1 : y
    let era = (year >= 0 ? year : year - 399) / 400
    let yoe = year - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return Int64(era * 146_097 + doe - 719_468) * 86_400
  }
}
