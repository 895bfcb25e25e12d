import Events

/// Every piece of data a platform holds about one profile, grouped as its
/// privacy statement groups it — the "information the service knows about
/// me" page streaming services offer, built from the event log alone.
///
/// Account-level events (sign-up, partner records about the account holder)
/// are included with the profile, as the account holder would see them.
public struct DataAccessReport: Sendable {
  /// One group of the report.
  public struct Section: Sendable {
    /// The group.
    public let group: DisclosureGroup
    /// Plain-language findings, for example "3 devices: tv, phone, computer".
    public let findings: [String]
    /// Every event of the group, in time order.
    public let events: [Event]
  }

  /// The account.
  public let account: String
  /// The profile.
  public let profile: String
  /// The sections, in ``DisclosureGroup`` order (empty groups included, so
  /// a reader sees what is not held too).
  public let sections: [Section]

  /// The number of events held.
  public var eventCount: Int { sections.reduce(0) { $0 + $1.events.count } }

  /// Builds the report of a profile from an event log.
  ///
  /// - Parameters:
  ///   - geoIP: the table used to place IP addresses, as the platform does.
  /// - Throws: ``DataAccessError/unknownProfile(_:known:)`` when the log has
  ///   no events of that profile.
  public init(log: EventLog, account: String, profile: String, geoIP: GeoIPTable = .sample) throws(DataAccessError) {
    let own = log.events(account: account, profile: profile)
    guard !own.isEmpty else {
      throw .unknownProfile("\(account)/\(profile)", known: log.timelines.compactMap { $0.key.profile == nil ? nil : $0.key.description })
    }
    let all = (log.events(account: account, profile: nil) + own).sorted { $0.timestamp < $1.timestamp }
    self.account = account
    self.profile = profile
    sections = DisclosureGroup.allCases.map { group in
      let events = all.filter { DisclosureGroup($0.source) == group }
      return Section(group: group, findings: Findings.summarize(events, group: group, geoIP: geoIP), events: events)
    }
  }

  /// Finds the account of a profile in a log, from `account/profile` or a
  /// profile id alone (the event log keeps profile ids unique across
  /// accounts).
  public static func resolve(_ reference: String, in log: EventLog) throws(DataAccessError) -> (account: String, profile: String) {
    let keys = log.timelines.map(\.key).filter { $0.profile != nil }
    if let slash = reference.firstIndex(of: "/") {
      let account = String(reference[..<slash]), profile = String(reference[reference.index(after: slash)...])
      if keys.contains(Timeline.Key(account: account, profile: profile)) { return (account, profile) }
    } else {
      if let key = keys.first(where: { $0.profile == reference }), let profile = key.profile {
        return (key.account, profile)
      }
    }
    throw .unknownProfile(reference, known: keys.map(\.description))
  }
}

/// Why a data-access report could not be made.
public enum DataAccessError: Error, CustomStringConvertible, Equatable, Sendable {
  /// No events of that profile.
  case unknownProfile(_ reference: String, known: [String])

  /// A message a person can act on.
  public var description: String {
    switch self {
    case .unknownProfile(let reference, let known):
      let sample = known.prefix(8).joined(separator: ", ")
      return "no events of profile '\(reference)' in the log; profiles present: \(sample)\(known.count > 8 ? ", …" : "")"
    }
  }
}
