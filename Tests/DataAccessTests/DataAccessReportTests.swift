import DataAccess
import Events
import Foundation
import Testing

@Suite("Data-access report")
struct DataAccessReportTests {
  static func event(_ id: String, _ time: String, account: String = "acc", profile: String? = "alex",
                    _ payload: EventPayload) -> Event {
    Event(id: id, timestamp: Timestamp(time)!, account: account, profile: profile, payload: payload)
  }

  static let log = EventLog(events: [
    event("1", "2026-03-01T20:00:00+01:00", profile: nil,
          .accountCreated(name: "Alex", email: "alex@example.org", postalCode: "10115", phone: nil,
                          paymentMethod: .card, dateOfBirth: CalendarDate(year: 1994, month: 5, day: 2))),
    event("2", "2026-03-01T20:01:00+01:00", .sessionStart(device: "d-1", deviceType: .computer, os: "Linux",
          appVersion: "9.1", ip: IPAddress("198.51.100.7")!, connection: .wifi)),
    event("3", "2026-03-01T20:02:00+01:00", .search(query: "haunted", clicked: "t-9")),
    event("4", "2026-03-01T20:03:00+01:00", .playStart(title: "t-9", playback: "pb-1", position: 0, runtime: 5_400)),
    event("5", "2026-03-01T21:33:00+01:00", .stop(title: "t-9", playback: "pb-1", position: 5_400, runtime: 5_400)),
    event("6", "2026-03-02T09:00:00+01:00", .notification(channel: .push, action: .opened, campaign: "c-1", title: "t-3")),
    event("7", "2026-03-02T10:00:00+01:00", profile: nil,
          .partnerRecord(partner: "BrokerCo", partnerKind: .dataBroker, attributeKind: .demographic,
                         attributes: ["age_band": "25-34", "household_income": "high"])),
    event("8", "2026-03-02T10:00:00+01:00", profile: "kid", .search(query: "cartoons", clicked: nil)),
    event("9", "2026-03-03T10:00:00+01:00", account: "other", profile: "teen", .search(query: "x", clicked: nil)),
  ])

  @Test("every held record lands in its group, account-level records included, other profiles excluded")
  func grouping() throws {
    let report = try DataAccessReport(log: Self.log, account: "acc", profile: "alex")
    let ids = Dictionary(uniqueKeysWithValues: report.sections.map { ($0.group, $0.events.map(\.id)) })
    #expect(ids[.provided] == ["1"])
    #expect(ids[.device] == ["2"])
    #expect(ids[.activity] == ["3", "4", "5"])
    #expect(ids[.communications] == ["6"])
    #expect(ids[.partner] == ["7"])
    #expect(report.eventCount == 7)
    let text = report.text()
    #expect(text.contains("date of birth 1994-05-02"))
    #expect(text.contains("Berlin, DE"))
    #expect(text.contains("\"haunted\""))
    #expect(text.contains("BrokerCo"))
    #expect(text.contains("age_band=25-34"))
  }

  @Test("the JSON export holds every record in the event-log schema")
  func json() throws {
    let report = try DataAccessReport(log: Self.log, account: "acc", profile: "alex")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    #expect(object["records"] as? Int == 7)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { ($0["events"] as? [Any])?.count ?? -1 } == [1, 3, 1, 1, 1])
    #expect(report.json == (try DataAccessReport(log: Self.log, account: "acc", profile: "alex")).json)
  }

  @Test("profile references resolve, or say what exists")
  func resolve() throws {
    #expect(try DataAccessReport.resolve("alex", in: Self.log) == ("acc", "alex"))
    #expect(try DataAccessReport.resolve("other/teen", in: Self.log) == ("other", "teen"))
    #expect(try DataAccessReport.resolve("teen", in: Self.log) == ("other", "teen"))
    #expect(throws: DataAccessError.self) { try DataAccessReport.resolve("acc/teen", in: Self.log) }
    do {
      _ = try DataAccessReport.resolve("nobody", in: Self.log)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("acc/alex"))
    }
  }
}
