import Support

/// The geo-IP table a platform ships to map a session's IP address to an
/// approximate place: CIDR prefix → region, country and time zone.
///
/// The file form is tab-separated, one prefix per line, `#` comments
/// allowed: `203.0.113.0/24<TAB>NL<TAB>Noord-Holland<TAB>Europe/Amsterdam`.
/// Lookups pick the longest matching prefix, as routers do.
public struct GeoIPTable: Sendable {
  /// One row of the table.
  public struct Entry: Hashable, Sendable {
    /// The first address of the block.
    public let network: IPAddress
    /// The prefix length in bits of the 128-bit (IPv4-mapped) form.
    public let prefixLength: Int
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// A region name (state, province, metropolitan area).
    public let region: String
    /// An IANA time zone name such as `Europe/Amsterdam`.
    public let timeZone: String

    /// Creates an entry from CIDR text (`198.51.100.0/24`, `2001:db8::/32`).
    public init?(cidr: String, country: String, region: String, timeZone: String) {
      let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, let address = IPAddress(String(parts[0])),
        let bits = Int(parts[1])
      else { return nil }
      let length = address.isIPv4 ? bits + 96 : bits
      guard (address.isIPv4 ? 0...32 : 0...128).contains(bits) else { return nil }
      let mask: UInt128 = length == 0 ? 0 : ~UInt128(0) << (128 - length)
      self.network = IPAddress(value: address.value & mask)
      self.prefixLength = length
      self.country = country
      self.region = region
      self.timeZone = timeZone
    }

    /// Whether the block contains an address.
    public func contains(_ address: IPAddress) -> Bool {
      let mask: UInt128 = prefixLength == 0 ? 0 : ~UInt128(0) << (128 - prefixLength)
      return address.value & mask == network.value
    }
  }

  /// The rows, longest prefixes first.
  public let entries: [Entry]

  /// Creates a table from rows.
  public init(entries: [Entry]) {
    self.entries = entries.sorted {
      ($0.prefixLength, $1.network.value) > ($1.prefixLength, $0.network.value)
    }
  }

  /// Reads a tab-separated table file.
  ///
  /// - Throws: ``EventLogError/cannotOpen(path:reason:)`` or
  ///   ``EventLogError/invalidValue(path:line:field:expected:found:)`` naming
  ///   the line and column (`cidr`, `country`, `region`, `time_zone`).
  public init(path: String) throws(EventLogError) {
    var reader: LineReader
    do { reader = try LineReader(path: path) } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
    var entries: [Entry] = []
    try reader.forEachLine { (bytes, line) throws(EventLogError) in
      let text = String(decoding: bytes, as: UTF8.self)
      if text.allSatisfy(\.isWhitespace) || text.hasPrefix("#") { return }
      let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4 else {
        throw .invalidValue(
          path: path, line: line, field: "cidr",
          expected: "4 tab-separated columns: cidr, country, region, time_zone",
          found: "\(fields.count) columns")
      }
      guard fields[1].utf8.count == 2 else {
        throw .invalidValue(
          path: path, line: line, field: "country", expected: "a two-letter country code",
          found: fields[1])
      }
      guard
        let entry = Entry(
          cidr: fields[0], country: fields[1], region: fields[2], timeZone: fields[3])
      else {
        throw .invalidValue(
          path: path, line: line, field: "cidr",
          expected: "an address and prefix length such as 198.51.100.0/24", found: fields[0])
      }
      entries.append(entry)
    }
    self.init(entries: entries)
  }

  /// The most specific entry containing an address, or `nil`.
  ///
  /// - Complexity: O(n) in the number of entries (tables here are small).
  public func lookup(_ address: IPAddress) -> Entry? {
    entries.first { $0.contains(address) }
  }

  /// A small table over the documentation address blocks (RFC 5737 and
  /// RFC 3849), used by the simulation: the same blocks always map to the
  /// same places. 192.0.2.0/24 is split into four US time zones (the /24
  /// row is the fallback); 2001:db8::/32 is London with /48 blocks carved
  /// out for other cities (``sampleBlocks`` lists them).
  public static let sample = GeoIPTable(
    entries: [
      ("192.0.2.0/24", "US", "New York", "America/New_York"),
      ("192.0.2.0/26", "US", "New York", "America/New_York"),
      ("192.0.2.64/26", "US", "Chicago", "America/Chicago"),
      ("192.0.2.128/26", "US", "Denver", "America/Denver"),
      ("192.0.2.192/26", "US", "Los Angeles", "America/Los_Angeles"),
      ("198.51.100.0/25", "DE", "Berlin", "Europe/Berlin"),
      ("198.51.100.128/25", "NL", "Noord-Holland", "Europe/Amsterdam"),
      ("203.0.113.0/24", "JP", "Tokyo", "Asia/Tokyo"),
      ("203.0.113.64/26", "JP", "Osaka", "Asia/Tokyo"),
      ("2001:db8::/32", "GB", "London", "Europe/London"),
      ("2001:db8:8000::/33", "IE", "Dublin", "Europe/Dublin"),
    ].compactMap { Entry(cidr: $0.0, country: $0.1, region: $0.2, timeZone: $0.3) }
      + sampleBlocks.enumerated().compactMap { index, block in
        Entry(cidr: "2001:db8:\(String(index + 1, radix: 16))::/48", country: block.country, region: block.region,
              timeZone: block.timeZone)
      })

  /// The cities of the sample table's IPv6 /48 blocks, `2001:db8:1::/48`
  /// onwards in this order.
  public static let sampleBlocks: [(country: String, region: String, timeZone: String)] = [
    ("FR", "Paris", "Europe/Paris"), ("ES", "Madrid", "Europe/Madrid"), ("IT", "Rome", "Europe/Rome"),
    ("SE", "Stockholm", "Europe/Stockholm"), ("PL", "Warsaw", "Europe/Warsaw"),
    ("CA", "Toronto", "America/Toronto"), ("MX", "Mexico City", "America/Mexico_City"),
    ("BR", "São Paulo", "America/Sao_Paulo"), ("AR", "Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("IN", "Mumbai", "Asia/Kolkata"), ("SG", "Singapore", "Asia/Singapore"), ("KR", "Seoul", "Asia/Seoul"),
    ("AU", "Sydney", "Australia/Sydney"), ("NZ", "Auckland", "Pacific/Auckland"),
    ("ZA", "Johannesburg", "Africa/Johannesburg"), ("NG", "Lagos", "Africa/Lagos"),
    ("US", "Honolulu", "Pacific/Honolulu"), ("US", "Anchorage", "America/Anchorage"),
    ("US", "Phoenix", "America/Phoenix"),
  ]
}
