/// An IPv4 or IPv6 address, as logged with each session.
///
/// IPv4 addresses are held as IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`)
/// so that one prefix table covers both families. Written back in dotted
/// form for IPv4 and RFC 5952 form for IPv6 (lower case, longest zero run
/// compressed).
public struct IPAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The 128-bit value (IPv4 mapped into `::ffff:0:0/96`).
  public let value: UInt128

  /// Whether the address is an IPv4 address.
  public var isIPv4: Bool { value >> 32 == 0xFFFF }

  /// Creates an address from its 128-bit value.
  public init(value: UInt128) { self.value = value }

  /// Creates an IPv4 address from its 32-bit value.
  public init(ipv4: UInt32) { self.value = (0xFFFF << 32) | UInt128(ipv4) }

  /// Parses dotted IPv4 (`203.0.113.7`) or IPv6 (`2001:db8::1`) text.
  public init?(_ text: String) {
    if let v4 = IPAddress.parseIPv4(Substring(text)) {
      self.init(ipv4: v4)
    } else if let v6 = IPAddress.parseIPv6(text) {
      self.init(value: v6)
    } else {
      return nil
    }
  }

  /// The address as text.
  public var description: String {
    if isIPv4 {
      let v = UInt32(truncatingIfNeeded: value)
      return "\(v >> 24).\(v >> 16 & 0xFF).\(v >> 8 & 0xFF).\(v & 0xFF)"
    }
    let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> (112 - 16 * $0)) }
    var bestStart = -1
    var bestLength = 1
    var i = 0
    while i < 8 {
      if groups[i] == 0 {
        var j = i
        while j < 8 && groups[j] == 0 { j += 1 }
        if j - i > bestLength { (bestStart, bestLength) = (i, j - i) }
        i = j
      } else {
        i += 1
      }
    }
    func hex(_ range: Range<Int>) -> String {
      range.map { String(groups[$0], radix: 16) }.joined(separator: ":")
    }
    guard bestStart >= 0 else { return hex(0..<8) }
    return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
  }

  /// Numeric order.
  public static func < (a: IPAddress, b: IPAddress) -> Bool { a.value < b.value }

  static func parseIPv4(_ text: Substring) -> UInt32? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var value: UInt32 = 0
    for part in parts {
      guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        part.utf8.count == 1 || part.utf8.first != 0x30,
        let octet = UInt32(part), octet <= 255
      else { return nil }
      value = value << 8 | octet
    }
    return value
  }

  /// Splits at every `::`.
  static func splitOnDoubleColon(_ text: String) -> [String] {
    var parts: [String] = []
    var current: [UInt8] = []
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x3A && i + 1 < bytes.count && bytes[i + 1] == 0x3A {
        parts.append(String(decoding: current, as: UTF8.self))
        current = []
        i += 2
      } else {
        current.append(bytes[i])
        i += 1
      }
    }
    parts.append(String(decoding: current, as: UTF8.self))
    return parts
  }

  static func parseIPv6(_ text: String) -> UInt128? {
    guard text.utf8.count >= 2, text.utf8.count <= 45 else { return nil }
    let halves = splitOnDoubleColon(text)
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String, allowIPv4Tail: Bool) -> [UInt16]? {
      guard !part.isEmpty else { return [] }
      let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
      var result: [UInt16] = []
      for (index, piece) in pieces.enumerated() {
        if allowIPv4Tail && index == pieces.count - 1 && piece.contains(".") {
          guard let v4 = parseIPv4(piece) else { return nil }
          result += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
        } else {
          guard (1...4).contains(piece.utf8.count), let group = UInt16(piece, radix: 16)
          else { return nil }
          result.append(group)
        }
      }
      return result
    }
    var all: [UInt16]
    if halves.count == 2 {
      guard let head = groups(halves[0], allowIPv4Tail: false),
        let tail = groups(halves[1], allowIPv4Tail: true), head.count + tail.count <= 7
      else { return nil }
      all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    } else {
      guard let only = groups(halves[0], allowIPv4Tail: true), only.count == 8 else { return nil }
      all = only
    }
    return all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
  }
}
