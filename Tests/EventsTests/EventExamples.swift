import Events
import Foundation

/// Events used across the tests: every type, with optional fields both
/// present and absent.
enum EventExamples {
  static func ts(_ text: String) -> Timestamp {
    guard let timestamp = Timestamp(text) else { fatalError("bad test timestamp \(text)") }
    return timestamp
  }

  static func event(
    _ id: String, at time: String = "2026-03-01T20:15:00+01:00", account: String = "a-1",
    profile: String? = "p-1", _ payload: EventPayload
  ) -> Event {
    Event(id: id, timestamp: ts(time), account: account, profile: profile, payload: payload)
  }

  /// At least one event of every type, with awkward strings and numbers.
  static let all: [Event] = [
    event(
      "e1", profile: nil,
      .accountCreated(
        name: "Zoë \"Z\" Müller", email: "zoe@example.org", postalCode: "10115",
        phone: "+49 30 1234567", paymentMethod: .card,
        dateOfBirth: CalendarDate(year: 1988, month: 2, day: 29))),
    event(
      "e2", profile: nil,
      .accountCreated(
        name: "Sam", email: "sam@example.org", postalCode: nil, phone: nil,
        paymentMethod: .giftCard, dateOfBirth: nil)),
    event(
      "e3",
      .profileSettings(profileName: "Kids", kids: true, language: "de-DE", maturity: .olderKids)),
    event("e4", .rating(title: "t-42", rating: .thumbsDown)),
    event("e5", .rating(title: "t-43", rating: .thumbsUp)),
    event("e6", .rating(title: "t-44", rating: .twoThumbsUp)),
    event("e7", .rating(title: "t-45", rating: .stars(4))),
    event(
      "e8",
      .review(title: "t-42", text: "Line one\nline two\ttab \\ backslash, emoji 🎬, ctrl \u{01}")),
    event(
      "e9",
      .impression(
        title: "t-42", row: "because-you-watched", rowIndex: 2, position: 5, artwork: "t-42/a3",
        propensity: 0.125)),
    event(
      "e10",
      .impression(
        title: "t-43", row: "trending", rowIndex: 0, position: 0, artwork: "t-43/a1",
        propensity: nil)),
    event("e11", .artworkClick(title: "t-42", artwork: "t-42/a3")),
    event("e12", .titlePageOpen(title: "t-42")),
    event("e13", .playStart(title: "t-42", playback: "pb-1", position: 0, runtime: 5400)),
    event("e14", .playStart(title: "t-42", playback: "pb-2", position: 12.5, runtime: nil)),
    event("e15", .heartbeat(title: "t-42", playback: "pb-1", position: 60.000001)),
    event("e16", .pause(title: "t-42", playback: "pb-1", position: 0.1)),
    event("e17", .seek(title: "t-42", playback: "pb-1", from: 1e-5, to: 3000)),
    event("e18", .stop(title: "t-42", playback: "pb-1", position: 5399.75, runtime: 5400)),
    event("e19", .completion(title: "t-42", playback: "pb-1", runtime: 5400)),
    event("e20", .search(query: "space \"docu\"", clicked: "t-99")),
    event("e21", .search(query: "ñandú", clicked: nil)),
    event("e22", .listAdd(title: "t-7")),
    event(
      "e23",
      .interactiveChoice(
        title: "t-bander", playback: "pb-9", choicePoint: "cereal", choice: "frosties")),
    event("e24", .gameActivity(game: "g-1", action: .levelComplete, duration: 312.25)),
    event("e25", .gameActivity(game: "g-1", action: .launch, duration: nil)),
    event(
      "e26", at: "2026-03-01T20:15:00.250-05:30",
      .sessionStart(
        device: "d-tv-1", deviceType: .tv, os: "Tizen 8", appVersion: "6.2.1",
        ip: IPAddress("198.51.100.200")!, connection: .wifi)),
    event(
      "e27", at: "2026-03-01T20:15:00.000123+00:00", profile: nil,
      .sessionStart(
        device: "d-ph-1", deviceType: .phone, os: "Android 15", appVersion: "8.1",
        ip: IPAddress("2001:db8:8000::17")!, connection: .cellular)),
    event(
      "e28", profile: nil,
      .notification(channel: .push, action: .sent, campaign: "new-season", title: "t-42")),
    event("e29", .notification(channel: .email, action: .clicked, campaign: "weekly", title: nil)),
    event("e30", profile: nil, .customerServiceContact(channel: .chat, topic: "billing")),
    event(
      "e31", profile: nil,
      .partnerRecord(
        partner: "broker-x", partnerKind: .dataBroker, attributeKind: .demographic,
        attributes: ["age_band": "35-44", "household_income": "high", "kids_in_household": "2"])),
    event(
      "e32", profile: nil,
      .partnerRecord(
        partner: "isp-y", partnerKind: .isp, attributeKind: .technical, attributes: [:])),
    event("e33", .referralShared(title: "t-42", referral: "r-1", app: "WhatsApp")),
    event("e34", profile: nil, .referralClick(title: "t-42", referral: "r-1")),
    event(
      "e35", at: "2026-03-01T20:15:00.123456789+14:00",
      .referralClick(title: "t-42", referral: "r-1")),
  ]

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glasshouse-events-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes lines (each followed by a newline) to a new temporary file.
  static func file(_ lines: [String], name: String = "events.jsonl") throws -> (
    path: String, rejects: String
  ) {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent(name).path
    try Data((lines.map { $0 + "\n" }.joined()).utf8).write(to: URL(fileURLWithPath: path))
    return (path, directory.appendingPathComponent("rejects.jsonl").path)
  }

  /// The rejects file as parsed JSON objects.
  static func rejects(_ path: String) throws -> [[String: Any]] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }
}
