/// The `Attributes` field of a viewing: semicolon-separated notes such as
/// `Autoplayed: user action: None;` (the title started by itself and
/// nobody touched the remote), `Autoplayed: user action: User_Interaction;`
/// and `Has branched playback;` (an interactive title).
public struct PlaybackAttributes: Sendable, Equatable {
  /// The title started by itself (a preview on the home page, or the next
  /// episode).
  public let autoplayed: Bool
  /// Nobody interacted while it played automatically (`user action: None`).
  public let noUserAction: Bool
  /// The playback had branches (an interactive title).
  public let branched: Bool

  /// Reads a field.
  public init(_ text: String) {
    let notes = text.lowercased().split(separator: ";").map { String($0).trimmedField }
    autoplayed = notes.contains { $0.hasPrefix("autoplayed") }
    noUserAction = notes.contains { $0.hasPrefix("autoplayed") && $0.hasSuffix("user action: none") }
    branched = notes.contains { $0.contains("branched") }
  }
}
