import Catalog
import Events

/// What the report calls the identifiers a person would otherwise read raw:
/// devices by their type and system as their sessions report them
/// (`h0tv` → "TV (Tizen 8)", "second phone (iOS 18)" when an account has
/// two alike), titles by their names, and IP addresses in the documentation
/// ranges marked as examples ("198.51.100.7 (example address)").
///
/// The identifiers are known exactly — device ids from the log's
/// `session_start` events, title ids from the catalog — so text from other
/// modules is rewritten only where one of them stands as a whole word.
public struct RunNames: Sendable {
  /// Device id → its name, without an article.
  public let devices: [String: String]
  /// Device id → its type's word as the log writes it (`tv`), to drop a
  /// redundant "(tv)" after the name.
  private let deviceTypes: [String: String]
  /// Title id → name.
  private let titles: [String: String]

  /// Collects the names of the devices in `events` and the titles in
  /// `catalog`.
  ///
  /// - Complexity: O(events).
  public init(events: [Event], catalog: Catalog) {
    var seen: [String: (type: DeviceType, os: String, account: String)] = [:]
    var order: [String] = []
    for event in events {
      guard case .sessionStart(let device, let type, let os, _, _, _) = event.payload, seen[device] == nil else {
        continue
      }
      seen[device] = (type, os, event.account)
      order.append(device)
    }
    // Devices of one account with the same type and system are told apart
    // by the order they first appear: "TV (Tizen 8)", "second TV (Tizen 8)".
    var alike: [String: Int] = [:]
    var names: [String: String] = [:]
    for device in order {
      guard let info = seen[device] else { continue }
      let base = Self.word(info.type) + (info.os.isEmpty ? "" : " (\(info.os))")
      let key = info.account + "\u{0}" + base
      let position = alike[key, default: 0]
      alike[key] = position + 1
      names[device] = position == 0 ? base : Self.ordinal(position + 1) + " " + base
    }
    devices = names
    deviceTypes = seen.mapValues(\.type.rawValue)
    titles = Dictionary(catalog.titles.map { ($0.id.text, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// A device type in words.
  static func word(_ type: DeviceType) -> String { type.name }

  /// `2` → "second", up to "fifth", then "6th".
  static func ordinal(_ n: Int) -> String {
    let words = ["first", "second", "third", "fourth", "fifth"]
    return n >= 1 && n <= words.count ? words[n - 1] : "\(n)th"
  }

  /// A device's name with "the" (`the TV (Tizen 8)`), or the id when the
  /// log never started a session on it.
  public func device(_ id: String) -> String { devices[id].map { "the " + $0 } ?? id }

  /// A key a recipient files records under, with its article: a device's
  /// id by the device's name (`the device id of the TV (Tizen 8)`), any
  /// other key as itself (`key fb0165adbae66a28`), an example address
  /// marked as one.
  public func key(_ key: String) -> String {
    devices[key] != nil ? "the device id of \(device(key))" : "key " + Self.address(key)
  }

  /// A title's name in quotes, or the id when the catalog lacks it.
  public func title(_ id: String) -> String { titles[id].map { "“\($0)”" } ?? id }

  /// Whether an address lies in a range reserved for documentation
  /// (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849:
  /// 2001:db8::/32), so it is an example, not anyone's address.
  static func isDocumentation(_ address: IPAddress) -> Bool {
    if address.isIPv4 {
      let v4 = UInt32(truncatingIfNeeded: address.value)
      return [0xC000_0200, 0xC633_6400, 0xCB00_7100].contains(v4 & 0xFFFF_FF00)
    }
    return address.value >> 96 == 0x2001_0DB8
  }

  /// An IP address as text, marked when it is an example address.
  public static func address(_ text: String) -> String {
    guard let address = IPAddress(text), isDocumentation(address) else { return text }
    return text + " (example address)"
  }

  /// `text` with every whole-word device id replaced by the device's name
  /// (a following "(tv)" that only repeats its type is dropped) and every
  /// documentation-range IP address marked as an example.
  ///
  /// - Complexity: O(length of `text`).
  public func readable(_ text: String) -> String {
    var out = ""
    var token = ""
    var rest = Substring(text)
    // `-` too: a minimising platform's pseudonymous ids read `pd-97f353e7a2f3`.
    func isTokenCharacter(_ c: Character) -> Bool {
      c.isLetter || c.isNumber || c == "." || c == ":" || c == "_" || c == "-"
    }
    func flush() {
      guard !token.isEmpty else { return }
      // Sentence punctuation after a token is not part of it.
      var core = Substring(token)
      var tail = ""
      while let last = core.last, last == "." || last == ":" {
        tail = String(last) + tail
        core = core.dropLast()
      }
      let word = String(core)
      if let name = devices[word] {
        out += name
        let repeated = " (\(deviceTypes[word] ?? ""))"
        if tail.isEmpty && rest.hasPrefix(repeated) { rest = rest.dropFirst(repeated.count) }
      } else if word.contains(where: { $0 == "." || $0 == ":" }) {
        out += Self.address(word)
      } else {
        out += word
      }
      out += tail
      token = ""
    }
    while let c = rest.first {
      if isTokenCharacter(c) {
        token.append(c)
        rest = rest.dropFirst()
        continue
      }
      flush()  // may drop a repeated "(tv)" from the front of `rest`
      guard let next = rest.first else { break }
      if isTokenCharacter(next) { continue }
      out.append(next)
      rest = rest.dropFirst()
    }
    flush()
    return out
  }
}
