/// FNV-1a over UTF-8: a string hash that is the same in every process and
/// on every machine (Swift's `Hasher` is seeded per process, so it cannot
/// be used for reproducible seeds, tie-breaks or pseudonyms).
public enum StableHash {
  /// The 64-bit FNV-1a hash of the text's UTF-8 bytes.
  ///
  /// - Complexity: O(n) in the text's UTF-8 length.
  public static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01B3
    }
    return hash
  }

  /// ``fnv1a(_:)`` as 16 lower-case hex digits: the stand-in for the
  /// SHA-256 hashes companies exchange (an email hash, a salted pseudonym).
  public static func hex(_ text: String) -> String {
    let digits = String(fnv1a(text), radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
