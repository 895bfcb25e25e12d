import Events
import Inference
import TestSupport
import Testing

@Suite("Who lives behind an account")
struct HouseholdInferenceTests {
  static let household = HouseholdInference(viewers: ViewerCountInference(genres: ViewerCountInferenceTests.genres))

  /// A profile of evening dramas on the TV.
  static func adult(_ id: String, days: Int = 12) -> ProfileHistory {
    var history = ProfileHistory()
    history.profile = id
    for day in 0..<days {
      history.session(day: day, hour: 21, ip: "192.0.2.1", device: "tv1", type: .tv)
      history.watch(["d1", "d2", "d3", "d4", "h1"][day % 5], day: day, hour: 21)
    }
    return history
  }

  @Test("an adult's profile and a tablet profile of cartoons: two people, children present, from the cartoons")
  func childFromTitles() {
    let parent = Self.adult("parent")
    var child = ProfileHistory()
    child.profile = "tablet"
    for day in 0..<8 {
      child.session(day: day, hour: 16, ip: "192.0.2.1", device: "tab1", type: .tablet)
      // 7 of 8 plays are children's titles.
      child.watch(day == 3 ? "m1" : ["c1", "c2", "c3", "c4", "c5", "c6"][day % 6], day: day, hour: 16)
    }
    let views = [
      Self.household.view(profile: "parent", events: parent.events),
      Self.household.view(profile: "tablet", events: child.events),
    ]
    #expect(views[1].viewerPlays.map(\.plays) == [8] && views[1].viewerPlays.map(\.childPlays) == [7])
    let traits = Self.household.infer(views: views)
    let people = traits.first { $0.name == "people in the account" }
    #expect(people?.text == "2")
    // Both profiles are read as one viewer: 12 sessions (0.9) and 8 (0.7).
    #expect(people.map { abs($0.confidence - 0.9 * 0.7) < 1e-12 } == true)
    let children = traits.first { $0.name == "children" }
    #expect(children?.text == "present")
    // Share 7/8 = 0.875: 0.6 + 0.3 · (0.875 − 0.6) / 0.4 = 0.80625.
    #expect(abs((children?.confidence ?? 0) - 0.80625) < 1e-9)
    #expect(children?.evidence.first?.eventIDs.count == 7)
  }

  @Test("a kids' profile says so outright; a single adult is one person and no children seen")
  func settingsAndAlone() {
    var kids = ProfileHistory()
    kids.profile = "kids"
    kids.add(day: 0, second: 3600, .profileSettings(profileName: "Kids", kids: true, language: "en", maturity: .olderKids))
    kids.session(day: 0, hour: 17, ip: "192.0.2.1", device: "tab1", type: .tablet)
    kids.watch("d1", day: 0, hour: 17)
    let withKids = Self.household.infer(views: [
      Self.household.view(profile: "adult", events: Self.adult("adult").events),
      Self.household.view(profile: "kids", events: kids.events),
    ])
    #expect(withKids.first { $0.name == "children" }.map { ($0.text, $0.confidence) } ?? ("", 0) == ("present", 0.95))
    #expect(withKids.first { $0.name == "children" }?.evidence.first?.eventIDs == ["e1"])

    let alone = Self.household.infer(views: [Self.household.view(profile: "adult", events: Self.adult("adult").events)])
    #expect(alone.map(\.text) == ["1", "none seen"])
    #expect(alone.map(\.confidence) == [0.9, 0.9])
  }

  @Test("a profile shared by an adult and a child: two viewers, the child found among them; no events: nothing known")
  func sharedProfile() {
    let history = ProfileHistory.adultAndChild()
    let view = Self.household.view(profile: "p1", events: history.events)
    #expect(view.viewers.text == "2")
    #expect(view.viewerPlays.map(\.plays) == [12, 12])
    #expect(view.viewerPlays.map(\.childPlays).sorted() == [0, 12])
    let traits = Self.household.infer(views: [view])
    #expect(traits.map(\.text) == ["2", "present"])

    let empty = Self.household.infer(views: [Self.household.view(profile: "p2", events: [])])
    #expect(empty.map(\.text) == ["0", "none seen"])
    #expect(empty.map(\.confidence) == [0, 0])
  }
}
