import Events
import Foundation
import Testing
@testable import NetflixExport

@Suite("Importing the fixture export")
struct NetflixImporterTests {
  static func imported() throws -> NetflixImport {
    let catalog = try TitleCatalogFile.load(path: Fixture.catalog)
    return try NetflixImporter(catalog: catalog, catalogPath: "movies.csv").read(ExportArchive.open(path: Fixture.exportFolder))
  }

  @Test("files read and not read, rows, rejects")
  func summary() throws {
    let result = try Self.imported()
    let summary = result.summary
    #expect(summary.filesRead.count == ExportFileKind.allCases.count)
    #expect(summary.filesNotRead == ["CUSTOMER_SERVICE/ChatTranscripts.txt", "Cover sheet.pdf", "PAYMENT_AND_BILLING/BillingHistory.csv"])
    let ratings = try #require(summary.filesRead.first { $0.path == "CONTENT_INTERACTION/Ratings.csv" })
    #expect(ratings.columnsNotRead == ["Extra Column"])
    #expect(ratings.rows == 3 && ratings.events == 2 && ratings.rejected == 1)
    #expect(summary.rejected == 3)
    #expect(result.rejects.map(\.issue.line) == [8, 3, 4])
    #expect(result.rejects.map(\.issue.field) == ["Duration", "Ip", "Thumbs Value"])
    #expect(result.rejects[0].issue.path.hasSuffix("CONTENT_INTERACTION/ViewingActivity.csv"))
    #expect(result.rejects[0].text.contains("abc"))
    // Nothing lost: every row is a reject, a row read by design without events, or a row with events.
    for file in summary.filesRead { #expect(file.rejected + file.notEvents <= file.rows, "\(file.path)") }
    #expect(summary.filesRead.reduce(0) { $0 + $1.events } == result.events.count)
    #expect(summary.events == result.events.count)
  }

  @Test("trailers and autoplay previews are not viewing; an autoplayed episode left to run is")
  func viewing() throws {
    let viewing = try Self.imported().summary.viewing
    #expect(viewing.supplemental == ["TRAILER": 1])
    #expect(viewing.autoplayPreviews == 1)
    #expect(viewing.viewings == 7)
    #expect(viewing.sessions == 6)
    #expect(viewing.playtracesAttached == 1 && viewing.playtracesUnmatched == 1)
  }

  @Test("a sitting is one session: two episodes back to back on the TV")
  func binge() throws {
    let anna = ExportIdentity.profile("Anna")
    let events = try Self.imported().events.filter { $0.profile == anna && $0.timestamp < Timestamp("2024-03-02T00:00:00Z")! }
    let types = events.map(\.type)
    #expect(types.filter { $0 == .sessionStart }.count == 1)
    #expect(types.filter { $0 == .playStart }.count == 2)
    guard case .sessionStart(let device, let type, _, _, let ip, _) = try #require(events.first { $0.type == .sessionStart }).payload
    else { Issue.record("no session"); return }
    #expect(device == "NFTV-SAMSUNG-0001" && type == .tv && ip.description == "198.51.100.23")
  }

  @Test("each file maps to its event types and source categories")
  func mapping() throws {
    let result = try Self.imported()
    let events = result.events
    let types = Set(events.map(\.type))
    for type: EventType in [.sessionStart, .playStart, .stop, .completion, .pause, .seek, .heartbeat, .search, .rating,
                            .listAdd, .interactiveChoice, .notification, .customerServiceContact, .gameActivity,
                            .profileSettings, .accountCreated] {
      #expect(types.contains(type), "\(type)")
    }
    let kids = try #require(events.first {
      if case .profileSettings("Kids", _, _, _) = $0.payload { return true } else { return false }
    })
    guard case .profileSettings(_, let isKids, let language, let maturity) = kids.payload else { return }
    #expect(isKids && language == "de-DE" && maturity == .littleKids)
    let search = try #require(events.first { if case .search(let q, _) = $0.payload { return q.contains("\n") } else { return false } })
    #expect(search.profile == ExportIdentity.profile("Ben"))
    let clicked = events.filter { if case .notification(.push, .clicked, "NEW_SEASON_ALERT", "4") = $0.payload { return true } else { return false } }
    #expect(clicked.count == 1)
    // Local time: Anna and the kids watched from Germany (CET in March,
    // +01:00), Ben from the United States (New York's zone, −05:00 before
    // its daylight saving began on 10 March 2024); account-level events take
    // the account's commonest zone. The instants are the export's own.
    let offsets = Dictionary(grouping: events, by: \.profile).mapValues { Set($0.map(\.timestamp.offsetMinutes)) }
    #expect(offsets[ExportIdentity.profile("Anna")] == [60])
    #expect(offsets[ExportIdentity.profile("Kids")] == [60])
    #expect(offsets[ExportIdentity.profile("Ben")] == [-300])
    #expect(offsets[nil as String?] == [60])
    let anna = try #require(result.summary.localTime.first { $0.profile == "Anna" })
    #expect(anna.zone == "Europe/Berlin" && anna.source == "country" && !anna.approximate)
    // The United States has several zones: Ben's address (New York in the
    // geo-IP table) says which.
    let ben = try #require(result.summary.localTime.first { $0.profile == "Ben" })
    #expect(ben.zone == "America/New_York" && ben.source == "address" && !ben.approximate)
    // 2024-03-01 20:00:00 in the export is 20:00 UTC, 21:00 in Berlin.
    let first = try #require(events.first { $0.profile == ExportIdentity.profile("Anna") && $0.type == .playStart })
    #expect(first.timestamp.secondsSinceEpoch == 1_709_323_200 && first.timestamp.description.hasPrefix("2024-03-01T21:00:00"))
  }

  @Test("the events are a log the event reader accepts, every one")
  func validLog() throws {
    let result = try Self.imported()
    let path = Fixture.temporaryFolder().appendingPathComponent("events.jsonl").path
    try EventLogWriter.write(result.events, to: path)
    let ingestion = try EventLogReader.ingest(path: path, rejectsPath: nil)
    #expect(ingestion.summary.accepted == result.events.count)
    #expect(ingestion.summary.rejected == 0 && ingestion.summary.duplicates == 0)
  }

  @Test("a missing required column stops the import, naming file and column")
  func missingColumn() {
    let folder = Fixture.folder(["CONTENT_INTERACTION/ViewingActivity.csv": Array("Profile Name,Title,Duration\nA,B,00:01:00\n".utf8)])
    #expect {
      _ = try NetflixImporter().read(ExportArchive.open(path: folder))
    } throws: { error in
      "\(error)".contains("ViewingActivity.csv:1: column 'Start Time' is required")
    }
  }

  @Test("a non-UTF-8 file stops the import, naming file, line and column")
  func latin1() {
    var bytes = Array("Profile Name,Title Name,Utc Title Add Date\nRen".utf8)
    bytes += [0xE9]
    bytes += Array(",Heat,2024-01-01\n".utf8)
    let folder = Fixture.folder(["CONTENT_INTERACTION/MyList.csv": bytes])
    #expect(throws: NetflixExportError.self) { _ = try NetflixImporter().read(ExportArchive.open(path: folder)) }
    do {
      _ = try NetflixImporter().read(ExportArchive.open(path: folder))
    } catch {
      #expect("\(error)".contains("MyList.csv:2:4: not UTF-8"))
    }
  }

  @Test("the same export always gets the same ids and events")
  func deterministic() throws {
    #expect(try Self.imported().events == Self.imported().events)
  }
}
