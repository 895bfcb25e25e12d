import Events

/// A notification the platform decided to send: to which profile, when,
/// and promoting which title.
public struct PlannedNotification: Sendable, Equatable {
  /// The account.
  public let account: String
  /// The profile.
  public let profile: String
  /// The promoted title's catalog index.
  public let title: Int
  /// When it is sent.
  public let time: Timestamp
}
