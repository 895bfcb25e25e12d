import Events
import Inference
import LinearAlgebra
import Scenarios

/// Builds what one recipient receives from the platform's (policy-filtered)
/// view of a run, honouring its contract: only the contract's fields, at
/// its granularity, keyed by its identifier, split into its deliveries.
///
/// Under a data policy the contract shrinks, never grows: no sale blocks
/// every recipient but service providers (measurement), no cross-service
/// identifiers removes email hashes, device ids and addresses (the key
/// becomes a recipient-only pseudonym), region-level location removes
/// addresses (the platform no longer has them to send).
struct RecipientViewBuilder {
  /// The text of a withheld device id or operating system in the events
  /// built for inference on a view.
  static let withheld = "withheld"

  let recipient: Recipient
  let platform: PlatformProfiles
  let personas: PersonaIndex

  /// The contract as the policy lets it be honoured, or why nothing is sent.
  static func effectiveContract(
    _ recipient: Recipient, policy: DataPolicy
  ) -> (contract: DataContract, blocked: String?) {
    var contract = recipient.contract
    if !policy.sale && recipient.kind.isSale {
      contract.fields = []
      return (
        contract,
        "the data policy sells and shares no per-person data; \(recipient.name) (\(recipient.kind.rawValue)) receives nothing"
      )
    }
    if !policy.crossServiceIdentifiers {
      contract.fields.subtract(DataField.allCases.filter(\.isCrossServiceIdentifier))
    }
    if policy.location == .region { contract.fields.remove(.ip) }
    if !policy.partnerData { contract.fields.remove(.referrals) }
    if let field = contract.identifier.field, !contract.fields.contains(field) {
      contract.identifier = .pseudonym
    }
    return (contract, nil)
  }

  func build() -> RecipientView {
    let (contract, blocked) = Self.effectiveContract(recipient, policy: platform.policy)
    let period = contract.frequency.days.map { Int64($0) * 86_400 }
    let span = max(1, platform.end - platform.start + 1)
    let deliveries = period.map { Int((span + $0 - 1) / $0) } ?? 1
    guard blocked == nil, !contract.fields.isEmpty else {
      return RecipientView(
        recipient: recipient.id, name: recipient.name, kind: recipient.kind,
        contract: recipient.contract, effectiveContract: contract, blocked: blocked,
        deliveries: blocked == nil ? deliveries : 0, subjects: [], aggregates: nil)
    }
    if contract.granularity == .aggregate {
      let aggregates = AudienceAnalytics(
        profiles: platform, minimumGroupSize: contract.minimumGroupSize, fields: contract.fields,
        personas: personas)
      return RecipientView(
        recipient: recipient.id, name: recipient.name, kind: recipient.kind,
        contract: recipient.contract, effectiveContract: contract, blocked: nil,
        deliveries: deliveries, subjects: [], aggregates: aggregates)
    }
    let last = deliveries - 1
    func delivery(_ time: Timestamp) -> Int {
      guard let period else { return 0 }
      return min(last, Int((time.secondsSinceEpoch - platform.start) / period))
    }
    let clicks = referralClicks()
    var parts: [String: Part] = [:]
    var order: [String] = []
    for profile in platform.profiles {
      var part = Part()
      let fields = contract.fields
      // Identifiers travel with every record set.
      if fields.contains(.emailHash), let hash = profile.emailHash {
        part.identify(.emailHash, hash, delivery: last)
      }
      if fields.contains(.deviceID) {
        for device in profile.devices { part.identify(.deviceID, device, delivery: last) }
      }
      if fields.contains(.ip) {
        for address in profile.addresses { part.identify(.ip, address.description, delivery: last) }
      }
      // Segments the platform computed, in the fields the contract names.
      for segment in profile.segments where fields.contains(segment.field) {
        part.segments.append(segment)
        part.segmentDelivery = last
        part.items.append(DeliveredItem(field: segment.field, delivery: last, time: nil, value: segment.name))
      }
      if contract.granularity == .rawEvents {
        for event in profile.events {
          rawItems(event, profile: profile, fields: fields, delivery: delivery(event.timestamp), clicks: clicks, into: &part)
        }
      }
      guard !part.items.isEmpty else { continue }
      // The key: one subject per key, per delivery without an identifier.
      let keys = subjectKeys(profile: profile, identifier: contract.identifier, deliveries: deliveries)
      for (key, range) in keys {
        var slice = part.slice(deliveries: range)
        guard !slice.items.isEmpty else { continue }
        if let existing = parts[key] {
          slice.merge(existing)
        } else {
          order.append(key)
        }
        slice.profiles.insert(profile.id)
        parts[key] = slice
      }
    }
    let subjects = order.compactMap { key in parts[key].map { $0.subject(key: key) } }
    return RecipientView(
      recipient: recipient.id, name: recipient.name, kind: recipient.kind,
      contract: recipient.contract, effectiveContract: contract, blocked: nil,
      deliveries: deliveries, subjects: subjects, aggregates: nil)
  }

  /// The keys a profile's records are filed under, with the deliveries each
  /// covers.
  private func subjectKeys(
    profile: PlatformProfiles.Profile, identifier: RecipientIdentifier, deliveries: Int
  ) -> [(String, ClosedRange<Int>)] {
    let all = 0...max(0, deliveries - 1)
    let pseudonym = "p-" + StableHash.hex("\(recipient.id)/\(profile.id)")
    switch identifier {
    case .none:
      return all.map { ("r-" + StableHash.hex("\(recipient.id)/\(profile.id)/\($0)"), $0...$0) }
    case .pseudonym: return [(pseudonym, all)]
    case .emailHash: return [(profile.emailHash ?? pseudonym, all)]
    case .deviceID: return [(profile.devices.first ?? pseudonym, all)]
    case .ip: return [(profile.addresses.first?.description ?? pseudonym, all)]
    }
  }

  /// Clicks on each referral link: when, and the region of the clicker's
  /// sessions.
  private func referralClicks() -> [String: [(time: Timestamp, region: String?)]] {
    var regionOfAccount: [String: String] = [:]
    for profile in platform.profiles {
      if regionOfAccount[profile.account] == nil, let region = profile.trait(.homeRegion) {
        regionOfAccount[profile.account] = region
      }
    }
    var clicks: [String: [(Timestamp, String?)]] = [:]
    for event in platform.events {
      if case .referralClick(_, let referral) = event.payload {
        clicks[referral, default: []].append((event.timestamp, regionOfAccount[event.account]))
      }
    }
    return clicks
  }

  /// The items (and the event for inference) one logged event gives under
  /// a raw-event contract.
  private func rawItems(
    _ event: Event, profile: PlatformProfiles.Profile, fields: Set<DataField>, delivery: Int,
    clicks: [String: [(time: Timestamp, region: String?)]], into part: inout Part
  ) {
    let time = event.timestamp.description
    func name(_ title: String) -> String { "\"\(platform.titleNames[title] ?? title)\"" }
    func add(_ field: DataField, _ value: String, event: Event?) {
      part.items.append(DeliveredItem(field: field, delivery: delivery, time: time, value: value))
      if let event { part.events.append((delivery, event)) }
    }
    switch event.payload {
    case .playStart(let title, _, _, _) where fields.contains(.viewing):
      add(.viewing, "started \(name(title))", event: event)
    case .stop(let title, _, let position, _) where fields.contains(.viewing):
      add(.viewing, "stopped \(name(title)) at \(Int(position / 60)) min", event: event)
    case .completion(let title, _, _) where fields.contains(.viewing):
      add(.viewing, "finished \(name(title))", event: event)
    case .rating(let title, let rating) where fields.contains(.ratings):
      add(.ratings, "rated \(name(title)): \(rating)", event: event)
    case .search(let query, _) where fields.contains(.searches):
      add(.searches, "searched \"\(query)\"", event: event)
    case .referralShared(let title, let referral, let app) where fields.contains(.referrals):
      add(.referrals, "sent \(name(title)) through \(app) (link \(referral))", event: event)
      for click in clicks[referral] ?? [] {
        let place = fields.contains(.region) ? click.region.map { " from \($0)" } ?? "" : ""
        part.items.append(
          DeliveredItem(
            field: .referrals, delivery: delivery, time: click.time.description,
            value: "link \(referral) clicked\(place)"))
      }
    case .sessionStart(let device, let type, let os, let version, let ip, let connection):
      let sendsDevice = fields.contains(.deviceID), sendsType = fields.contains(.deviceType)
      let sendsIP = fields.contains(.ip), sendsRegion = fields.contains(.region)
      guard sendsDevice || sendsType || sendsIP || sendsRegion else { return }
      let region = PolicyFilter(policy: .minimal).coarsened(ip)
      let sent = sendsIP ? ip : sendsRegion ? region : IPAddress(value: 0)
      var synthesized = event
      synthesized.payload = .sessionStart(
        device: sendsDevice ? device : Self.withheld, deviceType: type,
        os: sendsType ? os : Self.withheld, appVersion: version, ip: sent, connection: connection)
      part.events.append((delivery, synthesized))
      if sendsDevice { add(.deviceID, "session on device \(device)", event: nil) }
      if sendsType { add(.deviceType, "session on a \(type.rawValue) (\(os))", event: nil) }
      if sendsIP { add(.ip, "session from \(ip)", event: nil) }
      if sendsRegion && !sendsIP, let place = GeoIPTable.sample.lookup(ip) {
        add(.region, "session from \(place.region), \(place.country)", event: nil)
      }
    default:
      return
    }
  }

  /// Whether an address is the network address of a geo-IP region (what a
  /// region-level location keeps), rather than a household's.
  static func isRegionAddress(_ address: IPAddress) -> Bool {
    GeoIPTable.sample.entries.contains { $0.network == address }
  }
}

/// What one profile contributes under one key while a view is built.
private struct Part {
  var items: [DeliveredItem] = []
  var identifiers: [DataField: [String]] = [:]
  /// Delivered events, each with its delivery, for inference on the view.
  var events: [(delivery: Int, event: Event)] = []
  /// Segments, sent in the last delivery.
  var segments: [AdvertisingSegment] = []
  var segmentDelivery = 0
  var profiles: Set<String> = []

  mutating func identify(_ field: DataField, _ value: String, delivery: Int) {
    guard !(identifiers[field]?.contains(value) ?? false) else { return }
    identifiers[field, default: []].append(value)
    items.append(DeliveredItem(field: field, delivery: delivery, time: nil, value: value))
  }

  /// The part restricted to some deliveries.
  func slice(deliveries range: ClosedRange<Int>) -> Part {
    var part = Part()
    part.items = items.filter { range.contains($0.delivery) }
    let identifierItems = Set(part.items.filter { $0.time == nil }.map(\.value))
    part.identifiers = identifiers.mapValues { $0.filter(identifierItems.contains) }.filter { !$0.value.isEmpty }
    part.segments = range.contains(segmentDelivery) ? segments : []
    part.segmentDelivery = segmentDelivery
    part.events = events.filter { range.contains($0.delivery) }
    return part
  }

  mutating func merge(_ other: Part) {
    items = other.items + items
    for (field, values) in other.identifiers {
      identifiers[field] = Array(Set((identifiers[field] ?? []) + values)).sorted()
    }
    events = other.events + events
    let names = Set(segments.map(\.name))
    segments += other.segments.filter { !names.contains($0.name) }
    profiles.formUnion(other.profiles)
  }

  func subject(key: String) -> RecipientSubject {
    let ordered = items.enumerated().sorted {
      ($0.element.delivery, $0.element.time ?? "", $0.offset) < ($1.element.delivery, $1.element.time ?? "", $1.offset)
    }.map(\.element)
    let sortedEvents = events.map(\.event).sorted { $0.timestamp < $1.timestamp }.map { event -> Event in
      var rekeyed = event
      rekeyed.account = key
      rekeyed.profile = key
      return rekeyed
    }
    return RecipientSubject(
      key: key, profiles: profiles.sorted(), items: ordered, identifiers: identifiers,
      events: sortedEvents, segments: segments)
  }
}
