import Events

/// A device as an export names it (`Samsung 2015 NT14M DTV Smart TV`,
/// `Apple iPhone 12 (AT&T)`, `Chrome PC (Cadmium)`, `Sony PS4`): the
/// Glasshouse device type and operating system it most likely is, from
/// words in the name.
public struct DeviceDescription: Sendable, Hashable {
  /// The name as written.
  public let text: String

  /// Creates a description.
  public init(_ text: String) { self.text = text }

  /// The device type: consoles, streaming sticks and boxes, tablets,
  /// phones, TVs, else a computer (a browser or a desktop app).
  public var type: DeviceType {
    // Glasshouse's own names end in `[id, os]`, which says nothing of the type.
    let words = String(text.lowercased().split(separator: "[", maxSplits: 1).first ?? "")
    func has(_ needles: String...) -> Bool { needles.contains { words.contains($0) } }
    if has("playstation", "ps3", "ps4", "ps5", "xbox", "nintendo", "switch", "console") { return .console }
    if has("stick", "roku", "chromecast", "fire tv", "apple tv", "set-top", "set top", "streaming box", "shield")
    {
      return .streamingStick
    }
    if has("tablet", "ipad", "kindle", "galaxy tab") { return .tablet }
    if has("phone", "iphone", "mobile") { return .phone }
    if has(" tv", "tv ", "dtv", "television", "smart tv", "bravia", "tizen", "webos") || words == "tv" {
      return .tv
    }
    return .computer
  }

  /// The operating system the name suggests, or `unknown`.
  public var operatingSystem: String {
    let words = text.lowercased()
    let known: [(String, String)] = [
      ("ipad", "iPadOS"), ("iphone", "iOS"), ("ios", "iOS"), ("android", "Android"), ("tizen", "Tizen"),
      ("samsung", "Tizen"), ("webos", "webOS"), ("lg ", "webOS"), ("fire", "Fire OS"), ("roku", "Roku OS"),
      ("playstation", "PlayStation"), ("ps4", "PlayStation"), ("ps5", "PlayStation"), ("xbox", "Xbox"),
      ("windows", "Windows"), ("mac", "macOS"), ("linux", "Linux"), ("chrome", "Web"), ("firefox", "Web"),
      ("safari", "Web"), ("edge", "Web"), ("web", "Web"),
    ]
    return known.first { words.contains($0.0) }?.1 ?? "unknown"
  }

  /// How Glasshouse's export writer names a device of a type: words the
  /// reader maps back to the same type, then the device id and the OS in
  /// brackets (`Smart TV [h0tv, Tizen 8]`).
  public static func written(type: DeviceType, os: String, device: String) -> String {
    let kind: String
    switch type {
    case .tv: kind = "Smart TV"
    case .phone: kind = "Phone"
    case .tablet: kind = "Tablet"
    case .computer: kind = "PC (Cadmium)"
    case .console: kind = "Game Console"
    case .streamingStick: kind = "Streaming Stick"
    }
    return "\(kind) [\(device), \(os)]"
  }
}
