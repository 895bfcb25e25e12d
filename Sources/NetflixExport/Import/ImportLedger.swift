import Foundation
import Events

/// Where the rows of one import end up: events (checked against the event
/// schema before they are kept), rejects, and counts per file. A row
/// becomes all its events or none.
struct ImportLedger {
  /// The account every event belongs to.
  let account: String
  /// Events so far, in the order made.
  private(set) var events: [Event] = []
  /// Rejects so far.
  private(set) var rejects: [RowReject] = []
  /// Counts per file path.
  private(set) var reports: [String: ImportSummary.FileReport] = [:]

  init(account: String) { self.account = account }

  /// Starts a file's report.
  mutating func begin(_ table: LoadedTable) {
    var report = ImportSummary.FileReport(path: table.path)
    report.rows = table.rows.count
    report.columnsNotRead = table.index.notRead
    reports[table.path] = report
  }

  /// Runs `body` on each row of a table; its events are kept when each is
  /// valid, otherwise the row is rejected with the first problem.
  mutating func each(_ table: LoadedTable, _ body: (ExportRow) throws(RowProblem) -> [Event]) {
    for row in table.rows {
      guard row.record.fields != nil else {
        reject(table, row, RowProblem(column: "", reason: "a quote in the record is not balanced"))
        continue
      }
      do throws(RowProblem) {
        let made = try body(row)
        for event in made { try Self.check(event) }
        events += made
        reports[table.path]?.events += made.count
        if made.isEmpty { reports[table.path]?.notEvents += 1 }
      } catch {
        reject(table, row, error)
      }
    }
  }

  /// Adds events made from several rows (account-level sessions from
  /// unused addresses); an invalid one is dropped with a reject on its row.
  mutating func add(_ event: Event, from table: LoadedTable, row: ExportRow) {
    do throws(RowProblem) {
      try Self.check(event)
      events.append(event)
      reports[table.path]?.events += 1
      reports[table.path]?.notEvents -= 1
    } catch {
      reject(table, row, error)
    }
  }

  /// Records a rejected row.
  mutating func reject(_ table: LoadedTable, _ row: ExportRow, _ problem: RowProblem) {
    rejects.append(
      RowReject(
        file: table.location, line: row.record.line, column: problem.column.isEmpty ? nil : problem.column,
        reason: problem.reason, text: row.record.text))
    reports[table.path]?.rejected += 1
  }

  /// Whether an event is one the event log accepts: it is written and read
  /// back with the log's own coder, so an import never writes a line
  /// `glasshouse validate` would reject.
  static func check(_ event: Event) throws(RowProblem) {
    do throws(EventLogError) {
      _ = try Event(jsonLine: event.jsonLine)
    } catch {
      let message = error.description.replacingOccurrences(of: "<string>:1: ", with: "")
      throw RowProblem(column: "", reason: "would make an invalid \(event.type.rawValue) event: \(message)")
    }
  }
}

/// A CSV file of the export with its header matched to the layout.
struct LoadedTable {
  /// The file's kind.
  let kind: ExportFileKind
  /// The path in the layout.
  let path: String
  /// The file's location, for messages.
  let location: String
  /// The header matched.
  let index: HeaderIndex
  /// The rows.
  let rows: [ExportRow]

  /// Reads a file of a kind.
  init(_ file: ExportFile, kind: ExportFileKind) throws(NetflixExportError) {
    let table = try CSVTable(bytes: file.bytes, location: file.location)
    let index = try HeaderIndex(header: table.header, layout: kind, location: file.location)
    self.kind = kind
    path = file.path
    location = file.location
    self.index = index
    rows = table.records.map { ExportRow(record: $0, index: index) }
  }

  /// An event id unique in the import: the file's tag, the row's line, and
  /// the event's number within the row.
  func eventID(_ row: ExportRow, _ number: Int = 0) -> String {
    "nf-\(kind.tag)-\(row.record.line)-\(number)"
  }
}

extension ExportFileKind {
  /// A short tag for event ids.
  var tag: String {
    switch self {
    case .viewingActivity: return "va"
    case .searchHistory: return "sh"
    case .ratings: return "ra"
    case .myList: return "ml"
    case .indicatedPreferences: return "ip"
    case .playbackRelatedEvents: return "pe"
    case .interactiveTitles: return "it"
    case .clickstream: return "cs"
    case .devices: return "de"
    case .ipAddressesStreaming: return "is"
    case .ipAddressesLogin: return "il"
    case .messagesSentByNetflix: return "ms"
    case .profiles: return "pr"
    case .accountDetails: return "ac"
    case .customerServiceContacts: return "cc"
    case .gamePlaySessions: return "gp"
    }
  }
}
