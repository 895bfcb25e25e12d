/// One JSON value located in a line's bytes, not yet converted.
struct JSONToken: Sendable {
  /// The kind of value.
  enum Kind: UInt8, Sendable {
    case string, number, `true`, `false`, null, object, array
  }

  /// The kind of value.
  var kind: Kind = .null
  /// For strings, the first byte after the opening quote; otherwise the
  /// first byte of the value.
  var start: Int = 0
  /// One past the last byte (the closing quote for strings).
  var end: Int = 0
  /// For strings: contains a backslash escape.
  var escaped = false
  /// For strings: contains bytes ≥ 0x80 (UTF-8 to validate).
  var nonASCII = false
  /// For numbers: has a fraction or an exponent.
  var notWhole = false
}
