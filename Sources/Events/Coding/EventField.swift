/// Every field name the event schema knows, in the order the writer puts
/// them (envelope first, then each type's payload fields in the order its
/// ``EventType/fields`` lists them).
enum EventField: UInt8, CaseIterable, Sendable {
  // Envelope.
  case v, id, ts, type, source, account, profile
  // Payload.
  case name, email, postalCode, phone, paymentMethod, dateOfBirth
  case profileName, kids, language, maturity
  case title, thumbs, stars, text
  case row, rowIndex, position, artwork, propensity
  case playback, runtime, from, to
  case query, clicked, choicePoint, choice
  case game, action, duration
  case device, deviceType, os, appVersion, ip, connection
  case channel, campaign, topic
  case partner, partnerKind, attributeKind, attributes, referral, app

  /// The name on the wire (snake case).
  var name: String { EventField.names[Int(rawValue)] }

  /// Wire names by raw value, computed once (string interpolation of a
  /// case name goes through reflection: far too slow per line).
  private static let names: [String] = allCases.map(\.spelledName)

  private var spelledName: String {
    switch self {
    case .postalCode: return "postal_code"
    case .paymentMethod: return "payment_method"
    case .dateOfBirth: return "date_of_birth"
    case .profileName: return "profile_name"
    case .rowIndex: return "row_index"
    case .choicePoint: return "choice_point"
    case .deviceType: return "device_type"
    case .appVersion: return "app_version"
    case .partnerKind: return "partner_kind"
    case .attributeKind: return "attribute_kind"
    default: return "\(self)"
    }
  }

  /// This field's bit in a field set.
  var bit: UInt64 { 1 << UInt64(rawValue) }

  /// The envelope fields every event may carry.
  static let envelope: UInt64 = [EventField.v, .id, .ts, .type, .source, .account, .profile]
    .reduce(0) { $0 | $1.bit }

  /// The table that recognises field names.
  static let matcher = FieldMatcher()
}
