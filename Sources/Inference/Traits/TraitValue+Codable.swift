import Catalog
import Datasets
import Events

/// A value is written as an object with one key, its case, holding the
/// data in plain JSON: `{"genre": "Horror"}`, `{"hours": {"start": 1320,
/// "end": 1800}}` (minutes since midnight), `{"count": 2}`,
/// `{"weekdays": [0, 2]}` (0 = Monday).
extension TraitValue: Codable {
  private enum Case: String, CodingKey {
    case ageBand, gender, genre, person, tone, directions, hours, weekdays, weekRhythm, level, completion, region
    case utcOffset, places, devices, count, presence, uniqueness, emailHash, statement
  }

  private struct Span: Codable { let start: Int, end: Int }
  private struct Offset: Codable { let minutes: Int, zone: String? }
  private struct Places: Codable { let places: [String], more: Int }
  private struct Singling: Codable { let used: Int, of: Int, sharedBy: Int? }

  /// Writes the value as `{case: data}`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Case.self)
    switch self {
    case .ageBand(let band): try c.encode(band, forKey: .ageBand)
    case .gender(let gender): try c.encode(gender, forKey: .gender)
    case .genre(let genre): try c.encode(genre, forKey: .genre)
    case .person(let name): try c.encode(name, forKey: .person)
    case .tone(let tone): try c.encode(tone, forKey: .tone)
    case .directions(let directions): try c.encode(directions, forKey: .directions)
    case .hours(let start, let end): try c.encode(Span(start: start, end: end), forKey: .hours)
    case .weekdays(let days): try c.encode(days, forKey: .weekdays)
    case .weekRhythm(let rhythm): try c.encode(rhythm, forKey: .weekRhythm)
    case .level(let level): try c.encode(level, forKey: .level)
    case .completion(let share): try c.encode(share, forKey: .completion)
    case .region(let code): try c.encode(code, forKey: .region)
    case .utcOffset(let minutes, let zone): try c.encode(Offset(minutes: minutes, zone: zone), forKey: .utcOffset)
    case .places(let places, let more): try c.encode(Places(places: places, more: more), forKey: .places)
    case .devices(let devices): try c.encode(devices, forKey: .devices)
    case .count(let n): try c.encode(n, forKey: .count)
    case .presence(let present): try c.encode(present, forKey: .presence)
    case .uniqueness(let used, let of, let sharedBy):
      try c.encode(Singling(used: used, of: of, sharedBy: sharedBy), forKey: .uniqueness)
    case .emailHash(let hash): try c.encode(hash, forKey: .emailHash)
    case .statement(let words): try c.encode(words, forKey: .statement)
    }
  }

  /// Reads what ``encode(to:)`` writes; an object without exactly one
  /// known key is an error naming the keys found.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Case.self)
    guard c.allKeys.count == 1, let key = c.allKeys.first else {
      throw DecodingError.dataCorrupted(.init(
        codingPath: decoder.codingPath,
        debugDescription: "a trait value has one key, its kind of value; found \(c.allKeys.map(\.stringValue))"))
    }
    switch key {
    case .ageBand: self = .ageBand(try c.decode(AgeBand.self, forKey: key))
    case .gender: self = .gender(try c.decode(Gender.self, forKey: key))
    case .genre: self = .genre(try c.decode(Genre.self, forKey: key))
    case .person: self = .person(try c.decode(String.self, forKey: key))
    case .tone: self = .tone(try c.decode(ArtworkTone.self, forKey: key))
    case .directions: self = .directions(try c.decode([GenreDirection].self, forKey: key))
    case .hours:
      let span = try c.decode(Span.self, forKey: key)
      self = .hours(start: span.start, end: span.end)
    case .weekdays: self = .weekdays(try c.decode([Int].self, forKey: key))
    case .weekRhythm: self = .weekRhythm(try c.decode(WeekRhythm.self, forKey: key))
    case .level: self = .level(try c.decode(Level.self, forKey: key))
    case .completion: self = .completion(try c.decode(Double.self, forKey: key))
    case .region: self = .region(try c.decode(String.self, forKey: key))
    case .utcOffset:
      let offset = try c.decode(Offset.self, forKey: key)
      self = .utcOffset(minutes: offset.minutes, zone: offset.zone)
    case .places:
      let places = try c.decode(Places.self, forKey: key)
      self = .places(places.places, more: places.more)
    case .devices: self = .devices(try c.decode([DeviceSummary].self, forKey: key))
    case .count: self = .count(try c.decode(Int.self, forKey: key))
    case .presence: self = .presence(try c.decode(Bool.self, forKey: key))
    case .uniqueness:
      let singling = try c.decode(Singling.self, forKey: key)
      self = .uniqueness(used: singling.used, of: singling.of, sharedBy: singling.sharedBy)
    case .emailHash: self = .emailHash(try c.decode(String.self, forKey: key))
    case .statement: self = .statement(try c.decode(String.self, forKey: key))
    }
  }
}
