import Events
import Inference
import Scenarios

/// One person as a recipient knows them: under one key (an email hash, a
/// device id, an address, a pseudonym), with everything delivered under it.
/// Profiles that share the key — a household's email, a shared TV — merge
/// into one subject, as they would at the recipient.
public struct RecipientSubject: Sendable, Codable {
  /// The key the recipient files the records under.
  public let key: String
  /// The platform's profiles behind the key. Not delivered: shown so a
  /// reader can see whose data it is.
  public let profiles: [String]
  /// Everything delivered under the key, in delivery and time order.
  public let items: [DeliveredItem]
  /// The identifiers received, by field (email hash, device ids, addresses).
  public let identifiers: [DataField: [String]]

  /// The delivered events, re-keyed to the subject, for running inference
  /// on the recipient's view (not encoded).
  let events: [Event]
  /// The delivered segments (not encoded).
  let segments: [AdvertisingSegment]

  enum CodingKeys: String, CodingKey {
    case key, profiles, items, identifiers
  }

  init(
    key: String, profiles: [String], items: [DeliveredItem], identifiers: [DataField: [String]],
    events: [Event], segments: [AdvertisingSegment]
  ) {
    self.key = key
    self.profiles = profiles
    self.items = items
    self.identifiers = identifiers
    self.events = events
    self.segments = segments
  }

  /// Decodes the encoded part of a subject (no events or segments).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    key = try container.decode(String.self, forKey: .key)
    profiles = try container.decode([String].self, forKey: .profiles)
    items = try container.decode([DeliveredItem].self, forKey: .items)
    identifiers = try container.decode([DataField: [String]].self, forKey: .identifiers)
    events = []
    segments = []
  }

  /// Encodes the key, profiles, items and identifiers.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(key, forKey: .key)
    try container.encode(profiles, forKey: .profiles)
    try container.encode(items, forKey: .items)
    try container.encode(identifiers, forKey: .identifiers)
  }

  /// The number of items of a field.
  public func count(of field: DataField) -> Int { items.lazy.filter { $0.field == field }.count }

  /// Every field present in what was delivered, read from the content
  /// itself — the items, the identifiers, the delivered events' types and
  /// fields, the segments — not from the contract.
  public var fieldsPresent: Set<DataField> {
    var fields = Set(items.map(\.field))
    fields.formUnion(identifiers.filter { !$0.value.isEmpty }.keys)
    fields.formUnion(segments.map(\.field))
    for event in events {
      switch event.payload {
      case .playStart, .stop, .completion: fields.insert(.viewing)
      case .rating: fields.insert(.ratings)
      case .search: fields.insert(.searches)
      case .referralShared, .referralClick: fields.insert(.referrals)
      case .sessionStart(let device, _, let os, _, let ip, _):
        if device != RecipientViewBuilder.withheld { fields.insert(.deviceID) }
        if os != RecipientViewBuilder.withheld { fields.insert(.deviceType) }
        if ip.value != 0 { fields.insert(RecipientViewBuilder.isRegionAddress(ip) ? .region : .ip) }
      default:
        // The builder delivers no other event type; one here is a leak of
        // what was watched, so it counts against `viewing`.
        fields.insert(.viewing)
      }
    }
    return fields
  }
}
