import Events

/// Where a profile's events came from, for the `from=` filter clause: the
/// searches and the viewing each led to, or the notifications and the
/// sessions their clicks opened. Attribution follows what the platform can
/// see, as its signals do (Docs/Signals.md, `search_then_play`).
public enum EventOrigin: String, Sendable, CaseIterable {
  /// A `search`, and the playback (every event of its `playback` id) of the
  /// clicked title when it starts within ``searchWindowSeconds`` after it.
  case search
  /// A `notification` (sent, opened or clicked), and the session started
  /// within ``notificationWindowSeconds`` after a click: its
  /// `session_start` and every event up to the next one.
  case notification

  /// How long after a search a play still comes from it (the signals'
  /// search-then-play window).
  public static let searchWindowSeconds: Int64 = 1800
  /// How long after a notification click the session it opens starts.
  public static let notificationWindowSeconds: Int64 = 120

  /// A flag per event: whether it came from this origin.
  ///
  /// - Parameter events: one profile's events in time order.
  /// - Complexity: O(events · open searches).
  public func marks(_ events: [Event]) -> [Bool] {
    var marked = [Bool](repeating: false, count: events.count)
    switch self {
    case .search:
      var open: [(title: String, time: Int64)] = []
      var followed = Set<String>()
      for (i, event) in events.enumerated() {
        let time = event.timestamp.secondsSinceEpoch
        switch event.payload {
        case .search(_, let clicked):
          marked[i] = true
          open.removeAll { time - $0.time > Self.searchWindowSeconds }
          if let clicked { open.append((clicked, time)) }
        case .playStart(let title, let playback, _, _):
          open.removeAll { time - $0.time > Self.searchWindowSeconds }
          if let index = open.firstIndex(where: { $0.title == title }) {
            open.remove(at: index)
            followed.insert(playback)
          }
          marked[i] = followed.contains(playback)
        default:
          if let playback = event.payload.playbackID { marked[i] = followed.contains(playback) }
        }
      }
    case .notification:
      var clickedAt: Int64?
      var inSession = false
      for (i, event) in events.enumerated() {
        let time = event.timestamp.secondsSinceEpoch
        switch event.payload {
        case .notification(_, let action, _, _):
          marked[i] = true
          if action == .clicked { clickedAt = time }
        case .sessionStart:
          inSession = clickedAt.map { time >= $0 && time - $0 <= Self.notificationWindowSeconds } ?? false
          clickedAt = nil
          marked[i] = inSession
        default:
          marked[i] = inSession
        }
      }
    }
    return marked
  }
}
