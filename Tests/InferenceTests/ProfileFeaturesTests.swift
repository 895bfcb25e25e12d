import Events
import Inference
import LinearAlgebra
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("What the demographic classifier reads of a profile")
struct ProfileFeaturesTests {
  @Test("Rhythm, device and watched-title blocks, hand-computed")
  func handComputedRow() {
    var history = ProfileHistory()
    history.session(day: 0, hour: 16, ip: "192.0.2.1", device: "t1", type: .tablet)
    history.watch("c1", day: 0, hour: 16, minute: 30)  // Monday 16:30 local
    history.session(day: 5, hour: 9, ip: "192.0.2.1", device: "tv1", type: .tv)
    history.watch("c2", day: 5, hour: 9)  // Saturday 09:00
    history.watch("c1", day: 5, hour: 10, finish: false)  // Saturday 10:00
    let titles = ProfileHistory.catalog.titles.map(\.id.text)
    let space = ProfileFeatures(titles: titles, tasteWidth: 2)
    let row = space.row(taste: [0.5, -1], events: history.events)
    #expect(row.count == 2 + ProfileFeatures.behaviourWidth + titles.count)
    #expect(row[0] == 0.5 && row[1] == -1)
    let behaviour = Array(row[2..<(2 + ProfileFeatures.behaviourWidth)])
    // Three plays: 16:30 (block 5), 09:00 and 10:00 (block 3).
    let third: Float = 1.0 / 3
    #expect(behaviour[0..<8] == [0, 0, 0, 2 * third, 0, third, 0, 0])
    #expect(abs(behaviour[8] - 2 * third) < 1e-6)  // weekend share
    let tv = DeviceType.allCases.firstIndex(of: .tv)!
    let tablet = DeviceType.allCases.firstIndex(of: .tablet)!
    #expect(behaviour[9 + tv] == 0.5 && behaviour[9 + tablet] == 0.5)
    #expect(abs(behaviour[ProfileFeatures.behaviourWidth - 1] - log1pf(3)) < 1e-6)
    let watched = Array(row[(2 + ProfileFeatures.behaviourWidth)...])
    #expect(watched.reduce(0, +) == 2)
    #expect(watched[titles.firstIndex(of: "c1")!] == 1 && watched[titles.firstIndex(of: "c2")!] == 1)
  }

  @Test("A profile without events gives zeros, never NaN")
  func emptyProfile() {
    let space = ProfileFeatures(titles: ["a", "b"], tasteWidth: 3)
    let row = space.row(taste: [], events: [])
    #expect(row.count == 3 + ProfileFeatures.behaviourWidth + 2)
    #expect(row.allSatisfy { $0 == 0 })
  }

  @Test("Viewing hours alone tell children from adults")
  func rhythmsSeparateAgeBands() {
    // 40 labelled profiles: children watch after school, adults late; no
    // taste information at all. The classifier must learn from the rhythm
    // block and place new profiles accordingly.
    let titles = ProfileHistory.catalog.titles.map(\.id.text)
    let space = ProfileFeatures(titles: titles, tasteWidth: 1)
    func profile(_ id: String, hour: Int) -> [Float] {
      var history = ProfileHistory()
      history.profile = id
      for day in 0..<5 { history.watch(titles[(day + id.count) % titles.count], day: day, hour: hour) }
      return space.row(taste: [0], events: history.events)
    }
    var rows: [[Float]] = []
    var ids: [String] = []
    var held: [String: HeldDemographics] = [:]
    for i in 0..<40 {
      let child = i % 2 == 0
      let id = "p\(i)"
      rows.append(profile(id, hour: child ? 16 + i % 3 : 21 + i % 3))
      ids.append(id)
      held[id] = HeldDemographics(ageBand: child ? .under18 : .from35to44)
    }
    rows.append(profile("new-child", hour: 17))
    ids.append("new-child")
    rows.append(profile("new-adult", hour: 22))
    ids.append("new-adult")
    let matrix = DenseMatrix(rows: rows.count, columns: space.width, storage: rows.flatMap { $0 })
    let model = DemographicInference().train(
      features: matrix, profiles: ids, held: held, standardizedColumns: 1 + ProfileFeatures.behaviourWidth)
    let child = model.traits(profile: "new-child", taste: rows[40]).first { $0.name == "age band" }
    let adult = model.traits(profile: "new-adult", taste: rows[41]).first { $0.name == "age band" }
    #expect(child?.text == "under-18")
    #expect(adult?.text == "35-44")
    #expect((child?.confidence ?? 0) > 0.7 && (adult?.confidence ?? 0) > 0.7)
  }
}
