import Datasets
import Events
import LinearAlgebra
import Recommendation
import Signals

/// What the platform's model learns from: per profile, the events that
/// carry implicit feedback (Docs/Signals.md) that have not yet been deleted
/// at the end of the retention period, and the time of the latest event the
/// platform took in, its "now" for retention.
///
/// Profiles are kept by their ``ProfileDirectory`` position.
struct SignalHistory: Sendable {
  /// The time of the latest event taken in, seconds since 1970.
  private(set) var latestEventTime: Int64?
  private var events: [[Event]] = []

  /// No events yet.
  init() {}

  /// Whether events of a type feed implicit feedback (Docs/Signals.md).
  static func carriesSignal(_ type: EventType) -> Bool {
    switch type {
    case .playStart, .heartbeat, .pause, .seek, .stop, .completion, .rating, .search, .listAdd:
      return true
    default: return false
    }
  }

  /// Room for one more profile, with no events.
  mutating func appendProfile() { events.append([]) }

  /// Moves "now" forward to an event's time (for every event, with or
  /// without a profile).
  mutating func observe(_ event: Event) {
    let time = event.timestamp.secondsSinceEpoch
    if latestEventTime.map({ time > $0 }) ?? true { latestEventTime = time }
  }

  /// Keeps a profile's event when it carries a signal.
  mutating func record(_ event: Event, profile p: Int) {
    if Self.carriesSignal(event.type) { events[p].append(event) }
  }

  /// Deletes events before `cutoff` (seconds since 1970); returns the
  /// profiles that lost some, in position order.
  ///
  /// - Complexity: O(events held).
  mutating func deleteEvents(before cutoff: Int64) -> [Int] {
    var changed: [Int] = []
    for p in events.indices {
      let before = events[p].count
      events[p].removeAll { $0.timestamp.secondsSinceEpoch < cutoff }
      if events[p].count != before { changed.append(p) }
    }
    return changed
  }

  /// The feedback rows (title index, non-zero value) of some profiles as of
  /// `reference`, computed in parallel; titles outside the catalog are left
  /// out.
  ///
  /// - Complexity: O(the profiles' signal events).
  func feedbackRows(
    _ profiles: [Int], reference: Timestamp?, extractor: SignalExtractor, index: CatalogIndex, threads: Int
  ) -> [[(item: Int, value: Float)]] {
    let histories = profiles.map { events[$0] }
    return ParallelLoop(threads: threads).mapChunks(count: profiles.count, chunkSize: 64) { range in
      range.map { i in
        let feedback = extractor.feedback(from: EventLog(events: histories[i]), at: reference)
        return feedback.entries.compactMap { entry in
          index.index(of: entry.title).flatMap { entry.value != 0 ? (item: $0, value: entry.value) : nil }
        }
      }
    }.flatMap { $0 }
  }
}
