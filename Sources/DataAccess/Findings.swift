import Events
import Foundation

/// Plain-language summaries of a group of events, the headline lines of a
/// data-access report.
enum Findings {
  static func summarize(_ events: [Event], group: DisclosureGroup, geoIP: GeoIPTable) -> [String] {
    guard !events.isEmpty else { return ["nothing held"] }
    var lines: [String] = []
    switch group {
    case .provided:
      for event in events {
        switch event.payload {
        case .accountCreated(let name, let email, let postalCode, let phone, let payment, let birth):
          var parts = ["name \(name)", "email \(email)", "payment \(payment)"]
          if let postalCode { parts.append("postal code \(postalCode)") }
          if let phone { parts.append("phone \(phone)") }
          if let birth { parts.append("date of birth \(birth)") }
          lines.append("account: " + parts.joined(separator: ", "))
        case .profileSettings(let name, let kids, let language, let maturity):
          lines.append("profile '\(name)': \(kids ? "kids profile, " : "")language \(language), maturity \(maturity)")
        default: break
        }
      }
      let ratings = events.filter { $0.type == .rating }.count
      let reviews = events.filter { $0.type == .review }.count
      if ratings > 0 { lines.append("\(ratings) rating(s)") }
      if reviews > 0 { lines.append("\(reviews) review(s)") }
    case .activity:
      var titlesPlayed = Set<String>(), watchedSeconds = 0.0, completions = 0
      var impressions = 0, searches: [String] = []
      for event in events {
        switch event.payload {
        case .playStart(let title, _, _, _): titlesPlayed.insert(title)
        case .stop(_, _, let position, _): watchedSeconds += max(0, position)
        case .completion: completions += 1
        case .impression: impressions += 1
        case .search(let query, _): searches.append(query)
        default: break
        }
      }
      lines.append("\(titlesPlayed.count) title(s) played, \(String(format: "%.1f", watchedSeconds / 3_600)) hours up to the last stop, \(completions) completed")
      lines.append("\(impressions) title impression(s) recorded (which title, row, position and artwork you were shown)")
      if !searches.isEmpty {
        lines.append("\(searches.count) search(es): " + searches.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (searches.count > 5 ? ", …" : ""))
      }
      if let first = events.first, let last = events.last {
        lines.append("active from \(first.timestamp) to \(last.timestamp)")
      }
    case .device:
      var devices: [String: String] = [:], places = Set<String>(), addresses = Set<String>()
      for event in events {
        if case .sessionStart(let device, let type, let os, _, let ip, _) = event.payload {
          devices[device] = "\(type) (\(os))"
          addresses.insert(ip.description)
          if let entry = geoIP.lookup(ip) { places.insert("\(entry.region), \(entry.country)") }
        }
      }
      lines.append("\(devices.count) device(s): " + devices.keys.sorted().map { "\($0) \(devices[$0]!)" }.joined(separator: ", "))
      lines.append("\(addresses.count) IP address(es), placed in: " + (places.isEmpty ? "no known region" : places.sorted().joined(separator: "; ")))
    case .communications:
      let notifications = events.filter { $0.type == .notification }.count
      let contacts = events.filter { $0.type == .customerServiceContact }.count
      lines.append("\(notifications) notification event(s), \(contacts) customer-service contact(s)")
    case .partner:
      for event in events {
        switch event.payload {
        case .partnerRecord(let partner, let kind, let attributeKind, let attributes):
          let pairs = attributes.keys.sorted().map { "\($0)=\(attributes[$0]!)" }.joined(separator: ", ")
          lines.append("\(partner) (\(kind), \(attributeKind)): \(pairs)")
        case .referralShared(let title, _, let app):
          lines.append("shared title \(title) through \(app)")
        case .referralClick(let title, _):
          lines.append("someone clicked a shared link to \(title)")
        default: break
        }
      }
    }
    return lines
  }
}

