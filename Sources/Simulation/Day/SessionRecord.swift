import Events
import Scenarios

/// The hidden truth of one session: who really sat down, on which profile
/// and device, and when. The platform sees only the session's events; this
/// ledger lets tests and reports check what it inferred (for example, that
/// a shared profile is two people).
public struct SessionRecord: Sendable, Equatable {
  /// The member (index into the population).
  public let member: Int
  /// The profile id.
  public let profile: String
  /// The device kind.
  public let device: Device
  /// When the session started.
  public let start: Timestamp
  /// Whether it came from a notification.
  public let fromNotification: Bool
}
