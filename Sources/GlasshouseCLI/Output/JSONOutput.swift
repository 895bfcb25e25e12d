import Foundation

/// How every `glasshouse` command writes JSON: pretty-printed with sorted
/// keys, so outputs read well and compare byte for byte.
enum JSONOutput {
  /// The bytes of a value.
  static func data(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(value)
  }

  /// Prints a value to standard output.
  static func print(_ value: some Encodable) throws {
    Swift.print(String(decoding: try data(value), as: UTF8.self))
  }
}
