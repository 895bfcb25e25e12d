/// Builds one JSON object on one line, field by field, in the order the
/// fields are added (so the output is deterministic).
struct JSONLineBuilder {
  private(set) var bytes: [UInt8] = []
  private var first = true

  init() {
    bytes.reserveCapacity(256)
    bytes.append(0x7B)
  }

  /// The finished line, without a newline.
  var text: String {
    var closed = bytes
    closed.append(0x7D)
    return String(decoding: closed, as: UTF8.self)
  }

  /// Appends the closing brace and a newline to `output`.
  func finish(into output: inout [UInt8]) {
    output.append(contentsOf: bytes)
    output.append(0x7D)
    output.append(0x0A)
  }

  private mutating func key(_ name: String) {
    if !first { bytes.append(0x2C) }
    first = false
    bytes.append(0x22)
    bytes.append(contentsOf: name.utf8)
    bytes.append(0x22)
    bytes.append(0x3A)
  }

  mutating func add(_ field: EventField, _ value: String) {
    key(field.name)
    JSONLineBuilder.appendQuoted(value, to: &bytes)
  }

  mutating func add(_ field: EventField, _ value: String?) {
    if let value { add(field, value) }
  }

  mutating func add(_ field: EventField, _ value: Double) {
    key(field.name)
    bytes.append(contentsOf: value.description.utf8)
  }

  mutating func add(_ field: EventField, _ value: Double?) {
    if let value { add(field, value) }
  }

  mutating func add(_ field: EventField, _ value: Int) {
    key(field.name)
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func add(_ field: EventField, _ value: Bool) {
    key(field.name)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  mutating func add<T: RawRepresentable>(_ field: EventField, _ value: T)
  where T.RawValue == String {
    add(field, value.rawValue)
  }

  /// An object of string values with keys in byte order.
  mutating func add(_ field: EventField, _ value: [String: String]) {
    key(field.name)
    bytes.append(0x7B)
    for (index, name) in value.keys.sorted().enumerated() {
      if index > 0 { bytes.append(0x2C) }
      JSONLineBuilder.appendQuoted(name, to: &bytes)
      bytes.append(0x3A)
      JSONLineBuilder.appendQuoted(value[name]!, to: &bytes)
    }
    bytes.append(0x7D)
  }

  /// Adds a field with a name outside the event schema (reject records).
  mutating func addRaw(_ name: String, _ value: String) {
    key(name)
    JSONLineBuilder.appendQuoted(value, to: &bytes)
  }

  /// Adds a whole-number field with a name outside the event schema.
  mutating func addRaw(_ name: String, _ value: Int) {
    key(name)
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Appends a JSON string: `"` and `\` escaped, control characters as
  /// `\n`, `\t`, ... or `\u00XX`, everything else as UTF-8.
  static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(0x22)
    for c in text.utf8 {
      switch c {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
      case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
      default: bytes.append(c)
      }
    }
    bytes.append(0x22)
  }
}
