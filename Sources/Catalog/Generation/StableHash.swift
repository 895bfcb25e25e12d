/// A 64-bit FNV-1a hash of text that, unlike `Hasher`, is the same in every
/// process, so seeds derived from title ids are reproducible.
enum StableHash {
  /// The FNV-1a hash of the text's UTF-8 bytes.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
