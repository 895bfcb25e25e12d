/// How often a recipient receives a delivery.
public enum DeliveryFrequency: String, CaseIterable, Hashable, Sendable, Codable {
  /// Every simulated day.
  case daily
  /// Every 7 days.
  case weekly
  /// Every 30 days.
  case monthly
  /// Once, at the end of the run.
  case once

  /// Days covered by one delivery; `nil` for ``once``.
  public var days: Int? {
    switch self {
    case .daily: return 1
    case .weekly: return 7
    case .monthly: return 30
    case .once: return nil
    }
  }
}
