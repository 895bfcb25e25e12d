import Catalog
import Datasets
import Foundation
import Yams

/// Decodes a persona (Docs/ScenarioFormat.md): who they are (age band,
/// gender, region, time zone), their devices, when they watch (viewing
/// windows), what they like (tastes by genre and cast) and how they binge.
struct PersonaDecoder {
  /// The document, for its reader and shared checks.
  let document: ScenarioDocument
  /// The genre names tastes may use.
  let genres: GenreVocabulary

  private var reader: DocumentReader { document.reader }

  /// A persona; `nil` when any of its fields had a problem.
  func persona(_ node: Node, field: String) -> Persona? {
    let before = reader.issues.count
    guard let mapping = reader.mapping(node, ScenarioKeys.persona, field: field) else { return nil }
    let id = document.identifier(mapping, "id")
    let age = reader.choice(mapping, "age_band", as: AgeBand.self)
    let gender = reader.choice(mapping, "gender", as: Gender.self)
    let region = reader.string(mapping, "region") ?? "US"
    let timeZone = mapping["time_zone"].flatMap { self.timeZone($0, field: mapping.field("time_zone")) }
    var devices: [Device] = [.tv]
    if let node = mapping["devices"], let items = reader.list(node, field: mapping.field("devices"), nonEmpty: true) {
      devices = []
      for (index, item) in items.enumerated() {
        let itemField = "\(mapping.field("devices"))[\(index)]"
        if let device = reader.choice(item, field: itemField, as: Device.self) {
          devices.append(device)
        }
      }
    }
    var schedule = [
      ViewingWindow(days: Weekday.allCases, start: ClockTime("20:00")!, end: ClockTime("23:00")!)
    ]
    if let node = mapping["schedule"],
      let items = reader.list(node, field: mapping.field("schedule"), nonEmpty: true)
    {
      schedule = items.enumerated().compactMap {
        window($1, field: "\(mapping.field("schedule"))[\($0)]", devices: devices)
      }
    }
    var tastes = Tastes()
    if let node = mapping["tastes"], let parsed = self.tastes(node, field: mapping.field("tastes")) {
      tastes = parsed
    }
    let binge = reader.number(mapping, "binge_tendency", in: 0...1) ?? 0.3
    guard reader.issues.count == before, let id, let age, let gender else { return nil }
    return Persona(
      id: id, name: reader.string(mapping, "name") ?? id, ageBand: age, gender: gender,
      region: region, timeZone: timeZone ?? "America/New_York", devices: devices,
      schedule: schedule, tastes: tastes, bingeTendency: binge)
  }

  /// A viewing window; its device must be one of the persona's.
  func window(_ node: Node, field: String, devices: [Device]) -> ViewingWindow? {
    guard let mapping = reader.mapping(node, ScenarioKeys.window, field: field) else { return nil }
    let start = mapping["start"].flatMap { clock($0, field: mapping.field("start")) }
    let end = mapping["end"].flatMap { clock($0, field: mapping.field("end")) }
    var days = Weekday.allCases
    if let node = mapping["days"] { days = self.days(node, field: mapping.field("days")) ?? days }
    var device: Device?
    if let node = mapping["device"],
      let chosen = reader.choice(node, field: mapping.field("device"), as: Device.self)
    {
      if devices.contains(chosen) {
        device = chosen
      } else {
        reader.report(
          .invalidValue(
            field: mapping.field("device"),
            expected: "one of the persona's devices ("
              + devices.map(\.rawValue).joined(separator: ", ") + ")",
            found: "'\(chosen.rawValue)'", suggestion: nil),
          at: node)
      }
    }
    let probability = reader.number(mapping, "probability", in: 0...1) ?? 1
    guard let start, let end else { return nil }
    if start == end {
      reader.report(
        .invalidValue(
          field: mapping.field("end"), expected: "a time different from 'start'",
          found: "'\(end)'", suggestion: nil),
        at: mapping["end"])
      return nil
    }
    return ViewingWindow(days: days, start: start, end: end, device: device, probability: probability)
  }

  /// Days of the week: `daily`, `weekdays`, `weekends`, one day or a list
  /// of days.
  func days(_ node: Node, field: String) -> [Weekday]? {
    let groups = ["daily", "weekdays", "weekends"]
    let choices = groups + Weekday.allCases.map(\.rawValue)
    if case .sequence = node {
      guard let items = reader.list(node, field: field, nonEmpty: true) else { return nil }
      let days = items.enumerated().compactMap {
        reader.choice($1, field: "\(field)[\($0)]", as: Weekday.self)
      }
      return Array(Set(days)).sorted()
    }
    switch reader.choice(node, field: field, among: choices) {
    case "daily": return Weekday.allCases
    case "weekdays": return Weekday.weekdays
    case "weekends": return Weekday.weekends
    case let day?: return Weekday(rawValue: day).map { [$0] }
    case nil: return nil
    }
  }

  /// A time of day, "HH:MM".
  func clock(_ node: Node, field: String) -> ClockTime? {
    guard let text = reader.string(node, field: field) else { return nil }
    guard let time = ClockTime(text) else {
      reader.report(
        .invalidValue(
          field: field, expected: "a time of day \"HH:MM\" from 00:00 to 23:59",
          found: "'\(text)'", suggestion: nil),
        at: node)
      return nil
    }
    return time
  }

  /// An IANA time zone name.
  func timeZone(_ node: Node, field: String) -> String? {
    guard let text = reader.string(node, field: field) else { return nil }
    guard TimeZone(identifier: text) != nil else {
      reader.report(
        .invalidValue(
          field: field, expected: "an IANA time zone name such as 'Europe/London'",
          found: "'\(DocumentReader.abbreviated(text))'",
          suggestion: Suggestion.closest(to: text, among: TimeZone.knownTimeZoneIdentifiers)),
        at: node)
      return nil
    }
    return text
  }

  /// Tastes: a value from -1 to 1 per known genre and per cast member.
  func tastes(_ node: Node, field: String) -> Tastes? {
    guard let mapping = reader.mapping(node, ScenarioKeys.tastes, field: field) else { return nil }
    var tastes = Tastes()
    if let node = mapping["genres"], let entries = reader.entries(node, field: mapping.field("genres")) {
      for entry in entries {
        let entryField = "\(mapping.field("genres")).\(entry.key)"
        guard genres.check(entry.key, field: entryField, at: entry.keyNode, reader: reader),
          let value = reader.number(entry.value, field: entryField, in: -1...1)
        else { continue }
        tastes.genres[Genre(entry.key)] = value
      }
    }
    if let node = mapping["cast"], let entries = reader.entries(node, field: mapping.field("cast")) {
      for entry in entries {
        let entryField = "\(mapping.field("cast")).\(entry.key)"
        if let value = reader.number(entry.value, field: entryField, in: -1...1) {
          tastes.cast[entry.key] = value
        }
      }
    }
    return tastes
  }
}
