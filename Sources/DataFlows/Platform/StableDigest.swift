/// A stable 64-bit FNV-1a digest as 16 hex digits: the stand-in for the
/// SHA-256 hashes companies exchange (an email hash, a salted pseudonym).
/// The same text always gives the same digest, on every machine.
enum StableDigest {
  static func hex(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
