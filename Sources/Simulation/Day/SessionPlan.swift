import Platform
import Scenarios

/// A planned session: who sits down, on which of the household's profiles
/// and which device, from when until when at the latest (seconds after
/// local midnight), and the notification it follows, if any.
struct SessionPlan: Sendable {
  /// The member (index into the population).
  let member: Int
  /// The profile (index into the household's profiles).
  let profile: Int
  /// The device.
  let device: Device
  /// When the session starts.
  let start: Int
  /// When it must end: the end of the viewing window plus the allowed
  /// overrun (a binge may push it later).
  let limit: Int
  /// The notification the session follows.
  let notification: PlannedNotification?
}
