import Events

/// Finds a profile's sleep window: the longest daily gap in its activity
/// that holds on most of its active days and is at most 12 hours long, in
/// quarter hours of local time.
///
/// The platform sees only when a person uses the service. A daily gap of
/// 20 hours says when they do not watch, not when they sleep, so only gaps
/// that activity brackets within 12 hours count: an evening-only viewer has
/// no sleep window ("not enough data"), one who also watches in the morning
/// has the night between. A gap is a window that holds (is quiet on at
/// least ``quorum`` of the active days) and cannot be made longer at
/// either end and still hold; a sleep window is a gap that covers some of
/// the night, 01:00–05:00 (the quiet hours between an afternoon viewer and
/// an evening one are not sleep). Fewer than ``minimumDays`` active days
/// give no window either.
struct SleepWindowSearch: Sendable {
  /// Quarter hours in a day.
  static let slotsPerDay = 96
  /// The longest window reported: 12 hours.
  var maximumSlots = 48
  /// The shortest window reported: 4 hours.
  var minimumSlots = 16
  /// The night, in quarter hours: a sleep window covers some of
  /// 01:00–05:00.
  var night = 4..<20
  /// The share of active days on which a window must be quiet.
  var quorum = 2.0 / 3.0
  /// Active days needed before any window is reported.
  var minimumDays = 7

  /// A window: its first quarter hour of the day, its length in quarter
  /// hours, and on how many of the active days it held.
  struct Window: Sendable, Equatable {
    let start: Int
    let length: Int
    let held: Int
    let days: Int
  }

  /// The local quarter hours with activity, from the first active local
  /// day to the day after the last, with prefix counts so that whether a
  /// stretch is quiet costs O(1).
  struct Activity: Sendable {
    /// Busy quarter hours before each slot: `before[i]` counts slots
    /// `0..<i` of the whole span.
    let before: [Int32]
    /// The slot index where each active day starts.
    let activeDays: [Int]

    init(_ times: [LocalTime]) {
      guard let first = times.map(\.day).min(), let last = times.map(\.day).max() else {
        before = [0]
        activeDays = []
        return
      }
      let perDay = SleepWindowSearch.slotsPerDay
      var busy = [Bool](repeating: false, count: (Int(last - first) + 2) * perDay)
      var active = Set<Int>()
      for t in times {
        let day = Int(t.day - first)
        busy[day * perDay + t.secondOfDay / 900] = true
        active.insert(day * perDay)
      }
      var before = [Int32](repeating: 0, count: busy.count + 1)
      for i in busy.indices { before[i + 1] = before[i] + (busy[i] ? 1 : 0) }
      self.before = before
      activeDays = active.sorted()
    }

    /// On how many active days `length` quarter hours from `start` (running
    /// into the next day past midnight) hold no activity.
    func held(start: Int, length: Int) -> Int {
      var held = 0
      for day in activeDays {
        let from = min(day + start, before.count - 1)
        let to = min(day + start + length, before.count - 1)
        if before[to] == before[from] { held += 1 }
      }
      return held
    }
  }

  /// The longest window from `start` that holds, with the days it holds on.
  ///
  /// Holding is monotone in length (every part of a quiet stretch is
  /// quiet), so the length is found by bisection.
  func longest(_ activity: Activity, from start: Int) -> Window {
    let days = activity.activeDays.count
    var low = 0, high = Self.slotsPerDay
    while low < high {
      let middle = (low + high + 1) / 2
      if holds(held: activity.held(start: start, length: middle), days: days) { low = middle } else { high = middle - 1 }
    }
    return Window(start: start, length: low, held: activity.held(start: start, length: low), days: days)
  }

  /// Whether a window covers some of ``night``.
  func coversNight(_ window: Window) -> Bool {
    (window.start..<(window.start + window.length)).contains { night.contains($0 % Self.slotsPerDay) }
  }

  /// Whether a window quiet on `held` of `days` active days holds.
  func holds(held: Int, days: Int) -> Bool {
    days > 0 && Double(held) >= quorum * Double(days)
  }

  /// The sleep window of these activity instants, or `nil` when the data
  /// does not support one: too few active days, or no gap of 4 to 12 hours.
  /// Among gaps of the same length, the one quiet on more days; then the
  /// earliest start from noon on (nights are read from the evening).
  ///
  /// - Complexity: O(96 · D · log 96) for D active days.
  func find(_ times: [LocalTime]) -> Window? {
    let activity = Activity(times)
    guard activity.activeDays.count >= minimumDays else { return nil }
    let longest = (0..<Self.slotsPerDay).map { self.longest(activity, from: $0) }
    var best: Window?
    for k in 0..<Self.slotsPerDay {
      let start = (k + Self.slotsPerDay / 2) % Self.slotsPerDay
      let window = longest[start]
      let previous = longest[(start + Self.slotsPerDay - 1) % Self.slotsPerDay]
      // A gap: it cannot start a quarter hour earlier and still hold.
      guard window.length >= minimumSlots, window.length <= maximumSlots, previous.length < window.length + 1,
        coversNight(window)
      else { continue }
      if let current = best, (current.length, current.held) >= (window.length, window.held) { continue }
      best = window
    }
    return best
  }
}
