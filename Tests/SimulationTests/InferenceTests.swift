import Catalog
import Foundation
import Events
import Platform
import Population
import Scenarios
import Simulation
import Testing

@Suite("What the platform infers")
struct InferenceTests {
  @Test("A persona who only watches horror ends with Horror as the top inferred genre")
  func oneGenrePersona() throws {
    let platform = SimulationFixtures.result.platform
    let top = platform.topGenres(profile: "hana")
    #expect(top.first == .horror, "inferred \(top.prefix(5))")
  }

  @Test("A shared profile shows two session clusters by hour of day and device")
  func sharedProfileClusters() throws {
    let result = SimulationFixtures.result
    // From the log only: the family profile's sessions as (local hour, device).
    let starts: [(hour: Double, device: DeviceType, time: Int64)] = result.events.compactMap {
      guard $0.profile == "family", case .sessionStart(_, let device, _, _, _, _) = $0.payload
      else { return nil }
      let local = $0.timestamp.secondsSinceEpoch + Int64($0.timestamp.offsetMinutes) * 60
      return (Double(local % 86_400) / 3600, device, $0.timestamp.secondsSinceEpoch)
    }
    #expect(starts.count >= 10)
    // Two clusters by 2-means on (hour on a circle, device), from a
    // deterministic start: the first session and the one farthest from it.
    func point(_ s: (hour: Double, device: DeviceType, time: Int64)) -> [Double] {
      let angle = s.hour / 24 * 2 * Double.pi
      return [cos(angle), sin(angle), s.device == .tv ? 2 : 0, s.device == .tablet ? 2 : 0]
    }
    let points = starts.map(point)
    func distance(_ a: [Double], _ b: [Double]) -> Double {
      zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
    let far = points.indices.max { distance(points[0], points[$0]) < distance(points[0], points[$1]) } ?? 0
    var centres = [points[0], points[far]]
    var labels = [Int](repeating: 0, count: points.count)
    for _ in 0..<20 {
      labels = points.map { p in
        let d = centres.map { c in zip(p, c).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        return d[0] <= d[1] ? 0 : 1
      }
      for k in 0..<2 {
        let members = points.indices.filter { labels[$0] == k }
        guard !members.isEmpty else { continue }
        centres[k] = (0..<4).map { f in members.reduce(0) { $0 + points[$1][f] } / Double(members.count) }
      }
    }
    #expect(Set(labels).count == 2)
    // Against the hidden truth: each cluster is one person.
    let truth = Dictionary(
      result.sessions.filter { $0.profile == "family" }.map {
        ($0.start.secondsSinceEpoch, result.population.members[$0.member].id)
      }, uniquingKeysWith: { a, _ in a })
    let people = starts.map { truth[$0.time] ?? "?" }
    var agree = 0
    for k in 0..<2 {
      let cluster = people.indices.filter { labels[$0] == k }.map { people[$0] }
      let majority = Set(cluster).map { who in cluster.filter { $0 == who }.count }.max() ?? 0
      agree += majority
    }
    let purity = Double(agree) / Double(people.count)
    #expect(purity >= 0.9, "purity \(purity)")
    #expect(Set(people).isSuperset(of: ["sam", "jo"]))
  }
}
