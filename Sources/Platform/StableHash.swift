/// FNV-1a over UTF-8: a string hash that is the same in every process
/// (Swift's `Hasher` is seeded per process, so it cannot be used for
/// reproducible choices).
enum StableHash {
  /// The 64-bit FNV-1a hash of a string.
  static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01B3
    }
    return hash
  }
}
