import Datasets
import Events

#if canImport(Glibc)
  import Glibc
#endif

/// Turns an ``EventLog`` into ``ImplicitFeedback``: each profile's events,
/// in time order, become contributions to (profile, title) values following
/// the table in Docs/Signals.md.
///
/// Account-level events (no profile) contribute nothing: feedback is per
/// profile. Events of other types than the table lists contribute nothing
/// either (the log keeps them; the inference layer reads them).
public struct SignalExtractor: Sendable {
  /// The weights and thresholds.
  public var configuration: SignalConfiguration

  /// Creates an extractor.
  public init(configuration: SignalConfiguration = SignalConfiguration()) {
    self.configuration = configuration
  }

  /// The feedback of every profile in a log.
  ///
  /// - Parameter referenceTime: "now" for recency decay; by default the
  ///   latest event in the log.
  /// - Complexity: O(n) in the number of events, plus sorting the pairs.
  public func feedback(from log: EventLog, at referenceTime: Timestamp? = nil) -> ImplicitFeedback {
    let reference =
      referenceTime
      ?? log.timelines.compactMap(\.events.last?.timestamp).max {
        $0.secondsSinceEpoch < $1.secondsSinceEpoch
          || ($0.secondsSinceEpoch == $1.secondsSinceEpoch && $0.nanoseconds < $1.nanoseconds)
      }
    var entries: [ImplicitFeedback.Entry] = []
    for timeline in log.timelines {
      guard let profile = timeline.key.profile else { continue }
      let sums = contributions(of: timeline.events, reference: reference)
      for (title, kinds) in sums {
        let value = kinds.values.reduce(0, +)
        entries.append(
          .init(
            profile: Label(profile), title: Label(title), value: Float(value),
            contributions: kinds.mapValues { Float($0) }))
      }
    }
    entries.sort { ($0.profile, $0.title) < ($1.profile, $1.title) }
    return ImplicitFeedback(entries: entries, referenceTime: reference)
  }

  /// The signal value per title of one profile's events, given in time
  /// order as a log's timeline holds them (events without a profile are
  /// ignored): what ``feedback(from:at:)`` gives that profile, without
  /// building a log — for inferences that recompute it per profile and per
  /// counterfactual.
  ///
  /// - Parameter referenceTime: "now" for recency decay; by default the
  ///   last event's time.
  /// - Returns: `(title, value)` pairs in the order of ``ImplicitFeedback``'s
  ///   entries (by title label, numeric ids numerically), values as
  ///   ``ImplicitFeedback/Entry/value`` has them.
  /// - Complexity: O(n) in the number of events.
  public func values(ofProfileEvents events: [Event], at referenceTime: Timestamp? = nil) -> [(title: String, value: Float)] {
    let own = events.filter { $0.profile != nil }
    guard let reference = referenceTime ?? own.last?.timestamp else { return [] }
    return contributions(of: own, reference: reference)
      .map { (title: Label($0.key), value: Float($0.value.values.reduce(0, +))) }
      .sorted { $0.title < $1.title }
      .map { (title: $0.title.text, value: $0.value) }
  }

  /// One playback being followed through its events.
  private struct Playback {
    var title: String
    var started: Timestamp
    var lastPosition: Double
    var furthest: Double
    var watched: Double = 0
    var runtime: Double?
    var completed = false
    var stopped = false
  }

  /// Per title, per kind, the decayed sum of one profile's events (Double
  /// sums, so the order of additions barely matters; it is fixed anyway).
  func contributions(of events: [Event], reference: Timestamp?) -> [String: [SignalKind: Double]] {
    let c = configuration
    var sums: [String: [SignalKind: Double]] = [:]
    func add(_ kind: SignalKind, _ amount: Double, _ title: String, at time: Timestamp) {
      guard amount != 0 else { return }
      sums[title, default: [:]][kind, default: 0] += amount * decay(time, reference)
    }
    var playbacks: [String: Playback] = [:]
    var playbackOrder: [String] = []
    var completedTitles: Set<String> = []
    var searches: [(title: String, time: Timestamp)] = []
    var ratings: [String: (rating: Rating, time: Timestamp)] = [:]
    var listAdds: [(title: String, time: Timestamp)] = []

    func progress(_ playback: String, _ title: String, _ position: Double, _ time: Timestamp) {
      if playbacks[playback] == nil {
        playbacks[playback] = Playback(
          title: title, started: time, lastPosition: position, furthest: position)
        playbackOrder.append(playback)
      }
      let delta = position - playbacks[playback]!.lastPosition
      if delta > 0 { playbacks[playback]!.watched += delta }
      playbacks[playback]!.lastPosition = position
      playbacks[playback]!.furthest = max(playbacks[playback]!.furthest, position)
    }

    for event in events {
      let time = event.timestamp
      switch event.payload {
      case .playStart(let title, let playback, let position, let runtime):
        if playbacks[playback] == nil {
          playbacks[playback] = Playback(
            title: title, started: time, lastPosition: position, furthest: position,
            runtime: runtime)
          playbackOrder.append(playback)
          if completedTitles.contains(title) { add(.rewatch, Double(c.rewatch), title, at: time) }
          if let index = searches.firstIndex(where: {
            $0.title == title && time.seconds - $0.time.seconds <= c.searchThenPlayWindowSeconds
          }) {
            add(.searchThenPlay, Double(c.searchThenPlay), title, at: time)
            searches.remove(at: index)
          }
        }
      case .heartbeat(let title, let playback, let position),
        .pause(let title, let playback, let position):
        progress(playback, title, position, time)
      case .stop(let title, let playback, let position, let runtime):
        progress(playback, title, position, time)
        playbacks[playback]!.runtime = runtime
        playbacks[playback]!.stopped = true
      case .seek(let title, let playback, let from, let to):
        // Watching up to the seek counts; the skipped part does not.
        progress(playback, title, from, time)
        playbacks[playback]!.lastPosition = to
      case .completion(let title, let playback, let runtime):
        if playbacks[playback] == nil {
          playbacks[playback] = Playback(
            title: title, started: time, lastPosition: runtime, furthest: runtime)
          playbackOrder.append(playback)
        }
        playbacks[playback]!.completed = true
        playbacks[playback]!.runtime = runtime
        playbacks[playback]!.furthest = max(playbacks[playback]!.furthest, runtime)
        completedTitles.insert(title)
        add(.completion, Double(c.completion), title, at: time)
      case .rating(let title, let rating):
        ratings[title] = (rating, time)
      case .search(_, let clicked?):
        searches.removeAll { time.seconds - $0.time.seconds > c.searchThenPlayWindowSeconds }
        searches.append((clicked, time))
      case .listAdd(let title):
        listAdds.append((title, time))
      default:
        break
      }
    }

    for id in playbackOrder {
      let playback = playbacks[id]!
      if let runtime = playback.runtime {
        add(
          .watchedFraction, Double(c.watchedFraction) * min(1, playback.watched / runtime),
          playback.title, at: playback.started)
      }
      let short = playback.runtime.map { $0 <= c.abandonmentSeconds } ?? false
      if playback.stopped && !playback.completed && !short
        && playback.furthest < c.abandonmentSeconds
      {
        add(.abandonment, Double(c.abandonment), playback.title, at: playback.started)
      }
    }
    for (title, rating) in ratings {
      switch rating.rating {
      case .thumbsDown: add(.thumbsDown, Double(c.thumbsDown), title, at: rating.time)
      case .thumbsUp: add(.thumbsUp, Double(c.thumbsUp), title, at: rating.time)
      case .twoThumbsUp: add(.twoThumbsUp, Double(c.twoThumbsUp), title, at: rating.time)
      case .stars(let stars):
        add(.stars, Double(c.perStarAboveThree) * Double(stars - 3), title, at: rating.time)
      }
    }
    for listAdd in listAdds { add(.listAdd, Double(c.listAdd), listAdd.title, at: listAdd.time) }
    return sums
  }

  /// 0.5^(age / half-life), age in days before the reference (never negative).
  func decay(_ time: Timestamp, _ reference: Timestamp?) -> Double {
    guard let halfLife = configuration.halfLifeDays, halfLife > 0, let reference else { return 1 }
    let age = max(0, reference.seconds - time.seconds) / 86_400
    return pow(0.5, age / halfLife)
  }
}
