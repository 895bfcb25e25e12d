/// Locates JSON values in one line's bytes without converting them, and
/// converts the ones the decoder asks for.
///
/// Strict RFC 8259 syntax: no comments, no trailing commas, no `NaN` or
/// `Infinity`, no raw control bytes in strings. Hot path of the
/// `ingestion` benchmarks, hence byte pointers and no allocation unless a
/// value is converted.
struct JSONScanner {
  let bytes: UnsafeRawBufferPointer
  /// The field being read, for error messages.
  var field: EventField? = nil
  /// The name of the field being read when the schema does not know it.
  var unknownField: String? = nil
  /// A field name given for error messages of nested scans.
  var fieldName: String? { field?.name ?? unknownField }

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var count: Int { bytes.count }

  @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

  @inline(__always) func skipSpace(_ i: Int) -> Int {
    var i = i
    while i < bytes.count {
      let c = bytes[i]
      guard c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A else { break }
      i += 1
    }
    return i
  }

  /// A short quotation of the bytes at `i` for error messages.
  func found(_ i: Int) -> String {
    guard i < bytes.count else { return "the end of the line" }
    let end = min(bytes.count, i + 24)
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
    return "'" + text + (end < bytes.count ? "…'" : "'")
  }

  func malformed(_ i: Int, _ expected: String) -> LineProblem {
    .malformed(field: fieldName, offset: i, expected: expected, found: found(i))
  }

  /// Scans the value starting at `i` (after white space) and moves `i` past it.
  func scanValue(_ i: inout Int, depth: Int = 0) throws(LineProblem) -> JSONToken {
    guard i < bytes.count else { throw malformed(i, "a value") }
    switch bytes[i] {
    case 0x22: return try scanString(&i)
    case 0x2D, 0x30...0x39: return try scanNumber(&i)
    case 0x74: return try scanLiteral(&i, "true", .true)
    case 0x66: return try scanLiteral(&i, "false", .false)
    case 0x6E: return try scanLiteral(&i, "null", .null)
    case 0x7B, 0x5B:
      guard depth < 16 else { throw malformed(i, "at most 16 levels of nesting") }
      return try scanContainer(&i, depth: depth)
    default:
      throw malformed(i, "a value (string, number, true, false, null, object or array)")
    }
  }

  /// Scans a string; `i` is at the opening quote.
  @inline(__always)
  func scanString(_ i: inout Int) throws(LineProblem) -> JSONToken {
    var token = JSONToken(kind: .string, start: i + 1)
    var j = i + 1
    let n = bytes.count
    while true {
      guard j < n else { throw malformed(j, "a closing '\"'") }
      let c = bytes[j]
      if c == 0x22 { break }
      if c == 0x5C {
        token.escaped = true
        guard j + 1 < n else { throw malformed(j, "an escape such as \\n or \\u00e9") }
        switch bytes[j + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: j += 2
        case 0x75:
          guard j + 5 < n, (2...5).allSatisfy({ JSONScanner.hexValue(bytes[j + $0]) != nil }) else {
            throw malformed(j, "four hex digits after \\u")
          }
          j += 6
        default: throw malformed(j, "an escape such as \\n or \\u00e9")
        }
        continue
      }
      if c < 0x20 { throw malformed(j, "a character (control bytes must be escaped)") }
      if c >= 0x80 { token.nonASCII = true }
      j += 1
    }
    token.end = j
    i = j + 1
    return token
  }

  func scanNumber(_ i: inout Int) throws(LineProblem) -> JSONToken {
    var token = JSONToken(kind: .number, start: i)
    let n = bytes.count
    var j = i
    @inline(__always) func isDigit(_ k: Int) -> Bool {
      k < n && bytes[k] >= 0x30 && bytes[k] <= 0x39
    }
    if bytes[j] == 0x2D { j += 1 }
    guard isDigit(j) else { throw malformed(j, "a digit") }
    if bytes[j] == 0x30 {
      j += 1
    } else {
      while isDigit(j) { j += 1 }
    }
    if j < n && bytes[j] == 0x2E {
      j += 1
      guard isDigit(j) else { throw malformed(j, "a digit after the decimal point") }
      while isDigit(j) { j += 1 }
      token.notWhole = true
    }
    if j < n && (bytes[j] == 0x65 || bytes[j] == 0x45) {
      j += 1
      if j < n && (bytes[j] == 0x2B || bytes[j] == 0x2D) { j += 1 }
      guard isDigit(j) else { throw malformed(j, "a digit in the exponent") }
      while isDigit(j) { j += 1 }
      token.notWhole = true
    }
    token.end = j
    i = j
    return token
  }

  func scanLiteral(_ i: inout Int, _ word: StaticString, _ kind: JSONToken.Kind) throws(LineProblem)
    -> JSONToken
  {
    let length = word.utf8CodeUnitCount
    guard i + length <= bytes.count,
      (0..<length).allSatisfy({ bytes[i + $0] == word.utf8Start[$0] })
    else { throw malformed(i, "a value (string, number, true, false, null, object or array)") }
    defer { i += length }
    return JSONToken(kind: kind, start: i, end: i + length)
  }

  /// Scans an object or array, validating everything inside.
  func scanContainer(_ i: inout Int, depth: Int) throws(LineProblem) -> JSONToken {
    let isObject = bytes[i] == 0x7B
    let close: UInt8 = isObject ? 0x7D : 0x5D
    let start = i
    var j = skipSpace(i + 1)
    if j < bytes.count && bytes[j] == close {
      i = j + 1
      return JSONToken(kind: isObject ? .object : .array, start: start, end: i)
    }
    while true {
      if isObject {
        guard j < bytes.count, bytes[j] == 0x22 else {
          throw malformed(j, "a name in double quotes")
        }
        _ = try scanString(&j)
        j = skipSpace(j)
        guard j < bytes.count, bytes[j] == 0x3A else { throw malformed(j, "':'") }
        j = skipSpace(j + 1)
      }
      _ = try scanValue(&j, depth: depth + 1)
      j = skipSpace(j)
      guard j < bytes.count else { throw malformed(j, isObject ? "',' or '}'" : "',' or ']'") }
      if bytes[j] == 0x2C {
        j = skipSpace(j + 1)
        continue
      }
      guard bytes[j] == close else { throw malformed(j, isObject ? "',' or '}'" : "',' or ']'") }
      i = j + 1
      return JSONToken(kind: isObject ? .object : .array, start: start, end: i)
    }
  }

  // MARK: Converting

  /// The text of a string token, unescaped and checked to be UTF-8.
  func string(_ token: JSONToken) -> String? {
    let raw = UnsafeRawBufferPointer(rebasing: bytes[token.start..<token.end])
    if !token.escaped {
      return token.nonASCII
        ? String(validating: raw, as: UTF8.self) : String(decoding: raw, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var j = 0
    while j < raw.count {
      let c = raw[j]
      guard c == 0x5C else {
        out.append(c)
        j += 1
        continue
      }
      let e = raw[j + 1]
      j += 2
      switch e {
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var scalar = JSONScanner.hex4(raw, j)
        j += 4
        if (0xD800..<0xDC00).contains(scalar) {
          guard j + 5 < raw.count, raw[j] == 0x5C, raw[j + 1] == 0x75 else { return nil }
          let low = JSONScanner.hex4(raw, j + 2)
          guard (0xDC00..<0xE000).contains(low) else { return nil }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          j += 6
        } else if (0xDC00..<0xE000).contains(scalar) {
          return nil
        }
        guard let unicode = Unicode.Scalar(scalar) else { return nil }
        out.append(contentsOf: String(Character(unicode)).utf8)
      default: out.append(e)
      }
    }
    return String(validating: out, as: UTF8.self)
  }

  /// The value of a number token; `nil` when it does not fit a `Double`.
  func double(_ token: JSONToken) -> Double? {
    var j = token.start
    var negative = false
    if bytes[j] == 0x2D {
      negative = true
      j += 1
    }
    // Fast path (Clinger): at most 15 significant digits and 22 fraction
    // digits, no exponent; one correctly rounded division is exact.
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = -1
    var fast = true
    while j < token.end {
      let c = bytes[j]
      if c == 0x2E {
        fraction = 0
      } else if c >= 0x30 && c <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(c - 0x30)
        if mantissa != 0 { digits += 1 }
        if fraction >= 0 { fraction += 1 }
      } else {
        fast = false
        break
      }
      j += 1
    }
    if fast && digits <= 15 && fraction <= 22 {
      var value = Double(mantissa)
      if fraction > 0 { value /= JSONScanner.powersOfTen[fraction] }
      return negative ? -value : value
    }
    let text = String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// The value of a whole-number token; `nil` when not whole or too large.
  func integer(_ token: JSONToken) -> Int? {
    guard !token.notWhole, token.end - token.start <= 18 else { return nil }
    var j = token.start
    var negative = false
    if bytes[j] == 0x2D {
      negative = true
      j += 1
    }
    var value = 0
    while j < token.end {
      value = value * 10 + Int(bytes[j] - 0x30)
      j += 1
    }
    return negative ? -value : value
  }

  /// The raw text of a token, shortened, for error messages.
  func describe(_ token: JSONToken) -> String {
    switch token.kind {
    case .string:
      let text = string(token) ?? "(invalid UTF-8)"
      return "the string \"" + (text.count > 40 ? text.prefix(40) + "…" : text) + "\""
    case .number:
      let raw = UnsafeRawBufferPointer(
        rebasing: bytes[token.start..<min(token.end, token.start + 40)])
      return "the number " + String(decoding: raw, as: UTF8.self)
    case .true: return "true"
    case .false: return "false"
    case .null: return "null"
    case .object: return "an object"
    case .array: return "an array"
    }
  }

  static let powersOfTen: [Double] = (0...22).map { k in
    (0..<k).reduce(1.0) { value, _ in value * 10 }
  }

  static func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    default: return nil
    }
  }

  static func hex4(_ raw: UnsafeRawBufferPointer, _ j: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 << 4 | (hexValue(raw[j + $1]) ?? 0) }
  }
}
