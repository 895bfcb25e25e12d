import Events

/// Finds the events that gave an inference away by taking them out: the
/// events are grouped (per title, per day, per session), the inference is
/// recomputed without each group in turn, and the groups are ranked by how
/// much the score falls.
///
/// This is the leave-one-out attribution of influence analysis (Cook's
/// distance for a single group of observations), exact for any inference
/// because it reruns it rather than approximating it.
public struct CounterfactualEvidence: Sendable {
  /// How many pieces of evidence to keep.
  public var limit: Int
  /// The smallest effect worth reporting.
  public var minimumEffect: Double

  /// Creates a search.
  public init(limit: Int = 5, minimumEffect: Double = 1e-9) {
    self.limit = limit
    self.minimumEffect = minimumEffect
  }

  /// Ranks groups of `events` by the drop in `score` without them.
  ///
  /// - Parameters:
  ///   - events: the events the inference read.
  ///   - group: a group key per event, or `nil` for events never taken out.
  ///   - describe: the words for a group, from its key and events.
  ///   - title: the title a group concerns, if any.
  ///   - score: the inference's score on a list of events.
  /// - Complexity: O(groups × cost of `score`).
  public func rank(
    _ events: [Event], group: (Event) -> String?, describe: (String, [Event]) -> String,
    title: (String, [Event]) -> String? = { _, _ in nil }, score: ([Event]) -> Double
  ) -> [Evidence] {
    let full = score(events)
    var members: [String: [Int]] = [:]
    var order: [String] = []
    for (index, event) in events.enumerated() {
      guard let key = group(event) else { continue }
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(index)
    }
    var found: [Evidence] = []
    for key in order {
      let removed = Set(members[key]!)
      let remaining = events.indices.filter { !removed.contains($0) }.map { events[$0] }
      let effect = full - score(remaining)
      guard effect > minimumEffect else { continue }
      let groupEvents = members[key]!.map { events[$0] }
      found.append(Evidence(
        description: describe(key, groupEvents), title: title(key, groupEvents),
        eventIDs: groupEvents.map(\.id), effect: effect))
    }
    found.sort { $0.effect != $1.effect ? $0.effect > $1.effect : $0.description < $1.description }
    return Array(found.prefix(limit))
  }
}
