import Events
import TestSupport
import Testing

@testable import Inference

/// The typed parts of a viewer's description, from which a reader's text
/// names the device instead of showing its id.
@Suite("A group of sessions: how many, around what hour, mostly on which device")
struct ViewerSessionGroupTests {
  @Test("the mean hour goes round midnight; the usual device is the most frequent; the words name it")
  func group() throws {
    var history = ProfileHistory()
    history.session(day: 0, hour: 23, ip: "192.0.2.1", device: "tv1", type: .tv)
    history.watch("d1", day: 0, hour: 23)
    history.session(day: 1, hour: 1, ip: "192.0.2.1", device: "tv1", type: .tv)
    history.session(day: 2, hour: 0, ip: "192.0.2.1", device: "ph1", type: .phone)
    let group = try #require(ViewerCountInference.group(of: history.events))
    #expect(group.sessions == 3)
    // 23:00, 01:00 and 00:00 on the circle average to midnight, not 08:00.
    #expect(group.clock == "00:00")
    #expect(group.device == "tv1" && group.deviceType == .tv)
    #expect(group.description == "3 sessions around 00:00 mostly on tv1 (tv)")
    #expect(group.description { $0 == "tv1" ? "the TV (Tizen 8)" : $0 } == "3 sessions around 00:00 mostly on the TV (Tizen 8)")
    #expect(ViewerCountInference.group(of: []) == nil)
  }

  @Test("the viewer evidence is the group's description")
  func evidence() throws {
    let history = ProfileHistory.adultAndChild()
    let trait = ViewerCountInference(genres: ViewerCountInferenceTests.genres).infer(events: history.events)
    try #require(trait.evidence.count == 2)
    for evidence in trait.evidence {
      let ids = Set(evidence.eventIDs)
      let group = try #require(ViewerCountInference.group(of: history.events.filter { ids.contains($0.id) }))
      #expect(evidence.description == group.description)
      #expect(group.sessions == evidence.eventIDs.count)
    }
  }
}
