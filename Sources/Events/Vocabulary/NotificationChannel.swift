/// The channel a notification is sent through.
public enum NotificationChannel: String, CaseIterable, Hashable, Sendable {
  /// A push notification on a device.
  case push = "push"
  /// An email.
  case email = "email"
  /// A text message.
  case sms = "sms"
}
