import Events
import Support

/// Where a member lives and travels and which devices they use, read from
/// the IP addresses of their app sessions (through a ``GeoIPTable``) and the
/// UTC offsets of their events' timestamps.
///
/// - home region: the region most sessions come from; score = its share of
///   located sessions; confidence = share × n / (n + 3) for n sessions.
/// - time zone: the most common UTC offset of all events, with the geo-IP
///   time zone of the home region; score = its share of events.
/// - travel: sessions located outside the home region, listed by region and
///   local date; score = the number of such (region, date) stays.
/// - devices: every device seen; score = their number; confidence 1 (each
///   is observed directly, not guessed).
///
/// Evidence groups sessions by IP address (by device for devices).
public struct LocationInference: Sendable {
  /// The geo-IP table.
  public let geoIP: GeoIPTable
  /// How evidence is searched.
  public var evidence: CounterfactualEvidence

  /// Creates the inference.
  public init(geoIP: GeoIPTable, evidence: CounterfactualEvidence = CounterfactualEvidence()) {
    self.geoIP = geoIP
    self.evidence = evidence
  }

  /// Every location trait the events support (pass the account's and the
  /// profile's events; sessions are often account-level).
  public func infer(events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    [homeRegion(events, withEvidence), timeZone(events, withEvidence), travel(events), devices(events)]
      .compactMap { $0 }
  }

  struct Session {
    let event: Event
    let ip: IPAddress
    let place: String?
    let timeZone: String?
  }

  func sessions(_ events: [Event]) -> [Session] {
    events.compactMap { event in
      guard case .sessionStart(_, _, _, _, let ip, _) = event.payload else { return nil }
      let entry = geoIP.lookup(ip)
      return Session(event: event, ip: ip, place: entry.map { "\($0.region), \($0.country)" }, timeZone: entry?.timeZone)
    }
  }

  func regionShares(_ events: [Event]) -> (counts: [String: Int], located: Int) {
    var counts: [String: Int] = [:]
    var located = 0
    for session in sessions(events) {
      guard let place = session.place else { continue }
      counts[place, default: 0] += 1
      located += 1
    }
    return (counts, located)
  }

  func home(_ events: [Event]) -> (place: String, share: Double, sessions: Int)? {
    let (counts, located) = regionShares(events)
    guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
    return (best.key, Double(best.value) / Double(located), located)
  }

  func homeRegion(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    guard let home = home(events) else { return nil }
    let n = Double(home.sessions)
    let trait = InferredTrait(
      .homeRegion, .region(home.place), score: home.share,
      confidence: home.share * n / (n + 3))
    guard withEvidence else { return trait }
    return trait.with(evidence: evidence.rank(
      events, group: { event in
        guard case .sessionStart(_, _, _, _, let ip, _) = event.payload else { return nil }
        return ip.description
      },
      describe: { ip, group in
        let place = geoIP.lookup(IPAddress(ip) ?? IPAddress(value: 0)).map { "\($0.region), \($0.country)" } ?? "unknown"
        return "\(group.count) session\(group.count == 1 ? "" : "s") from \(ip) (\(place))"
      },
      score: { remaining in
        let (counts, located) = regionShares(remaining)
        return located > 0 ? Double(counts[home.place] ?? 0) / Double(located) * Double(located) / Double(located + 3) : 0
      }))
  }

  static func offsetText(_ minutes: Int) -> String { TraitValue.utcOffset(minutes: minutes, zone: nil).text }

  func offsetCounts(_ events: [Event]) -> [Int: Int] {
    var counts: [Int: Int] = [:]
    for event in events { counts[Int(event.timestamp.offsetMinutes), default: 0] += 1 }
    return counts
  }

  func timeZone(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let counts = offsetCounts(events)
    guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
    let share = Double(best.value) / Double(events.count)
    let zone = home(events).flatMap { home in
      sessions(events).first { $0.place == home.place }?.timeZone
    }
    let trait = InferredTrait(
      .timeZone, .utcOffset(minutes: best.key, zone: zone), score: share,
      confidence: share * Double(events.count) / Double(events.count + 3))
    guard withEvidence else { return trait }
    return trait.with(evidence: evidence.rank(
      events, group: { String($0.timestamp.description.prefix(10)) },
      describe: { day, group in "\(day): \(group.count) events stamped \(Self.offsetText(Int(group[0].timestamp.offsetMinutes)))" },
      score: { remaining in
        remaining.isEmpty ? 0 : Double(offsetCounts(remaining)[best.key] ?? 0) / Double(remaining.count)
          * Double(remaining.count) / Double(remaining.count + 3)
      }))
  }

  func travel(_ events: [Event]) -> InferredTrait? {
    guard let home = home(events) else { return nil }
    var stays: [String: [Event]] = [:]
    var order: [String] = []
    for session in sessions(events) {
      guard let place = session.place, place != home.place else { continue }
      let key = "\(place) on \(session.event.timestamp.description.prefix(10))"
      if stays[key] == nil { order.append(key) }
      stays[key, default: []].append(session.event)
    }
    guard !order.isEmpty else { return nil }
    let away = stays.values.reduce(0) { $0 + $1.count }
    return InferredTrait(
      .travel, .places(Array(order.prefix(5)), more: max(0, order.count - 5)),
      score: Double(order.count), confidence: Double(away) / Double(away + 1),
      evidence: order.prefix(evidence.limit).map { key in
        Evidence(
          description: "\(stays[key]!.count) session\(stays[key]!.count == 1 ? "" : "s") in \(key)", title: nil,
          eventIDs: stays[key]!.map(\.id), effect: Double(stays[key]!.count))
      })
  }

  func devices(_ events: [Event]) -> InferredTrait? {
    var seen: [String: (type: DeviceType, os: String, events: [Event])] = [:]
    var order: [String] = []
    for event in events {
      guard case .sessionStart(let device, let type, let os, _, _, _) = event.payload else { continue }
      if seen[device] == nil {
        order.append(device)
        seen[device] = (type, os, [])
      }
      seen[device]!.events.append(event)
    }
    guard !order.isEmpty else { return nil }
    let ranked = order.sorted { seen[$0]!.events.count != seen[$1]!.events.count ? seen[$0]!.events.count > seen[$1]!.events.count : $0 < $1 }
    return InferredTrait(
      .devices, .devices(ranked.map { TraitValue.DeviceSummary(type: seen[$0]!.type, os: seen[$0]!.os) }),
      score: Double(order.count), confidence: 1,
      evidence: ranked.prefix(evidence.limit).map { device in
        Evidence(
          // The device's id and type, as the viewer evidence writes it; a
          // reader's text names the device (Report's RunNames).
          description: "\(Words.count(seen[device]!.events.count, "session")) on \(device) (\(seen[device]!.type.rawValue))",
          title: nil, eventIDs: seen[device]!.events.map(\.id), effect: Double(seen[device]!.events.count))
      })
  }
}
