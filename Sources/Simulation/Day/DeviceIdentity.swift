import Events
import Scenarios

/// What a member's device reports when a session starts: a stable device
/// id (a household's TV, console and computer are shared; phones and
/// tablets are personal), its type, OS and app version, and the household's
/// address in the sample geo-IP table's blocks for its time zone.
enum DeviceIdentity {
  /// The session start a member's device logs: its id, type, OS and app
  /// version, and its address: the household's, or on a phone on cellular
  /// data the carrier's of the day; TVs are on ethernet, other devices on
  /// wifi.
  static func sessionStart(
    household: Int, member: Int, device: Device, day: Int, timeZone: String, onCellular: Bool
  ) -> EventPayload {
    .sessionStart(
      device: id(household: household, member: member, device: device),
      deviceType: type(device),
      os: os(device, member: member),
      appVersion: appVersion,
      ip: onCellular
        ? carrierAddress(member: member, day: day, timeZone: timeZone)
        : address(household: household, timeZone: timeZone),
      connection: onCellular ? .cellular : device == .tv ? .ethernet : .wifi)
  }

  /// The device id.
  static func id(household: Int, member: Int, device: Device) -> String {
    switch device {
    case .phone, .tablet: return "d\(member)\(device.rawValue.prefix(2))"
    default: return "h\(household)\(device.rawValue.prefix(2))"
    }
  }

  /// The event model's device type.
  static func type(_ device: Device) -> DeviceType {
    switch device {
    case .tv: return .tv
    case .phone: return .phone
    case .tablet: return .tablet
    case .computer: return .computer
    case .console: return .console
    }
  }

  /// The operating system reported.
  static func os(_ device: Device, member: Int) -> String {
    switch device {
    case .tv: return "Tizen 8"
    case .phone: return member % 2 == 0 ? "Android 15" : "iOS 18"
    case .tablet: return "iPadOS 18"
    case .computer: return "Web"
    case .console: return "PlayStation 5"
    }
  }

  /// The app version reported.
  static let appVersion = "7.14.0"

  /// A phone's address on cellular data: the carrier's, in the same
  /// region's block as home (carriers' addresses locate to about the right
  /// place), but not the household's, and changing from day to day as
  /// carrier-grade NAT hands them out (shared with strangers).
  static func carrierAddress(member: Int, day: Int, timeZone: String) -> IPAddress {
    address(household: 1_000_003 + (member &* 7919 &+ day &* 104_729) % 1_000_000, timeZone: timeZone)
  }

  /// The household's home address: in the documentation block the sample
  /// geo-IP table maps to the member's time zone (US block otherwise).
  static func address(household: Int, timeZone: String) -> IPAddress {
    let host = UInt32(household % 250 + 2)
    switch timeZone {
    case "Europe/Berlin": return IPAddress(ipv4: 0xC633_6400 | (host % 126))  // 198.51.100.0/25
    case "Europe/Amsterdam": return IPAddress(ipv4: 0xC633_6480 | (host % 126))
    case "Asia/Tokyo": return IPAddress(ipv4: 0xCB00_7100 | (host % 62))  // 203.0.113.0/26
    case "Europe/London":
      return IPAddress(value: (0x2001_0db8 << 96) | UInt128(household + 1))
    case "Europe/Dublin":
      return IPAddress(value: (0x2001_0db8_8000 << 80) | UInt128(household + 1))
    case "America/Chicago": return IPAddress(ipv4: 0xC000_0240 | (host % 62 + 1))  // 192.0.2.64/26
    case "America/Denver": return IPAddress(ipv4: 0xC000_0280 | (host % 62 + 1))  // 192.0.2.128/26
    case "America/Los_Angeles": return IPAddress(ipv4: 0xC000_02C0 | (host % 62 + 1))  // 192.0.2.192/26
    default:
      if let block = GeoIPTable.sampleBlocks.firstIndex(where: { $0.timeZone == timeZone }) {
        // 2001:db8:<block + 1>::/48
        return IPAddress(value: (UInt128(0x2001_0db8_0000 + block + 1) << 80) | UInt128(household + 1))
      }
      return IPAddress(ipv4: 0xC000_0200 | (host % 62 + 1))  // 192.0.2.0/26, New York
    }
  }
}
