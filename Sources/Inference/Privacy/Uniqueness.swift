import Events

/// How few of a member's (title, approximate date) events single them out
/// among all members — the de-anonymization measure of Narayanan and
/// Shmatikov ("Robust De-anonymization of Large Sparse Datasets", IEEE S&P
/// 2008), who found 8 ratings with dates known to ±14 days identify 99% of
/// Netflix Prize subscribers.
///
/// A member's events are (title, local day) pairs from play starts and
/// ratings. An outsider who knows some of them narrows the candidates to the
/// members who touched the same title within ±``windowDays``. Greedily,
/// rarest pair first (the outsider's best case), pairs are added until only
/// the member is left; the count is the score.
public struct Uniqueness: Sendable {
  /// How far off the known dates may be.
  public let windowDays: Int
  /// Member ids, sorted.
  public let members: [String]
  /// Per member: (title, day) pairs, one per title (its first day).
  private let pairs: [[(title: String, day: Int64, event: String)]]
  /// Per title: (day, member index), sorted by day.
  private let watchers: [String: [(day: Int64, member: Int)]]

  /// Indexes a log.
  ///
  /// - Complexity: O(n log n) in the number of events.
  public init(log: EventLog, windowDays: Int = 14) {
    self.windowDays = windowDays
    var byMember: [String: [String: (day: Int64, event: String)]] = [:]
    for timeline in log.timelines {
      guard let profile = timeline.key.profile else { continue }
      for event in timeline.events {
        let title: String
        switch event.payload {
        case .playStart(let t, _, _, _), .rating(let t, _): title = t
        default: continue
        }
        let day = LocalTime(event.timestamp).day
        if byMember[profile]?[title] == nil { byMember[profile, default: [:]][title] = (day, event.id) }
      }
    }
    let members = byMember.keys.sorted()
    var pairs: [[(title: String, day: Int64, event: String)]] = []
    var watchers: [String: [(day: Int64, member: Int)]] = [:]
    for (index, member) in members.enumerated() {
      let list = byMember[member]!.map { (title: $0.key, day: $0.value.day, event: $0.value.event) }
        .sorted { $0.title < $1.title }
      pairs.append(list)
      for pair in list { watchers[pair.title, default: []].append((pair.day, index)) }
    }
    self.members = members
    self.pairs = pairs
    self.watchers = watchers.mapValues { $0.sorted { ($0.day, $0.member) < ($1.day, $1.member) } }
  }

  /// The members who touched a title within the window of a day.
  private func candidates(title: String, day: Int64) -> Set<Int> {
    guard let list = watchers[title] else { return [] }
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid].day < day - Int64(windowDays) { low = mid + 1 } else { high = mid }
    }
    var result = Set<Int>()
    var i = low
    while i < list.count && list[i].day <= day + Int64(windowDays) {
      result.insert(list[i].member)
      i += 1
    }
    return result
  }

  /// The uniqueness trait of one member: how many known (title, date) pairs
  /// single them out, with those events as evidence; `nil` for an unknown member.
  ///
  /// Score: the number of pairs needed (0 when never unique); confidence:
  /// 1 when unique, else 1 / (members left).
  /// - Complexity: O(p · c) for p pairs and c candidates per pair.
  public func trait(profile: String) -> InferredTrait? {
    guard let index = members.firstIndex(of: profile) else { return nil }
    let own = pairs[index].map { pair in (pair, candidates(title: pair.title, day: pair.day)) }
      .sorted { $0.1.count != $1.1.count ? $0.1.count < $1.1.count : $0.0.title < $1.0.title }
    var remaining = Set(members.indices)
    var used: [(title: String, day: Int64, event: String)] = []
    for (pair, set) in own where remaining.count > 1 {
      let next = remaining.intersection(set)
      guard next.count < remaining.count else { continue }
      remaining = next
      used.append(pair)
    }
    let unique = remaining.count == 1
    let evidence = used.enumerated().map { step, pair in
      Evidence(
        description: "watched \(pair.title) around day \(pair.day) (±\(windowDays) days)", title: pair.title,
        eventIDs: [pair.event], effect: Double(used.count - step))
    }
    return InferredTrait(
      .uniqueness, .uniqueness(used: used.count, of: pairs[index].count, sharedBy: unique ? nil : remaining.count),
      score: unique ? Double(used.count) : 0, confidence: unique ? 1 : 1 / Double(max(remaining.count, 1)),
      evidence: evidence)
  }
}
