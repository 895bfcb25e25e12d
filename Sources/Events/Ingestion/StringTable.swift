/// An open-addressing hash table from strings to integers whose hashes the
/// caller supplies, so that they can be computed on the decoding threads
/// rather than on the merging one (the id and profile tables took a third
/// of the merge time in the `ingestion` benchmarks with `Dictionary`).
///
/// Linear probing, power-of-two capacity, at most half full; a slot keeps
/// the hash next to the entry so a probe touches one cache line.
struct StringTable {
  private struct Slot {
    var hash: UInt64 = 0
    var entry: Int32 = -1
  }

  private var slots: [Slot]
  private(set) var keys: [String] = []
  private(set) var values: [Int] = []
  private var mask: Int

  /// Creates a table for about `capacity` keys.
  init(capacity: Int = 0) {
    var size = 16
    while size < 2 * capacity { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  /// FNV-1a over the UTF-8 bytes, then a final mix.
  static func hash(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { bytes in
      var h: UInt64 = 0xCBF2_9CE4_8422_2325
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      h ^= h >> 33
      h = h &* 0xFF51_AFD7_ED55_8CCD
      return h ^ (h >> 33)
    }
  }

  /// The value of `key`, if present.
  func value(of key: String, hash: UInt64) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot].entry
      if entry < 0 { return nil }
      if slots[slot].hash == hash && keys[Int(entry)] == key { return values[Int(entry)] }
      slot = (slot + 1) & mask
    }
  }

  /// Inserts `key` with `value` unless present; returns the value already
  /// there, if any (and then changes nothing).
  mutating func insert(_ key: String, hash: UInt64, value: Int) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot].entry
      if entry < 0 { break }
      if slots[slot].hash == hash && keys[Int(entry)] == key { return values[Int(entry)] }
      slot = (slot + 1) & mask
    }
    slots[slot] = Slot(hash: hash, entry: Int32(keys.count))
    keys.append(key)
    values.append(value)
    if 2 * keys.count > mask { grow() }
    return nil
  }

  /// Removes the most recently inserted key (to undo an insertion).
  mutating func removeLast(hash: UInt64) {
    let last = Int32(keys.count - 1)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].entry != last { slot = (slot + 1) & mask }
    // Backward-shift deletion keeps probe sequences intact.
    var hole = slot
    var next = (hole + 1) & mask
    while slots[next].entry >= 0 {
      let home = Int(truncatingIfNeeded: slots[next].hash) & mask
      if (next - home) & mask >= (next - hole) & mask {
        slots[hole] = slots[next]
        hole = next
      }
      next = (next + 1) & mask
    }
    slots[hole] = Slot()
    keys.removeLast()
    values.removeLast()
  }

  private mutating func grow() {
    let size = (mask + 1) * 2
    var newSlots = [Slot](repeating: Slot(), count: size)
    let newMask = size - 1
    for slot in slots where slot.entry >= 0 {
      var target = Int(truncatingIfNeeded: slot.hash) & newMask
      while newSlots[target].entry >= 0 { target = (target + 1) & newMask }
      newSlots[target] = slot
    }
    slots = newSlots
    mask = newMask
  }
}
