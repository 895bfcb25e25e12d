/// The part of the day an impression happens in, in the viewer's local
/// time: people respond to different images in the morning than late at
/// night, so it is part of an artwork decision's context.
public enum DayPart: Int, Sendable, CaseIterable, CustomStringConvertible {
  /// 05:00–11:59.
  case morning
  /// 12:00–16:59.
  case afternoon
  /// 17:00–21:59.
  case evening
  /// 22:00–04:59.
  case night

  /// The day part of a local hour (0–23; other values wrap).
  public init(hour: Int) {
    switch ((hour % 24) + 24) % 24 {
    case 5..<12: self = .morning
    case 12..<17: self = .afternoon
    case 17..<22: self = .evening
    default: self = .night
    }
  }

  /// `morning`, `afternoon`, `evening` or `night`.
  public var description: String {
    switch self {
    case .morning: return "morning"
    case .afternoon: return "afternoon"
    case .evening: return "evening"
    case .night: return "night"
    }
  }
}
