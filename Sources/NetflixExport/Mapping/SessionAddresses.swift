import Events

/// What the export says about the devices and addresses sessions used:
/// `Devices.csv` (each device's ESN and the name viewings use for it) and
/// `IpAddressesStreaming.csv` (the address each stream came from). A
/// viewing names its device only by that name, so its session gets the
/// device's ESN when exactly one device has the name, and the address
/// of the nearest stream from that device within 12 hours (or from any
/// device within an hour).
struct SessionAddresses {
  /// One stream's address.
  struct Stream {
    let time: Timestamp
    let ip: IPAddress
    let device: String
    let esn: String
    let row: ExportRow
  }

  /// Lower-cased device name → the ESNs of devices with that name.
  private(set) var esns: [String: Set<String>] = [:]
  /// Streams, by time.
  private(set) var streams: [Stream] = []
  /// Streams a session took its address from.
  private(set) var used: Set<Int> = []

  /// Reads the devices table's rows (done through the ledger, so bad rows
  /// are rejects).
  mutating func addDevice(_ row: ExportRow) throws(RowProblem) {
    let name = try row.required("Device Type")
    let esn = row.text("Esn")
    if !esn.isEmpty { esns[name.lowercased(), default: []].insert(esn) }
  }

  /// Reads one streaming-address row.
  mutating func addStream(_ row: ExportRow) throws(RowProblem) {
    let time = try row.timestamp("Ts")
    let text = try row.required("Ip")
    guard let ip = IPAddress(text) else {
      throw RowProblem(column: "Ip", reason: "expected an IPv4 or IPv6 address, found '\(text)'")
    }
    streams.append(
      Stream(time: time, ip: ip, device: row.text("Device Description"), esn: row.text("Esn"), row: row))
  }

  /// The device id for a device name: its ESN when exactly one device has
  /// the name, else a stable id of the name.
  func deviceID(named name: String) -> String {
    if let ids = esns[name.lowercased()], ids.count == 1, let id = ids.first { return id }
    return ExportIdentity.device(name.isEmpty ? "unknown device" : name)
  }

  /// The address of the stream nearest a session's start from the same
  /// device (within 12 hours), else from any device (within an hour).
  mutating func address(at time: Timestamp, device name: String, id: String) -> IPAddress? {
    func nearest(within limit: Int64, _ matches: (Stream) -> Bool) -> Int? {
      var best: (index: Int, gap: Int64)?
      for (index, stream) in streams.enumerated() where matches(stream) {
        let gap = abs(stream.time.secondsSinceEpoch - time.secondsSinceEpoch)
        if gap <= limit, gap < (best?.gap ?? .max) { best = (index, gap) }
      }
      return best?.index
    }
    let lower = name.lowercased()
    let found =
      nearest(within: 12 * 3600) { (!$0.esn.isEmpty && $0.esn == id) || (!lower.isEmpty && $0.device.lowercased() == lower) }
      ?? nearest(within: 3600) { _ in true }
    guard let found else { return nil }
    used.insert(found)
    return streams[found].ip
  }

  /// The streams no viewing session took its address from.
  var unusedStreams: [Stream] { streams.indices.filter { !used.contains($0) }.map { streams[$0] } }
}
