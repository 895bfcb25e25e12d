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
}
