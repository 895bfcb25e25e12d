import Events
import Foundation

extension DataAccessReport {
  /// The report as text for a terminal: each group's findings, then its
  /// events one per line when `includeEvents` is set.
  public func text(includeEvents: Bool = false) -> String {
    var lines = ["What the platform holds about profile \(profile) (account \(account)): \(eventCount) records", ""]
    for section in sections {
      lines.append("\(section.group.rawValue.uppercased()) — \(section.events.count) record(s)")
      for finding in section.findings { lines.append("  • \(finding)") }
      if includeEvents {
        for event in section.events { lines.append("    \(event.jsonLine)") }
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// The report as one JSON document with sorted keys: the profile, and per
  /// group its findings and every event in the event-log schema.
  public var json: String {
    let groups: [[String: Any]] = sections.map { section in
      [
        "group": section.group.rawValue,
        "source": String(describing: section.group),
        "findings": section.findings,
        "events": section.events.compactMap { try? JSONSerialization.jsonObject(with: Data($0.jsonLine.utf8)) },
      ]
    }
    let document: [String: Any] = ["account": account, "profile": profile, "records": eventCount, "groups": groups]
    let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
