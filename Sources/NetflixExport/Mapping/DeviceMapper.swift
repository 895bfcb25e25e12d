import Events

/// Devices and addresses: `Devices.csv` and `IpAddressesStreaming.csv`
/// describe the sessions the viewing history starts (``SessionAddresses``);
/// a stream no viewing session took its address from, and each login in
/// `IpAddressesLogin.csv`, is an account-level `session_start` of its own,
/// as the export names no profile for either.
enum DeviceMapper {
  /// Reads `Devices.csv`.
  static func devices(_ table: LoadedTable, into ledger: inout ImportLedger, addresses: inout SessionAddresses) {
    ledger.each(table) { row throws(RowProblem) in
      try addresses.addDevice(row)
      return []
    }
  }

  /// Reads `IpAddressesStreaming.csv`.
  static func streams(_ table: LoadedTable, into ledger: inout ImportLedger, addresses: inout SessionAddresses) {
    ledger.each(table) { row throws(RowProblem) in
      try addresses.addStream(row)
      return []
    }
  }

  /// The streams no viewing session used, as account-level sessions.
  static func unusedStreams(_ table: LoadedTable, into ledger: inout ImportLedger, addresses: SessionAddresses) {
    for stream in addresses.unusedStreams {
      let name = stream.device.isEmpty ? "unknown device" : stream.device
      let description = DeviceDescription(name)
      let event = Event(
        id: table.eventID(stream.row), timestamp: stream.time, account: ledger.account, profile: nil,
        payload: .sessionStart(
          device: stream.esn.isEmpty ? addresses.deviceID(named: stream.device) : stream.esn,
          deviceType: description.type, os: description.operatingSystem, appVersion: "unknown", ip: stream.ip,
          connection: .wifi))
      ledger.add(event, from: table, row: stream.row)
    }
  }

  /// `IpAddressesLogin.csv` → account-level `session_start`.
  static func logins(_ table: LoadedTable, into ledger: inout ImportLedger, addresses: SessionAddresses) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let time = try row.timestamp("Ts")
      let text = try row.required("Ip")
      guard let ip = IPAddress(text) else {
        throw RowProblem(column: "Ip", reason: "expected an IPv4 or IPv6 address, found '\(text)'")
      }
      let name = row.text("Device Description")
      let description = DeviceDescription(name.isEmpty ? "unknown device" : name)
      let esn = row.text("Esn")
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: nil, .sessionStart(
        device: esn.isEmpty ? addresses.deviceID(named: name) : esn, deviceType: description.type,
        os: description.operatingSystem, appVersion: "unknown", ip: ip, connection: .wifi))
      return out.events
    }
  }
}
