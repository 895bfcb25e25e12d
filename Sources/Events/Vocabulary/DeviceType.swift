/// The kind of device a session runs on.
public enum DeviceType: String, CaseIterable, Hashable, Sendable, Codable {
  /// A smart TV.
  case tv = "tv"
  /// A mobile phone.
  case phone = "phone"
  /// A tablet.
  case tablet = "tablet"
  /// A web browser on a computer.
  case computer = "computer"
  /// A games console.
  case console = "console"
  /// A streaming stick or set-top box.
  case streamingStick = "streaming_stick"

  /// The device type in words: `TV`, `phone`, `streaming stick`.
  public var name: String {
    switch self {
    case .tv: return "TV"
    case .phone: return "phone"
    case .tablet: return "tablet"
    case .computer: return "computer"
    case .console: return "games console"
    case .streamingStick: return "streaming stick"
    }
  }
}
