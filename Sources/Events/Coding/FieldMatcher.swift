#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Recognises a field name from its bytes with one table probe and one
/// comparison (hot path of the `ingestion` benchmarks).
struct FieldMatcher: Sendable {
  /// `slot` → raw value + 1 (0: no field).
  private let table: [UInt8]
  /// All wire names, concatenated, and where each starts (by raw value).
  private let names: [UInt8]
  private let starts: [Int]

  init() {
    var table = [UInt8](repeating: 0, count: 1024)
    var names: [UInt8] = []
    var starts: [Int] = []
    for field in EventField.allCases {
      let bytes = Array(field.name.utf8)
      let slot = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int in
        FieldMatcher.slot(raw)
      }
      precondition(table[slot] == 0, "FieldMatcher.slot collides for \(field.name)")
      table[slot] = field.rawValue + 1
      starts.append(names.count)
      names += bytes
    }
    starts.append(names.count)
    self.table = table
    self.names = names
    self.starts = starts
  }

  /// A hash of a key's length and three of its bytes, collision-free over
  /// the schema's names (checked when the table is built: a new field
  /// that collides stops every test; change the multipliers then).
  @inline(__always)
  private static func slot(_ key: UnsafeRawBufferPointer) -> Int {
    let n = key.count
    return (n &* 2 &+ Int(key[0]) &* 3 &+ Int(key[n - 1]) &* 13 &+ Int(key[n >> 1]) &* 3) & 1023
  }

  /// The field whose wire name is `key`, or `nil`.
  func field(named key: UnsafeRawBufferPointer) -> EventField? {
    guard key.count > 0 else { return nil }
    let entry = table[FieldMatcher.slot(key)]
    guard entry != 0 else { return nil }
    let raw = Int(entry - 1)
    let start = starts[raw]
    guard starts[raw + 1] - start == key.count else { return nil }
    let matches = names.withUnsafeBytes {
      memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0
    }
    return matches ? EventField(rawValue: UInt8(raw)) : nil
  }
}
