/// The platform's event log: accepted events grouped per profile (and per
/// account for account-level events), each group in time order.
///
/// Events can arrive out of order (devices buffer events while offline);
/// the log orders them by instant, keeping file order for equal instants.
/// Profile ids are unique across accounts: an event whose profile was seen
/// under another account is left out here (and rejected at ingestion).
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
    var builder = TimelineBuilder()
    for event in events {
      _ = builder.add(event, line: 0, ownerHash: DecodedLine.Hashes(event).owner)
    }
    self.init(builder)
  }

  /// The log of the events a builder collected.
  init(_ builder: consuming TimelineBuilder) {
    let (timelines, reordered) = builder.finish()
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
