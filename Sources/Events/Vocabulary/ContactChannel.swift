/// How a member reached customer service.
public enum ContactChannel: String, CaseIterable, Hashable, Sendable {
  /// A phone call.
  case phone = "phone"
  /// A chat session.
  case chat = "chat"
  /// An email.
  case email = "email"
}
