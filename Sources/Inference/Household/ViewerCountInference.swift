import Events
import Foundation
import LinearAlgebra
import Support

/// How many distinct people use a profile, from when and on what device its
/// sessions start — the platform's view of a shared profile.
///
/// Each session start becomes a point: its local hour on the 24-hour circle
/// (cos, sin) and a one-hot of its device, weighted ``deviceWeight``. Two
/// groups are found with 2-means (deterministic start: the session farthest
/// from the first). The profile is read as two viewers when the smaller
/// group holds at least ``minimumShare`` of the sessions (and at least
/// ``minimumSessions``), and the groups differ both in their usual device
/// and in their typical hour by at least ``minimumHourGap`` hours — or by
/// twice that on the same device — and, when the titles' genres are known,
/// the two groups watch different things: the total-variation distance of
/// their genre mixes is at least ``minimumTasteDistance`` and larger than
/// chance would make it (a permutation test: the distance exceeds all but
/// ``significance`` of the distances between random splits of the same
/// sessions into groups of the same sizes). Small samples of one person's
/// viewing differ a lot by chance; the test makes the threshold grow as the
/// groups shrink. Otherwise one viewer: one person's weekday evenings and
/// weekend afternoons, on two devices, are not a second viewer.
public struct ViewerCountInference: Sendable {
  /// Weight of the device one-hot against the hour circle.
  public var deviceWeight: Double = 0.5
  /// Smallest share of sessions the second viewer must account for.
  public var minimumShare: Double = 0.2
  /// Fewest sessions of the second viewer.
  public var minimumSessions: Int = 3
  /// Hours between the two groups' typical start times.
  public var minimumHourGap: Double = 3

  /// Smallest difference between the two groups' genre mixes (0…1).
  public var minimumTasteDistance: Double = 0.3
  /// Largest share of random splits allowed to differ as much in taste as
  /// the two groups do (the permutation test's p-value threshold).
  public var significance: Double = 0.05
  /// Random splits drawn by the permutation test.
  public var permutations: Int = 200
  /// The genres of a title id, when the catalog is at hand.
  public var genres: (@Sendable (String) -> [String])?

  /// Creates the inference with the documented thresholds.
  ///
  /// - Parameter genres: the genres of a title id; with it, the two groups
  ///   must also differ in what they watch.
  public init(genres: (@Sendable (String) -> [String])? = nil) {
    self.genres = genres
  }

  /// One session start as the platform logged it.
  struct Session {
    let event: Event
    let hour: Double
    let device: String
    var titles: [String] = []
  }

  /// The inferred number of viewers, with the minority group's sessions as
  /// evidence.
  public func infer(events: [Event]) -> InferredTrait {
    var sessions: [Session] = []
    for event in events {
      switch event.payload {
      case .sessionStart:
        if let session = Self.session(event) { sessions.append(session) }
      case .playStart(let title, _, _, _):
        if !sessions.isEmpty { sessions[sessions.count - 1].titles.append(title) }
      default:
        break
      }
    }
    let single = InferredTrait(
      .viewers, .count(1), score: 1,
      // Most profiles have one viewer; with many sessions and no second
      // group found, the platform can be fairly sure (in the bundled
      // scenarios' crowds "1" was right for about 97% of profiles).
      confidence: sessions.count >= 20 ? 0.95 : (sessions.count >= 10 ? 0.9 : 0.7),
      evidence: [])
    guard sessions.count >= 2 * minimumSessions else { return single }
    let devices = Array(Set(sessions.map(\.device))).sorted()
    let points: [[Double]] = sessions.map { s in
      let angle = s.hour / 24 * 2 * Double.pi
      return [cos(angle), sin(angle)] + devices.map { $0 == s.device ? deviceWeight : 0 }
    }
    let assignment = Self.twoMeans(points)
    let groups = [0, 1].map { g in sessions.indices.filter { assignment[$0] == g }.map { sessions[$0] } }
    let minority = groups[0].count <= groups[1].count ? 0 : 1
    let small = groups[minority], large = groups[1 - minority]
    guard small.count >= minimumSessions, Double(small.count) / Double(sessions.count) >= minimumShare else {
      return single
    }
    let gap = Self.circularGap(Self.meanHour(small), Self.meanHour(large))
    let differentDevices = Self.usualDevice(small) != Self.usualDevice(large)
    let required = differentDevices ? minimumHourGap : 2 * minimumHourGap
    guard gap >= required else { return single }
    if let genres {
      let observed = Self.tasteDistance(small, large, genres: genres)
      guard observed >= minimumTasteDistance,
        Self.chanceOfDistance(observed, sessions: small + large, firstGroup: small.count, genres: genres,
                              permutations: permutations, stopAbove: significance) <= significance
      else { return single }
    }
    let describe = { (group: [Session]) in Self.group(group)?.description ?? "" }
    return InferredTrait(
      .viewers, .count(2), score: gap,
      confidence: min(0.95, 0.5 + 0.5 * min(1, (gap - required) / 6 + Double(small.count) / Double(sessions.count))),
      evidence: [
        Evidence(description: describe(small), title: nil, eventIDs: small.map(\.event.id), effect: gap),
        Evidence(description: describe(large), title: nil, eventIDs: large.map(\.event.id), effect: 0),
      ])
  }

  /// Lloyd's 2-means, started from the first point and the point farthest
  /// from it; 50 rounds at most.
  static func twoMeans(_ points: [[Double]]) -> [Int] {
    func distance(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
    var centers = [points[0], points.max { distance($0, points[0]) < distance($1, points[0]) }!]
    var assignment = [Int](repeating: 0, count: points.count)
    for _ in 0..<50 {
      let next = points.map { distance($0, centers[0]) <= distance($0, centers[1]) ? 0 : 1 }
      if next == assignment && centers.count == 2 { break }
      assignment = next
      for g in 0..<2 {
        let members = points.indices.filter { assignment[$0] == g }
        guard !members.isEmpty else { continue }
        centers[g] = (0..<points[0].count).map { d in members.reduce(0) { $0 + points[$1][d] } / Double(members.count) }
      }
    }
    return assignment
  }

  /// Total-variation distance between two groups' genre mixes (1 when
  /// either played nothing: no evidence against two viewers).
  static func tasteDistance(_ a: [Session], _ b: [Session], genres: (String) -> [String]) -> Double {
    var mixes = GenreMixes(a + b, genres: genres)
    return mixes.distance(Array(0..<(a.count + b.count)), firstGroup: a.count)
  }

  /// Sessions' genre counts, for the total-variation distance between the
  /// genre mixes of two groups of them: the observed split's and, in the
  /// permutation test, many random splits' (the counts are made once).
  struct GenreMixes {
    /// Per session, its genre slots and how many of its titles' genres fall in each.
    private let counts: [[(slot: Int, count: Double)]]
    private var first: [Double]
    private var second: [Double]

    init(_ sessions: [Session], genres: (String) -> [String]) {
      var slots: [String: Int] = [:]
      var counts: [[(slot: Int, count: Double)]] = []
      for session in sessions {
        var own: [Int: Double] = [:]
        for title in session.titles {
          for genre in genres(title) {
            let slot = slots[genre] ?? slots.count
            slots[genre] = slot
            own[slot, default: 0] += 1
          }
        }
        counts.append(own.sorted { $0.key < $1.key }.map { (slot: $0.key, count: $0.value) })
      }
      self.counts = counts
      first = [Double](repeating: 0, count: slots.count)
      second = first
    }

    /// The distance between the sessions `order[..<firstGroup]` and the
    /// rest (1 when either group played nothing).
    mutating func distance(_ order: [Int], firstGroup: Int) -> Double {
      for g in first.indices {
        first[g] = 0
        second[g] = 0
      }
      var firstTotal = 0.0, secondTotal = 0.0
      for (position, index) in order.enumerated() {
        for entry in counts[index] {
          if position < firstGroup {
            first[entry.slot] += entry.count
            firstTotal += entry.count
          } else {
            second[entry.slot] += entry.count
            secondTotal += entry.count
          }
        }
      }
      guard firstTotal > 0, secondTotal > 0 else { return 1 }
      var sum = 0.0
      for g in first.indices { sum += abs(first[g] / firstTotal - second[g] / secondTotal) }
      return sum / 2
    }
  }

  /// The share of random splits of `sessions` into groups of `firstGroup`
  /// and the rest whose genre mixes are at least `observed` apart (with the
  /// observed split counted once, so never 0). Deterministic: the splits
  /// are seeded by the number of sessions.
  ///
  /// Once so many splits have come out as far apart that the share must end
  /// above `stopAbove` whatever the rest do, it stops and returns the share
  /// so far (a lower bound of the full test's, above `stopAbove`): the
  /// decision `≤ stopAbove` is the same as after every split (Besag and
  /// Clifford's sequential Monte Carlo test), and a profile with one viewer
  /// is dismissed after a few dozen splits instead of all of them.
  static func chanceOfDistance(
    _ observed: Double, sessions: [Session], firstGroup: Int, genres: (String) -> [String], permutations: Int,
    stopAbove: Double = 1
  ) -> Double {
    var mixes = GenreMixes(sessions, genres: genres)
    var random = SeededGenerator(seed: 0x7669_6577 &+ UInt64(sessions.count))
    var order = Array(sessions.indices)
    var asLarge = 1
    let draws = max(0, permutations)
    for _ in 0..<draws {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, Int(random.next() % UInt64(i + 1)))
      }
      if mixes.distance(order, firstGroup: firstGroup) >= observed - 1e-12 { asLarge += 1 }
      if Double(asLarge) / Double(draws + 1) > stopAbove { break }
    }
    return Double(asLarge) / Double(draws + 1)
  }

  static func meanHour(_ group: [Session]) -> Double {
    let x = group.reduce(0.0) { $0 + cos($1.hour / 24 * 2 * .pi) }
    let y = group.reduce(0.0) { $0 + sin($1.hour / 24 * 2 * .pi) }
    let angle = atan2(y, x)
    return (angle < 0 ? angle + 2 * .pi : angle) / (2 * .pi) * 24
  }

  static func circularGap(_ a: Double, _ b: Double) -> Double {
    let d = abs(a - b).truncatingRemainder(dividingBy: 24)
    return min(d, 24 - d)
  }

  static func usualDevice(_ group: [Session]) -> String {
    let counts = Dictionary(group.map { ($0.device, 1) }, uniquingKeysWith: +)
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "?"
  }

  static func clock(_ hour: Double) -> String {
    let minutes = Int((hour * 60).rounded()) % 1_440
    return String(format: "%02d:%02d", minutes / 60, minutes % 60)
  }
}
