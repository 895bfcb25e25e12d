/// What happened to a notification.
public enum NotificationAction: String, CaseIterable, Hashable, Sendable {
  /// The platform sent it.
  case sent = "sent"
  /// The member opened it.
  case opened = "opened"
  /// The member followed its link.
  case clicked = "clicked"
}
