import Assessment
import Catalog
import Events
import Foundation
import Inference
import Scenarios
import Testing

@testable import Counterfactual

/// `reveals` and `after_plays` expectations checked on a short
/// binge-watcher run (alex is the horror fan), and held labels taken away
/// with their source events.
@Suite("Counterfactual expectations")
struct CounterfactualExpectationTests {
  static var state: PlatformState { CounterfactualComparisonTests.state }
  static let checker = CounterfactualExpectationChecker(state: state, profileOfPersona: ["alex": "alex"])
  static let here = SourceLocation(path: "s.yaml", line: 3, column: 5)

  static func reveals(_ filter: String, _ claim: RevealedClaim, revealed: Bool = true) -> ExpectationOutcome {
    checker.check(
      CounterfactualExpectation(
        check: .reveals(subject: .persona("alex"), filter: filter, claim: claim, revealed: revealed), location: here))
  }

  @Test("taking away alex's horror plays and ratings reveals Horror; what she was shown does not")
  func revealsHorror() throws {
    let horror = RevealedClaim.topGenre(Genre("Horror"), within: 5)
    let plays = Self.reveals("genre=Horror,type=playback|rating", horror)
    #expect(plays.passed, "\(plays.found)")
    #expect(plays.location == "s.yaml:3:5")
    // The impressions she was shown are not what gives Horror away: the
    // expectation must fail…
    let shown = Self.reveals("type=impression", horror)
    #expect(!shown.passed)
    #expect(shown.found.contains("without the"))
    // …and holds when written as "the platform knows it anyway".
    #expect(Self.reveals("type=impression", horror, revealed: false).passed)
  }

  @Test("a filter that matches nothing fails, naming the profile's events")
  func matchesNothing() throws {
    let outcome = Self.reveals("after=2100-01-01", .trait(name: "devices", equals: nil, minimumConfidence: 0.5))
    #expect(!outcome.passed)
    #expect(outcome.found.hasPrefix("the filter matches none of alex's"))
  }

  @Test("after_plays checks the cut log and fails when there were fewer plays")
  func afterPlays() throws {
    let plays = PlayCheckpoint.plays(in: Self.state.events(profile: "alex"))
    #expect(plays > 3)
    let check = Expectation.Check.topGenres(subject: .persona("alex"), genre: Genre("Horror"), included: true, within: 100)
    let first = Self.checker.check(CounterfactualExpectation(check: .afterPlays(plays: 1, check: check), location: Self.here))
    let point = Self.state.checkpoint(profile: "alex", afterPlays: 1)
    #expect(point.reached)
    #expect(first.passed == point.topGenres.contains("Horror"))
    #expect(first.found.contains("from \(point.events) events"))
    let tooMany = Self.checker.check(
      CounterfactualExpectation(check: .afterPlays(plays: plays + 1, check: check), location: Self.here))
    #expect(!tooMany.passed)
    #expect(tooMany.found == "alex played only \(plays) times")
  }

  @Test("a data broker's label goes with the broker's record")
  func heldLabels() throws {
    let state = Self.state
    let labelled = state.profiles.filter { profile in
      state.events(profile: profile).contains { $0.type == .partnerRecord }
    }
    try #require(!labelled.isEmpty)
    var withdrawn = 0
    for profile in labelled.prefix(5) {
      let events = state.events(profile: profile)
      let partner = Set(events.filter { $0.source == .partner }.map(\.id))
      let before = state.profiler.traits(profile: profile, events: events).first { $0.name == "age band" }
      #expect(before?.confidence == 1)
      let after = state.profiler.traits(profile: profile, events: events.filter { !partner.contains($0.id) })
        .first { $0.name == "age band" }
      // Without the record the label is gone (or comes from a date of birth).
      #expect(after?.evidence.allSatisfy { $0.eventIDs.allSatisfy { !partner.contains($0) } } ?? true)
      if (after?.confidence ?? 0) < 1 { withdrawn += 1 }
    }
    #expect(withdrawn > 0)
  }

  @Test("every trait a reveals expectation may name is a kind the belief model infers")
  func revealedNamesAreKinds() {
    let unknown = RevealedClaim.traitNames.values.filter { TraitKind(rawValue: $0) == nil }
    #expect(unknown.isEmpty, "not trait kinds: \(unknown.sorted())")
  }
}
