import Events

/// The events one row makes, numbered in the order added.
struct RowEvents {
  let table: LoadedTable
  let row: ExportRow
  let account: String
  private(set) var events: [Event] = []

  init(_ table: LoadedTable, _ row: ExportRow, account: String) {
    self.table = table
    self.row = row
    self.account = account
  }

  /// Adds an event.
  mutating func add(_ time: Timestamp, profile: String?, _ payload: EventPayload) {
    events.append(Event(
      id: table.eventID(row, events.count), timestamp: time, account: account, profile: profile, payload: payload))
  }
}
