import Events

/// The kinds of events the timeline tells apart: the activity source split
/// into what was shown, what was browsed and what was watched, then the
/// other source categories of privacy statements.
enum EventGroup: Int, CaseIterable, Sendable {
  /// Titles shown in rows (impressions).
  case shown
  /// Clicks, title pages, searches, list additions, games.
  case browsed
  /// Playback: starts, heartbeats, pauses, seeks, stops, completions, choices.
  case watched
  /// What the member provided: sign-up, profile settings, ratings, reviews.
  case provided
  /// Device and connection (session starts).
  case device
  /// Notifications and customer-service contacts.
  case communications
  /// Partners, brokers, referrals.
  case partner

  /// The group of an event type.
  init(_ type: EventType) {
    switch type {
    case .impression: self = .shown
    case .artworkClick, .titlePageOpen, .search, .listAdd, .gameActivity: self = .browsed
    case .playStart, .heartbeat, .pause, .seek, .stop, .completion, .interactiveChoice: self = .watched
    default:
      switch type.source {
      case .provided: self = .provided
      case .device: self = .device
      case .communications: self = .communications
      case .partner: self = .partner
      case .activity: self = .browsed
      }
    }
  }

  /// The group's name in the legend.
  var label: String {
    switch self {
    case .shown: return "shown (impressions)"
    case .browsed: return "browsed"
    case .watched: return "watched"
    case .provided: return "told (provided)"
    case .device: return "device"
    case .communications: return "messages"
    case .partner: return "partners"
    }
  }

  /// The group in a sentence ("what the platform showed").
  var plain: String {
    switch self {
    case .shown: return "titles the platform showed"
    case .browsed: return "browsing"
    case .watched: return "playback"
    case .provided: return "what was typed in"
    case .device: return "device sessions"
    case .communications: return "messages"
    case .partner: return "partner records"
    }
  }

  /// A short name for the timeline's rows.
  var shortLabel: String {
    switch self {
    case .shown: return "shown"
    case .browsed: return "browsed"
    case .watched: return "watched"
    case .provided: return "told"
    case .device: return "device"
    case .communications: return "messages"
    case .partner: return "partners"
    }
  }

  /// The group's colour.
  var colour: String { Palette.categorical[rawValue] }
}
