/// The kind of an event, as written in its `type` field.
///
/// Each type belongs to one ``SourceCategory`` and has a fixed list of
/// payload fields (see Docs/EventLog.md and Docs/schemas/event.schema.json).
public enum EventType: String, CaseIterable, Hashable, Comparable, Sendable {
  /// Sign-up details the member gives (name, email, payment, ...).
  case accountCreated = "account_created"
  /// A profile's name, kids flag, language and maturity level.
  case profileSettings = "profile_settings"
  /// An explicit rating: thumbs or stars.
  case rating = "rating"
  /// A written review.
  case review = "review"
  /// A title shown on a page: row, position and artwork variant.
  case impression = "impression"
  /// A click on a title's artwork.
  case artworkClick = "artwork_click"
  /// A title's detail page opened.
  case titlePageOpen = "title_page_open"
  /// Playback began.
  case playStart = "play_start"
  /// A periodic progress report during playback.
  case heartbeat = "heartbeat"
  /// Playback paused.
  case pause = "pause"
  /// A jump from one position to another.
  case seek = "seek"
  /// Playback stopped before or at the end, with position and runtime.
  case stop = "stop"
  /// The title was watched to the end (credits reached).
  case completion = "completion"
  /// A search query and what was clicked after it.
  case search = "search"
  /// A title added to My List.
  case listAdd = "list_add"
  /// A choice made in an interactive title.
  case interactiveChoice = "interactive_choice"
  /// Activity in a game.
  case gameActivity = "game_activity"
  /// An app session began on a device.
  case sessionStart = "session_start"
  /// A push, email or SMS notification sent, opened or clicked.
  case notification = "notification"
  /// A customer-service contact and its topic.
  case customerServiceContact = "customer_service_contact"
  /// A record bought or received from a partner or data broker.
  case partnerRecord = "partner_record"
  /// A title shared through a messaging app.
  case referralShared = "referral_shared"
  /// A click on a shared referral link.
  case referralClick = "referral_click"

  /// The category a privacy statement would file this event under.
  public var source: SourceCategory {
    switch self {
    case .accountCreated, .profileSettings, .rating, .review: return .provided
    case .sessionStart: return .device
    case .notification, .customerServiceContact: return .communications
    case .partnerRecord, .referralShared, .referralClick: return .partner
    default: return .activity
    }
  }

  /// Whether events of this type must name a profile (profile-level
  /// activity); the others may be account-level.
  public var requiresProfile: Bool {
    switch self {
    case .accountCreated, .sessionStart, .notification, .customerServiceContact,
      .partnerRecord, .referralClick:
      return false
    default: return true
    }
  }

  /// Orders types by their wire name.
  public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }

  /// The payload fields in wire order, with whether each is required.
  ///
  /// A rating needs exactly one of `thumbs` and `stars`; both are listed as
  /// optional here and the decoder checks the pair.
  var fields: [(field: EventField, required: Bool)] {
    switch self {
    case .accountCreated:
      return [
        (.name, true), (.email, true), (.postalCode, false), (.phone, false),
        (.paymentMethod, true), (.dateOfBirth, false),
      ]
    case .profileSettings:
      return [(.profileName, true), (.kids, true), (.language, true), (.maturity, true)]
    case .rating: return [(.title, true), (.thumbs, false), (.stars, false)]
    case .review: return [(.title, true), (.text, true)]
    case .impression:
      return [
        (.title, true), (.row, true), (.rowIndex, true), (.position, true), (.artwork, true),
        (.propensity, false),
      ]
    case .artworkClick: return [(.title, true), (.artwork, true)]
    case .titlePageOpen: return [(.title, true)]
    case .playStart:
      return [(.title, true), (.playback, true), (.position, true), (.runtime, false)]
    case .heartbeat, .pause: return [(.title, true), (.playback, true), (.position, true)]
    case .seek: return [(.title, true), (.playback, true), (.from, true), (.to, true)]
    case .stop: return [(.title, true), (.playback, true), (.position, true), (.runtime, true)]
    case .completion: return [(.title, true), (.playback, true), (.runtime, true)]
    case .search: return [(.query, true), (.clicked, false)]
    case .listAdd: return [(.title, true)]
    case .interactiveChoice:
      return [(.title, true), (.playback, true), (.choicePoint, true), (.choice, true)]
    case .gameActivity: return [(.game, true), (.action, true), (.duration, false)]
    case .sessionStart:
      return [
        (.device, true), (.deviceType, true), (.os, true), (.appVersion, true), (.ip, true),
        (.connection, true),
      ]
    case .notification:
      return [(.channel, true), (.action, true), (.campaign, true), (.title, false)]
    case .customerServiceContact: return [(.channel, true), (.topic, true)]
    case .partnerRecord:
      return [(.partner, true), (.partnerKind, true), (.attributeKind, true), (.attributes, true)]
    case .referralShared: return [(.title, true), (.referral, true), (.app, true)]
    case .referralClick: return [(.title, true), (.referral, true)]
    }
  }

  /// Field sets as bit masks, computed once per type (hot path).
  struct Masks: Sendable {
    let allowed: UInt64
    let required: UInt64
  }

  /// Wire names as bytes, grouped by length, with each type's masks, for
  /// matching the `type` field without building strings (hot path of the
  /// `ingestion` benchmarks).
  static let namesByLength: [[(bytes: [UInt8], type: EventType, masks: Masks)]] = {
    var table = Array(repeating: [(bytes: [UInt8], type: EventType, masks: Masks)](), count: 32)
    for type in allCases {
      let bytes = Array(type.rawValue.utf8)
      table[bytes.count].append((bytes, type, masks[type]!))
    }
    return table
  }()

  /// The type whose wire name is `name`, with its masks, or `nil`.
  static func named(_ name: UnsafeRawBufferPointer) -> (type: EventType, masks: Masks)? {
    guard name.count < namesByLength.count else { return nil }
    for candidate in namesByLength[name.count] {
      if candidate.bytes.withUnsafeBytes({ $0.elementsEqual(name) }) {
        return (candidate.type, candidate.masks)
      }
    }
    return nil
  }

  /// The masks of each type.
  static let masks: [EventType: Masks] = Dictionary(
    uniqueKeysWithValues: allCases.map { type in
      let allowed = type.fields.reduce(EventField.envelope) { $0 | $1.field.bit }
      let required = type.fields.filter(\.required).reduce(
        EventField.v.bit | EventField.id.bit | EventField.ts.bit | EventField.type.bit
          | EventField.source.bit | EventField.account.bit
          | (type.requiresProfile ? EventField.profile.bit : 0)
      ) { $0 | $1.field.bit }
      return (type, Masks(allowed: allowed, required: required))
    })
}
