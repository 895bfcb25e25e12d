/// How a device is connected to the internet.
public enum ConnectionType: String, CaseIterable, Hashable, Sendable {
  /// Wireless LAN.
  case wifi = "wifi"
  /// Wired LAN.
  case ethernet = "ethernet"
  /// A mobile network.
  case cellular = "cellular"
}
