/// Turns one JSON line into an ``Event``, validating every field.
///
/// A decoder keeps scratch space between lines, so each thread uses its own.
/// Hot path of the `ingestion` benchmarks: the line is scanned once into
/// per-field tokens and only the fields the event type defines are
/// converted.
struct EventDecoder {
  /// Token storage, one slot per field; a pointer rather than an array so
  /// that writes skip the uniqueness check (`ingestion` benchmarks).
  private final class Tokens {
    let slots: UnsafeMutablePointer<JSONToken>

    init() {
      slots = .allocate(capacity: EventField.allCases.count)
      slots.initialize(repeating: JSONToken(), count: EventField.allCases.count)
    }

    deinit { slots.deallocate() }
  }

  private let tokens = Tokens()
  /// The field-name table, copied once (a static would be checked for
  /// initialization on every key).
  private let matcher = EventField.matcher
  private var present: UInt64 = 0
  /// The fields given as `null`: present for the duplicate check, absent
  /// for everything else (a required field that is `null` is missing).
  private var nulls: UInt64 = 0
  private var scanner = JSONScanner(UnsafeRawBufferPointer(start: nil, count: 0))

  /// The largest accepted position, runtime or duration: a week, in seconds.
  static let maximumSeconds = 604_800.0
  /// The largest accepted row index or position in a row.
  static let maximumIndex = 10_000
  /// The longest accepted identifier, in bytes.
  static let maximumIdentifierBytes = 256

  mutating func decode(_ line: UnsafeRawBufferPointer) throws(LineProblem) -> Event {
    scanner = JSONScanner(line)
    present = 0
    nulls = 0
    let unknownKey = try scanObject()
    return try build(unknownKey: unknownKey)
  }

  /// Scans the top-level object into `tokens`; returns the first key the
  /// schema does not know, if any (reported once the type is known).
  private mutating func scanObject() throws(LineProblem) -> String? {
    let n = scanner.count
    var i = scanner.skipSpace(0)
    guard i < n else {
      throw .malformed(
        field: nil, offset: i, expected: "a JSON object",
        found: n == 0 ? "an empty line" : "only white space")
    }
    guard scanner[i] == 0x7B else { throw scanner.malformed(i, "'{' starting a JSON object") }
    i = scanner.skipSpace(i + 1)
    var unknownKey: String? = nil
    if i < n && scanner[i] == 0x7D {
      i += 1
    } else {
      while true {
        scanner.field = nil
        scanner.unknownField = nil
        guard i < n, scanner[i] == 0x22 else {
          throw scanner.malformed(i, "a field name in double quotes")
        }
        let key = try scanner.scanString(&i)
        let keyBytes = UnsafeRawBufferPointer(rebasing: scanner.bytes[key.start..<key.end])
        let field = key.escaped ? nil : matcher.field(named: keyBytes)
        scanner.field = field
        if field == nil { scanner.unknownField = scanner.string(key) ?? "(invalid UTF-8)" }
        i = scanner.skipSpace(i)
        guard i < n, scanner[i] == 0x3A else {
          throw scanner.malformed(i, "':' after the field name")
        }
        i = scanner.skipSpace(i + 1)
        let value = try scanner.scanValue(&i)
        if let field {
          guard present & field.bit == 0 else { throw .duplicate(field: field.name) }
          present |= field.bit
          if value.kind == .null { nulls |= field.bit }
          tokens.slots[Int(field.rawValue)] = value
        } else if unknownKey == nil {
          unknownKey = scanner.unknownField
        }
        i = scanner.skipSpace(i)
        guard i < n else { throw scanner.malformed(i, "',' or '}' after the value") }
        if scanner[i] == 0x2C {
          i = scanner.skipSpace(i + 1)
          continue
        }
        guard scanner[i] == 0x7D else { throw scanner.malformed(i, "',' or '}' after the value") }
        i += 1
        break
      }
    }
    scanner.field = nil
    scanner.unknownField = nil
    i = scanner.skipSpace(i)
    guard i == n else { throw scanner.malformed(i, "the end of the line after the object") }
    return unknownKey
  }

  private func build(unknownKey: String?) throws(LineProblem) -> Event {
    guard has(.type) else {
      if let unknownKey { throw .unknownField(field: unknownKey, type: nil) }
      throw .missing(field: "type", type: "all")
    }
    let typeToken = token(.type)
    guard typeToken.kind == .string,
      let (type, masks) = EventType.named(
        UnsafeRawBufferPointer(rebasing: scanner.bytes[typeToken.start..<typeToken.end]))
    else {
      let typeName = try string(.type)
      throw .unknownType(found: typeName)
    }
    if let unknownKey { throw .unknownField(field: unknownKey, type: type) }
    let extra = present & ~masks.allowed
    if extra != 0 {
      let field = EventField(rawValue: UInt8(extra.trailingZeroBitCount))!
      throw .unknownField(field: field.name, type: type)
    }
    let missing = masks.required & ~(present & ~nulls)
    if missing != 0 {
      let field = EventField(rawValue: UInt8(missing.trailingZeroBitCount))!
      throw .missing(field: field.name, type: type.rawValue)
    }
    let version = token(.v)
    guard version.kind == .number, scanner.integer(version) == Event.schemaVersion else {
      throw .invalid(
        field: "v", expected: "schema version \(Event.schemaVersion)",
        found: scanner.describe(version))
    }
    let id = try identifier(.id)
    let tsToken = token(.ts)
    let raw = UnsafeRawBufferPointer(rebasing: scanner.bytes[tsToken.start..<tsToken.end])
    guard tsToken.kind == .string, !tsToken.escaped, let timestamp = Timestamp(utf8: raw) else {
      throw .invalid(
        field: "ts",
        expected: "an ISO 8601 time with a UTC offset such as 2026-03-01T20:15:00+01:00, "
          + Timestamp.supportedRange,
        found: scanner.describe(tsToken))
    }
    let source = try string(.source)
    guard source == type.source.rawValue else {
      throw .invalid(
        field: "source",
        expected: "\"\(type.source.rawValue)\" (the source of \(type.rawValue) events)",
        found: scanner.describe(token(.source)))
    }
    let account = try identifier(.account)
    let profile = try optional(.profile) { f throws(LineProblem) in try identifier(f) }
    return Event(
      id: id, timestamp: timestamp, account: account, profile: profile,
      payload: try payload(type))
  }

  private func payload(_ type: EventType) throws(LineProblem) -> EventPayload {
    switch type {
    case .accountCreated:
      return .accountCreated(
        name: try text(.name), email: try text(.email),
        postalCode: try optional(.postalCode) { f throws(LineProblem) in try text(f) },
        phone: try optional(.phone) { f throws(LineProblem) in try text(f) },
        paymentMethod: try word(.paymentMethod),
        dateOfBirth: try optional(.dateOfBirth) { f throws(LineProblem) in try date(f) })
    case .profileSettings:
      return .profileSettings(
        profileName: try text(.profileName), kids: try bool(.kids), language: try text(.language),
        maturity: try word(.maturity))
    case .rating:
      return .rating(title: try identifier(.title), rating: try rating())
    case .review:
      return .review(title: try identifier(.title), text: try text(.text))
    case .impression:
      return .impression(
        title: try identifier(.title), row: try identifier(.row), rowIndex: try index(.rowIndex),
        position: try index(.position), artwork: try identifier(.artwork),
        propensity: try optional(.propensity) { f throws(LineProblem) in try propensity(f) })
    case .artworkClick:
      return .artworkClick(title: try identifier(.title), artwork: try identifier(.artwork))
    case .titlePageOpen:
      return .titlePageOpen(title: try identifier(.title))
    case .playStart:
      return .playStart(
        title: try identifier(.title), playback: try identifier(.playback),
        position: try seconds(.position),
        runtime: try optional(.runtime) { f throws(LineProblem) in try seconds(f, positive: true) })
    case .heartbeat:
      return .heartbeat(
        title: try identifier(.title), playback: try identifier(.playback),
        position: try seconds(.position))
    case .pause:
      return .pause(
        title: try identifier(.title), playback: try identifier(.playback),
        position: try seconds(.position))
    case .seek:
      return .seek(
        title: try identifier(.title), playback: try identifier(.playback),
        from: try seconds(.from),
        to: try seconds(.to))
    case .stop:
      return .stop(
        title: try identifier(.title), playback: try identifier(.playback),
        position: try seconds(.position), runtime: try seconds(.runtime, positive: true))
    case .completion:
      return .completion(
        title: try identifier(.title), playback: try identifier(.playback),
        runtime: try seconds(.runtime, positive: true))
    case .search:
      return .search(
        query: try text(.query),
        clicked: try optional(.clicked) { f throws(LineProblem) in try identifier(f) })
    case .listAdd:
      return .listAdd(title: try identifier(.title))
    case .interactiveChoice:
      return .interactiveChoice(
        title: try identifier(.title), playback: try identifier(.playback),
        choicePoint: try identifier(.choicePoint), choice: try identifier(.choice))
    case .gameActivity:
      return .gameActivity(
        game: try identifier(.game), action: try word(.action),
        duration: try optional(.duration) { f throws(LineProblem) in try seconds(f) })
    case .sessionStart:
      let ipText = try string(.ip)
      guard let ip = IPAddress(ipText) else {
        throw .invalid(
          field: "ip", expected: "an IPv4 or IPv6 address such as 203.0.113.7",
          found: scanner.describe(token(.ip)))
      }
      return .sessionStart(
        device: try identifier(.device), deviceType: try word(.deviceType), os: try text(.os),
        appVersion: try text(.appVersion), ip: ip, connection: try word(.connection))
    case .notification:
      return .notification(
        channel: try word(.channel), action: try word(.action), campaign: try identifier(.campaign),
        title: try optional(.title) { f throws(LineProblem) in try identifier(f) })
    case .customerServiceContact:
      return .customerServiceContact(channel: try word(.channel), topic: try text(.topic))
    case .partnerRecord:
      return .partnerRecord(
        partner: try identifier(.partner), partnerKind: try word(.partnerKind),
        attributeKind: try word(.attributeKind), attributes: try attributes(.attributes))
    case .referralShared:
      return .referralShared(
        title: try identifier(.title), referral: try identifier(.referral), app: try text(.app))
    case .referralClick:
      return .referralClick(title: try identifier(.title), referral: try identifier(.referral))
    }
  }

  // MARK: Field conversions

  /// Whether the line gives the field a value (`null` counts as absent).
  @inline(__always) private func has(_ field: EventField) -> Bool {
    present & ~nulls & field.bit != 0
  }

  @inline(__always) private func token(_ field: EventField) -> JSONToken {
    tokens.slots[Int(field.rawValue)]
  }

  private func optional<T>(
    _ field: EventField, _ convert: (EventField) throws(LineProblem) -> T
  ) throws(LineProblem) -> T? {
    guard has(field) else { return nil }
    return try convert(field)
  }

  private func wrongKind(_ field: EventField, _ expected: String) -> LineProblem {
    .invalid(field: field.name, expected: expected, found: scanner.describe(token(field)))
  }

  /// Any string, checked to be UTF-8.
  private func string(_ field: EventField) throws(LineProblem) -> String {
    let t = token(field)
    guard t.kind == .string else { throw wrongKind(field, "a string") }
    guard let value = scanner.string(t) else {
      throw .invalid(
        field: field.name, expected: "UTF-8 text", found: "invalid UTF-8 or a lone surrogate")
    }
    return value
  }

  /// A non-empty string.
  private func text(_ field: EventField) throws(LineProblem) -> String {
    let value = try string(field)
    guard !value.isEmpty else {
      throw .invalid(field: field.name, expected: "a non-empty string", found: "\"\"")
    }
    return value
  }

  /// A non-empty identifier of at most `maximumIdentifierBytes` bytes.
  private func identifier(_ field: EventField) throws(LineProblem) -> String {
    let value = try text(field)
    guard value.utf8.count <= EventDecoder.maximumIdentifierBytes else {
      throw .invalid(
        field: field.name,
        expected: "an identifier of at most \(EventDecoder.maximumIdentifierBytes) bytes",
        found: "\(value.utf8.count) bytes")
    }
    return value
  }

  /// One word of a closed vocabulary.
  private func word<T: RawRepresentable & CaseIterable>(_ field: EventField) throws(LineProblem)
    -> T
  where T.RawValue == String {
    let value = try string(field)
    guard let word = T(rawValue: value) else {
      throw .invalid(
        field: field.name,
        expected: "one of " + T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
        found: scanner.describe(token(field)))
    }
    return word
  }

  private func bool(_ field: EventField) throws(LineProblem) -> Bool {
    switch token(field).kind {
    case .true: return true
    case .false: return false
    default: throw wrongKind(field, "true or false")
    }
  }

  /// Seconds: finite, from 0 (or above 0) to a week.
  private func seconds(_ field: EventField, positive: Bool = false) throws(LineProblem) -> Double {
    let t = token(field)
    let range = positive ? "above 0" : "from 0"
    let expected = "a number of seconds \(range) to \(Int(EventDecoder.maximumSeconds))"
    guard t.kind == .number, let value = scanner.double(t), value <= EventDecoder.maximumSeconds,
      positive ? value > 0 : value >= 0
    else { throw wrongKind(field, expected) }
    return value
  }

  private func index(_ field: EventField) throws(LineProblem) -> Int {
    let t = token(field)
    guard t.kind == .number, let value = scanner.integer(t),
      (0...EventDecoder.maximumIndex).contains(value)
    else { throw wrongKind(field, "a whole number from 0 to \(EventDecoder.maximumIndex)") }
    return value
  }

  private func propensity(_ field: EventField) throws(LineProblem) -> Double {
    let t = token(field)
    guard t.kind == .number, let value = scanner.double(t), value > 0, value <= 1 else {
      throw wrongKind(field, "a probability in (0, 1]")
    }
    return value
  }

  private func date(_ field: EventField) throws(LineProblem) -> CalendarDate {
    guard let date = CalendarDate(try string(field)) else {
      throw wrongKind(field, "a date written YYYY-MM-DD")
    }
    return date
  }

  private func rating() throws(LineProblem) -> Rating {
    switch (has(.thumbs), has(.stars)) {
    case (true, false):
      let value = try string(.thumbs)
      guard let rating = Rating(thumbs: value) else {
        throw wrongKind(.thumbs, "one of \"down\", \"up\", \"two_up\"")
      }
      return rating
    case (false, true):
      let t = token(.stars)
      guard t.kind == .number, let stars = scanner.integer(t), (1...5).contains(stars) else {
        throw wrongKind(.stars, "a whole number of stars from 1 to 5")
      }
      return .stars(stars)
    case (true, true):
      throw .invalid(field: "stars", expected: "either thumbs or stars, not both", found: "both")
    case (false, false):
      throw .missing(field: "thumbs", type: "rating (or stars)")
    }
  }

  /// A flat object of non-empty names to string values.
  private func attributes(_ field: EventField) throws(LineProblem) -> [String: String] {
    let t = token(field)
    guard t.kind == .object else { throw wrongKind(field, "an object of names to strings") }
    var sub = JSONScanner(UnsafeRawBufferPointer(rebasing: scanner.bytes[0..<t.end]))
    sub.field = field
    var result: [String: String] = [:]
    var i = sub.skipSpace(t.start + 1)
    if sub[i] == 0x7D { return result }
    while true {
      let key = try sub.scanString(&i)
      i = sub.skipSpace(i)
      i = sub.skipSpace(i + 1)
      let value = try sub.scanValue(&i)
      guard let name = sub.string(key), !name.isEmpty else {
        throw .invalid(
          field: field.name, expected: "non-empty attribute names", found: sub.describe(key))
      }
      guard value.kind == .string, let text = sub.string(value) else {
        throw .invalid(
          field: field.name, expected: "a string value for attribute '\(name)'",
          found: sub.describe(value))
      }
      guard result.updateValue(text, forKey: name) == nil else {
        throw .invalid(field: field.name, expected: "each attribute once", found: "'\(name)' twice")
      }
      i = sub.skipSpace(i)
      if sub[i] == 0x7D { return result }
      i = sub.skipSpace(i + 1)
    }
  }
}
