/// The platform's event log: accepted events grouped per profile (and per
/// account for account-level events), each group in time order.
///
/// Events can arrive out of order (devices buffer events while offline);
/// the log orders them by instant, keeping file order for equal instants.
public struct EventLog: Sendable {
  /// The groups, ordered by ``Timeline/Key``.
  public let timelines: [Timeline]
  /// Events that came after a later event of the same group and were moved.
  public let reorderedCount: Int
  private let index: [Timeline.Key: Int]

  /// Groups and sorts events (in the order they were logged).
  ///
  /// - Complexity: O(n log n).
  public init(events: some Sequence<Event>) {
    var groups: [Timeline.Key: [Event]] = [:]
    var latest: [Timeline.Key: Timestamp] = [:]
    var reordered = 0
    for event in events {
      let key = Timeline.Key(account: event.account, profile: event.profile)
      if let last = latest[key], Timestamp.isEarlier(event.timestamp, than: last) {
        reordered += 1
      } else {
        latest[key] = event.timestamp
      }
      groups[key, default: []].append(event)
    }
    let timelines = groups.keys.sorted().map { key in
      let sorted = groups[key]!.enumerated().sorted { a, b in
        if Timestamp.isEarlier(a.element.timestamp, than: b.element.timestamp) { return true }
        if Timestamp.isEarlier(b.element.timestamp, than: a.element.timestamp) { return false }
        return a.offset < b.offset
      }.map(\.element)
      return Timeline(key: key, events: sorted)
    }
    self.timelines = timelines
    self.reorderedCount = reordered
    self.index = Dictionary(uniqueKeysWithValues: timelines.enumerated().map { ($1.key, $0) })
  }

  /// The number of events in the log.
  public var eventCount: Int { timelines.reduce(0) { $0 + $1.events.count } }

  /// The events of a profile (or an account's account-level events), in
  /// time order; empty when there are none.
  public func events(account: String, profile: String?) -> [Event] {
    index[Timeline.Key(account: account, profile: profile)].map { timelines[$0].events } ?? []
  }
}
