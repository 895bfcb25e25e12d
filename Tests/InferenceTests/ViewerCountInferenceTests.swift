import Events
import LinearAlgebra
import TestSupport
import Testing

@testable import Inference

@Suite("How many people use a profile")
struct ViewerCountInferenceTests {
  static let genres: @Sendable (String) -> [String] = { id in
    ProfileHistory.catalog.titles.first { $0.id.text == id }?.genres.map(\.name) ?? []
  }

  @Test("An adult's late dramas on the TV and a child's after-school cartoons on a tablet are two viewers")
  func twoViewers() {
    let history = ProfileHistory.adultAndChild()
    let trait = ViewerCountInference(genres: Self.genres).infer(events: history.events)
    #expect(trait.text == "2")
    #expect(trait.evidence.count == 2)
  }

  @Test("One person's weekend afternoons on a phone are not a second viewer when the difference in taste is chance")
  func chanceDifferenceIsOneViewer() {
    // Weekday evenings on the TV: 8 horror, 8 drama. Weekend afternoons on
    // the phone: 4 horror. The mixes differ by 0.5 (total variation), above
    // the 0.3 threshold, but 4 sessions drawn at random from these 20 are
    // all horror or all drama about 12% of the time: not significant.
    var history = ProfileHistory()
    var day = 0
    var weekday = 0
    var weekend = 0
    while weekday < 16 || weekend < 4 {
      let isWeekend = day % 7 >= 5
      if isWeekend, weekend < 4 {
        history.session(day: day, hour: 15, ip: "192.0.2.1", device: "ph1", type: .phone)
        history.watch(["h1", "h2", "h3", "h4"][weekend], day: day, hour: 15)
        weekend += 1
      } else if !isWeekend, weekday < 16 {
        history.session(day: day, hour: 21, ip: "192.0.2.1", device: "tv1", type: .tv)
        history.watch(weekday % 2 == 0 ? ["h1", "h2", "h3", "h4", "h5", "h6"][weekday / 2 % 6] : ["d1", "d2", "d3", "d4"][weekday / 2 % 4],
                      day: day, hour: 21)
        weekday += 1
      }
      day += 1
    }
    var strict = ViewerCountInference(genres: Self.genres)
    #expect(strict.infer(events: history.events).text == "1")
    // Without the permutation test (any split counts as significant) the
    // fixed threshold alone would call it two viewers.
    strict.significance = 1
    #expect(strict.infer(events: history.events).text == "2")
  }

  @Test("Too few sessions are one viewer")
  func fewSessions() {
    var history = ProfileHistory()
    history.session(day: 0, hour: 21, ip: "192.0.2.1", device: "tv1", type: .tv)
    history.watch("d1", day: 0, hour: 21)
    history.session(day: 1, hour: 16, ip: "192.0.2.1", device: "tab1", type: .tablet)
    history.watch("c1", day: 1, hour: 16)
    #expect(ViewerCountInference(genres: Self.genres).infer(events: history.events).text == "1")
  }

  @Test("The permutation test stops early only once its answer is settled: same decisions as all 200 splits")
  func sequentialStop() {
    var history = ProfileHistory()
    history.session(day: 0, hour: 20, ip: "192.0.2.7", device: "tv-1", type: .tv)
    let event = history.events[0]
    let titles = ProfileHistory.catalog.titles.map(\.id.text)
    var random = SeededGenerator(seed: 4)
    var significant = 0
    for trial in 0..<24 {
      // Even trials: the first 8 sessions watch titles 0-4, the rest 10-14
      // (different genres); odd trials: every session watches at random.
      let sessions = (0..<24).map { i -> ViewerCountInference.Session in
        let pick = Int(random.next() % 5)
        let title = trial % 2 == 0 ? titles[(i < 8 ? 0 : 10) + pick] : titles[Int(random.next() % 20)]
        return ViewerCountInference.Session(event: event, hour: 20, device: "tv", titles: [title])
      }
      let observed = ViewerCountInference.tasteDistance(
        Array(sessions[..<8]), Array(sessions[8...]), genres: Self.genres)
      let full = ViewerCountInference.chanceOfDistance(
        observed, sessions: sessions, firstGroup: 8, genres: Self.genres, permutations: 200)
      let early = ViewerCountInference.chanceOfDistance(
        observed, sessions: sessions, firstGroup: 8, genres: Self.genres, permutations: 200, stopAbove: 0.05)
      #expect((full <= 0.05) == (early <= 0.05))
      #expect(early <= full + 1e-12)
      if full <= 0.05 {
        significant += 1
        #expect(early == full)
      }
    }
    // Both kinds of case occurred.
    #expect(significant >= 6 && significant <= 18)
  }
}
