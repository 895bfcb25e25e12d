import Catalog
import Events
import Foundation
import Testing
@testable import NetflixExport

/// Events → an export ZIP → import gives the same viewing sessions (times,
/// durations, devices, countries), searches and ratings.
@Suite("Round trip: events → export → events")
struct RoundTripTests {
  static let catalog = try! TitleCatalogFile.load(path: Fixture.catalog)

  /// A profile's made-up week as the simulator would log it (times with a
  /// +01:00 offset, as a Berlin member's device writes them).
  static func events() -> [Event] {
    var events: [Event] = []
    func add(_ time: String, _ profile: String?, _ payload: EventPayload) {
      events.append(Event(id: "e\(events.count)", timestamp: Timestamp(time)!, account: "a-1", profile: profile, payload: payload))
    }
    add("2024-01-01T10:00:00+01:00", "p-1", .profileSettings(profileName: "Dana", kids: false, language: "de-DE", maturity: .adults))
    add("2024-03-01T20:00:00+01:00", "p-1", .sessionStart(device: "h0tv", deviceType: .tv, os: "Tizen 8", appVersion: "7.14.0", ip: IPAddress("198.51.100.7")!, connection: .ethernet))
    add("2024-03-01T20:00:05+01:00", "p-1", .playStart(title: "1", playback: "pb1", position: 0, runtime: 8160))
    add("2024-03-01T22:16:05+01:00", "p-1", .completion(title: "1", playback: "pb1", runtime: 8160))
    add("2024-03-01T22:16:20+01:00", "p-1", .playStart(title: "2", playback: "pb2", position: 0, runtime: 10_200))
    add("2024-03-01T22:36:20+01:00", "p-1", .stop(title: "2", playback: "pb2", position: 1200, runtime: 10_200))
    add("2024-03-02T19:00:00+01:00", "p-1", .search(query: "amel", clicked: "3"))
    add("2024-03-02T19:05:00+01:00", "p-1", .sessionStart(device: "d0ph", deviceType: .phone, os: "iOS 18", appVersion: "7.14.0", ip: IPAddress("192.0.2.70")!, connection: .cellular))
    add("2024-03-02T19:05:10+01:00", "p-1", .playStart(title: "3", playback: "pb3", position: 600, runtime: 7200))
    add("2024-03-02T19:35:10+01:00", "p-1", .stop(title: "3", playback: "pb3", position: 2400, runtime: 7200))
    add("2024-03-02T19:36:00+01:00", "p-1", .rating(title: "3", rating: .thumbsUp))
    add("2024-03-02T19:37:00+01:00", "p-1", .rating(title: "1", rating: .stars(5)))
    add("2024-03-02T19:38:00+01:00", "p-1", .rating(title: "2", rating: .twoThumbsUp))
    return events
  }

  /// A viewing session as compared: profile name, start and stop instants,
  /// device id and type, the country of its address.
  struct Viewing: Hashable {
    let start: Int64, stop: Int64, title: String, device: String, type: DeviceType, country: String?
  }

  static func viewings(_ events: [Event]) -> [Viewing] {
    var session: (String, DeviceType, IPAddress)?
    var starts: [String: Event] = [:]
    var out: [Viewing] = []
    for event in events.sorted(by: { $0.timestamp < $1.timestamp }) {
      switch event.payload {
      case .sessionStart(let device, let type, _, _, let ip, _): session = (device, type, ip)
      case .playStart(_, let playback, _, _): starts[playback] = event
      case .stop(let title, let playback, _, _), .completion(let title, let playback, _):
        guard let start = starts[playback], let (device, type, ip) = session else { continue }
        out.append(Viewing(
          start: start.timestamp.secondsSinceEpoch, stop: event.timestamp.secondsSinceEpoch, title: title,
          device: device, type: type, country: GeoIPTable.sample.lookup(ip)?.country))
      default: break
      }
    }
    return out
  }

  static func searches(_ events: [Event]) -> [String] {
    events.compactMap { if case .search(let q, let c) = $0.payload { return "\($0.timestamp.secondsSinceEpoch) \(q) \(c ?? "-")" } else { return nil } }
  }

  static func ratings(_ events: [Event]) -> [String] {
    events.compactMap { if case .rating(let t, let r) = $0.payload { return "\($0.timestamp.secondsSinceEpoch) \(t) \(r)" } else { return nil } }
  }

  @Test("viewing sessions, searches and ratings survive the trip")
  func roundTrip() throws {
    let original = Self.events()
    let zip = Fixture.temporaryFolder().appendingPathComponent("dana.zip").path
    try NetflixExportWriter(catalog: Self.catalog).writeZIP(events: original, to: zip)
    let imported = try NetflixImporter(catalog: Self.catalog).read(ExportArchive.open(path: zip))
    #expect(imported.rejects.isEmpty, "\(imported.rejects)")
    let before = Self.viewings(original), after = Self.viewings(imported.events)
    #expect(before.count == 3)
    #expect(after == before)
    #expect(Self.searches(imported.events) == Self.searches(original))
    #expect(Self.ratings(imported.events) == Self.ratings(original))
    #expect(imported.summary.viewing.completions == 1)
    #expect(imported.summary.profiles == ["Dana": ExportIdentity.profile("Dana")])
  }

  @Test("the written export has Netflix's folders and headers")
  func layout() throws {
    let files = NetflixExportWriter(catalog: Self.catalog).files(for: Self.events())
    let viewing = try #require(files.first { $0.path == "CONTENT_INTERACTION/ViewingActivity.csv" })
    let text = String(decoding: viewing.bytes, as: UTF8.self)
    #expect(text.hasPrefix("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\r\n"))
    #expect(text.contains("Dana,2024-03-01 19:00:05,02:16:00,,The Matrix,,\"Smart TV [h0tv, Tizen 8]\",02:16:00,02:16:00,DE"))
    #expect(Set(files.map(\.path)).isSuperset(of: ["PROFILES/Profiles.csv", "IP_ADDRESSES/IpAddressesStreaming.csv", "DEVICES/Devices.csv"]))
  }
}
