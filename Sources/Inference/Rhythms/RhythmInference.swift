import Foundation
import Events
import Support

/// When and how a profile watches, read from the timestamps of its events
/// in their recorded UTC offsets: active hours and days, the sleep window,
/// the weekday/weekend difference, binge propensity and completion rate.
///
/// (definitions in Docs/Inference.md, "Rhythms").
///
/// Play instants are play starts (or, for a profile that never pressed
/// play, every event); the sleep window reads every event the viewer made
/// (``isViewerActivity(_:)``). Confidence for descriptive traits is the
/// amount of evidence, n / (n + 10) for n instants (or playbacks), so 10
/// plays give 0.5 and 90 give 0.9; the sleep window's is the share of
/// active days it held on, Laplace-smoothed. Evidence groups events by
/// local day (by title for completion rate), ranked by how much the score
/// drops without them.
public struct RhythmInference: Sendable {
  /// How evidence is searched.
  public var evidence: CounterfactualEvidence
  /// A gap longer than this (seconds) between the end of one playback (its
  /// last event) and the next play start ends a sitting.
  public var sessionGapSeconds: Double
  /// Play starts in one sitting that make it a binge.
  public var bingePlays: Int
  /// Titles finished in one sitting that make it a binge (two films back
  /// to back are a binge even without a third start).
  public var bingeCompletions: Int
  /// A title's name for evidence, given its id (the id itself by default).
  public var titleName: @Sendable (String) -> String

  /// Creates the inference.
  public init(
    evidence: CounterfactualEvidence = CounterfactualEvidence(), sessionGapSeconds: Double = 45 * 60,
    bingePlays: Int = 3, bingeCompletions: Int = 2, titleName: @escaping @Sendable (String) -> String = { $0 }
  ) {
    self.titleName = titleName
    self.evidence = evidence
    self.sessionGapSeconds = sessionGapSeconds
    self.bingePlays = bingePlays
    self.bingeCompletions = bingeCompletions
  }

  /// Every rhythm trait that the events support, in a fixed order.
  ///
  /// - Complexity: O(E) without evidence; O(D·E) with, for D active days.
  public func infer(events: [Event], withEvidence: Bool = true) -> [InferredTrait] {
    [
      activeHours(events, withEvidence), activeDays(events, withEvidence), sleepWindow(events, withEvidence),
      weekendDifference(events, withEvidence), bingePropensity(events, withEvidence),
      completionRate(events, withEvidence),
    ].compactMap { $0 }
  }

  func instants(_ events: [Event]) -> [LocalTime] {
    let plays = events.filter { $0.type == .playStart }
    return (plays.isEmpty ? events : plays).map { LocalTime($0.timestamp) }
  }

  func hourCounts(_ events: [Event]) -> [Double] {
    var counts = [Double](repeating: 0, count: 24)
    for t in instants(events) { counts[t.hour] += 1 }
    return counts
  }

  /// The start hour of the busiest circular 3-hour window and its share;
  /// among equally busy windows, the one whose middle hour is busiest.
  func peakWindow(_ counts: [Double]) -> (start: Int, share: Double) {
    let total = counts.reduce(0, +)
    guard total > 0 else { return (0, 0) }
    var best = (start: 0, share: -1.0, middle: -1.0)
    for start in 0..<24 {
      let share = (0..<3).reduce(0) { $0 + counts[(start + $1) % 24] } / total
      let middle = counts[(start + 1) % 24]
      if share > best.share || (share == best.share && middle > best.middle) { best = (start, share, middle) }
    }
    return (best.start, best.share)
  }

  func evidence(_ events: [Event], score: ([Event]) -> Double) -> [Evidence] {
    evidence.rank(
      events, group: { String($0.timestamp.description.prefix(10)) },
      describe: { day, group in
        let plays = group.filter { $0.type == .playStart }.count
        return "\(day) (\(LocalTime.weekdayNames[LocalTime(group[0].timestamp).weekday])): \(plays) play"
          + (plays == 1 ? "" : "s") + ", \(Words.count(group.count, "event"))"
      }, score: score)
  }

  func activeHours(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let counts = hourCounts(events)
    let n = counts.reduce(0, +)
    guard n > 0 else { return nil }
    let peak = peakWindow(counts)
    let trait = InferredTrait(
      .activeHours, .hours(start: peak.start * 60, end: (peak.start + 3) * 60), score: peak.share,
      confidence: n / (n + 10))
    guard withEvidence else { return trait }
    return trait.with(evidence: evidence(events) { remaining in
      let c = hourCounts(remaining)
      let total = c.reduce(0, +)
      return total > 0 ? (0..<3).reduce(0) { $0 + c[(peak.start + $1) % 24] } / total : 0
    })
  }

  /// Per weekday (Monday first): on how many of its dates in the observed
  /// span the profile played something, and how many such dates there were.
  func weekdayActivity(_ events: [Event]) -> [(active: Int, dates: Int)] {
    let times = instants(events)
    guard let first = times.map(\.day).min(), let last = times.map(\.day).max() else { return [] }
    let activeDays = Set(times.map(\.day))
    var result = [(active: Int, dates: Int)](repeating: (0, 0), count: 7)
    for day in first...last {
      let weekday = Int(((day + 3) % 7 + 7) % 7)
      result[weekday].dates += 1
      if activeDays.contains(day) { result[weekday].active += 1 }
    }
    return result
  }

  /// The weekdays on which the profile watched on at least half of their
  /// dates in the observed span ("every day" when all seven qualify); score:
  /// the mean share of those weekdays' dates with viewing.
  func activeDays(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let activity = weekdayActivity(events)
    guard !activity.isEmpty else { return nil }
    let n = Double(instants(events).count)
    let share = activity.map { $0.dates > 0 ? Double($0.active) / Double($0.dates) : 0 }
    let regular = share.indices.filter { share[$0] >= 0.5 }
    let days = regular.isEmpty ? Array(share.indices) : regular
    let score = days.reduce(0) { $0 + share[$1] } / Double(days.count)
    let trait = InferredTrait(.activeDays, .weekdays(regular), score: score, confidence: n / (n + 10))
    guard withEvidence, !regular.isEmpty else { return trait }
    return trait.with(evidence: evidence(events) { remaining in
      let a = weekdayActivity(remaining)
      guard !a.isEmpty else { return 0 }
      return regular.reduce(0) { $0 + (a[$1].dates > 0 ? Double(a[$1].active) / Double(a[$1].dates) : 0) }
        / Double(regular.count)
    })
  }

  /// Whether an event is something the viewer did (a play, a search, a
  /// page, a session), as opposed to something done to or about them (a
  /// notification sent, a partner's record, a click on a link they shared).
  public static func isViewerActivity(_ event: Event) -> Bool {
    switch event.type {
    case .notification, .partnerRecord, .referralClick, .accountCreated: return false
    default: return true
    }
  }

  /// The longest daily stretch without viewer activity that holds on most
  /// active days, 4 to 12 hours (``SleepWindowSearch``); `nil` when the
  /// data does not support one.
  func sleepWindow(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let times = events.filter(Self.isViewerActivity).map { LocalTime($0.timestamp) }
    guard let window = SleepWindowSearch().find(times) else { return nil }
    let start = window.start * 15, end = (window.start + window.length) * 15
    let trait = InferredTrait(
      .sleepWindow, .hours(start: start, end: end),
      score: Double(window.length) / 4, confidence: Double(window.held + 1) / Double(window.days + 2))
    guard withEvidence else { return trait }
    // The days it held on, each taking away from the share without it.
    return trait.with(evidence: evidence(events) { remaining in
      let activity = SleepWindowSearch.Activity(
        remaining.filter(Self.isViewerActivity).map { LocalTime($0.timestamp) })
      let days = activity.activeDays.count
      return days > 0 ? Double(activity.held(start: window.start, length: window.length) + 1) / Double(days + 2) : 0
    })
  }

  /// Plays per weekend day over plays per weekday, over the observed span.
  func weekendRatio(_ events: [Event]) -> Double? {
    let times = instants(events)
    guard let first = times.map(\.day).min(), let last = times.map(\.day).max() else { return nil }
    var weekendDays = 0.0
    var weekdays = 0.0
    for day in first...last {
      if ((day + 3) % 7 + 7) % 7 >= 5 { weekendDays += 1 } else { weekdays += 1 }
    }
    let weekend = Double(times.filter(\.isWeekend).count)
    let week = Double(times.count) - weekend
    guard weekendDays > 0, weekdays > 0 else { return nil }
    return ((weekend + 0.5) / weekendDays) / ((week + 0.5) / weekdays)
  }

  /// Plays per weekend day against plays per weekday: "weekend-heavy" or
  /// "weekday-heavy" when the ratio is outside 0.8–1.25 and its log is
  /// more than two standard errors from 0 (√(1/(a + ½) + 1/(b + ½)) for a
  /// weekend and b weekday plays), else "no difference": viewing at one
  /// rate every day reads "no difference".
  func weekendDifference(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    guard let ratio = weekendRatio(events) else { return nil }
    let times = instants(events)
    let n = Double(times.count)
    let weekend = Double(times.filter(\.isWeekend).count)
    let error = (1 / (weekend + 0.5) + 1 / (n - weekend + 0.5)).squareRoot()
    let clear = abs(log(ratio)) > 2 * error
    let value: TraitValue.WeekRhythm = clear && ratio > 1.25 ? .weekendHeavy : clear && ratio < 0.8 ? .weekdayHeavy : .noDifference
    let trait = InferredTrait(
      .weekdayWeekend, .weekRhythm(value), score: ratio, confidence: n / (n + 10))
    guard withEvidence else { return trait }
    let sign = ratio >= 1 ? 1.0 : -1.0
    return trait.with(evidence: evidence(events) { sign * (weekendRatio($0) ?? 1) })
  }

  /// Sittings and how many are binges. A sitting is a run of playbacks
  /// where each starts less than ``sessionGapSeconds`` after the previous
  /// playback's last event (heartbeat, stop or completion), so a film
  /// watched to the end and the next one started right after are one
  /// sitting however long the film.
  func sessions(_ events: [Event]) -> (sessions: Int, binges: Int) {
    let playback = events.filter {
      switch $0.type {
      case .playStart, .heartbeat, .stop, .completion: return true
      default: return false
      }
    }.sorted { $0.timestamp.seconds < $1.timestamp.seconds }
    guard playback.contains(where: { $0.type == .playStart }) else { return (0, 0) }
    var sessions = 0
    var binges = 0
    var plays = 0
    var finished = 0
    var last = -Double.infinity
    func close() {
      if plays >= bingePlays || finished >= bingeCompletions { binges += 1 }
      if plays > 0 { sessions += 1 }
    }
    for event in playback {
      let time = event.timestamp.seconds
      if event.type == .playStart {
        if time - last > sessionGapSeconds {
          close()
          plays = 0
          finished = 0
        }
        plays += 1
      } else if event.type == .completion, plays > 0 {
        finished += 1
      }
      last = max(last, time)
    }
    close()
    return (sessions, binges)
  }

  func bingePropensity(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let (count, binges) = sessions(events)
    guard count > 0 else { return nil }
    let share = Double(binges) / Double(count)
    let value: TraitValue.Level = share >= 0.3 ? .high : share >= 0.1 ? .moderate : .low
    let trait = InferredTrait(
      .bingePropensity, .level(value), score: share,
      confidence: Double(count) / Double(count + 10))
    guard withEvidence, binges > 0 else { return trait }
    return trait.with(evidence: evidence(events) { remaining in
      let s = sessions(remaining)
      return s.sessions > 0 ? Double(s.binges) / Double(s.sessions) : 0
    })
  }

  /// Playbacks started and completed.
  func completions(_ events: [Event]) -> (started: Int, completed: Int) {
    var started = Set<String>()
    var completed = Set<String>()
    for event in events {
      switch event.payload {
      case .playStart(_, let playback, _, _): started.insert(playback)
      case .completion(_, let playback, _):
        started.insert(playback)
        completed.insert(playback)
      default: break
      }
    }
    return (started.count, completed.count)
  }

  func completionRate(_ events: [Event], _ withEvidence: Bool) -> InferredTrait? {
    let (started, completed) = completions(events)
    guard started > 0 else { return nil }
    let rate = Double(completed) / Double(started)
    let trait = InferredTrait(
      .completionRate, .completion(rate),
      score: rate, confidence: Double(started) / Double(started + 10))
    guard withEvidence else { return trait }
    return trait.with(evidence: evidence.rank(
      events, group: { $0.payload.titleID }, describe: { title, group in
        let finished = group.filter { $0.type == .completion }.count
        let playbacks = Set(group.compactMap(\.payload.playbackID)).count
        return "\"\(titleName(title))\": \(finished) of \(playbacks) playback\(playbacks == 1 ? "" : "s") finished"
      }, title: { key, _ in key },
      score: { remaining in
        let c = completions(remaining)
        return c.started > 0 ? Double(c.completed) / Double(c.started) : 0
      }))
  }
}
