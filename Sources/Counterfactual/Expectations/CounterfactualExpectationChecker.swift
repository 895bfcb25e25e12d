import Assessment
import Catalog
import Events
import Foundation
import Inference
import Scenarios

/// Checks a scenario's counterfactual expectations on a finished run: an
/// `infer` or `top_genres` expectation with `after_plays` on the subject's
/// log cut after that many plays, and a `reveals` expectation by taking the
/// filtered events away and rerunning every inference (what `glasshouse
/// whatif` does).
public struct CounterfactualExpectationChecker: Sendable {
  /// The platform at the end of the run.
  public let state: PlatformState
  /// The profile each persona watches on (its first).
  public let profileOfPersona: [String: String]

  /// A checker over a run's platform.
  public init(state: PlatformState, profileOfPersona: [String: String]) {
    self.state = state
    self.profileOfPersona = profileOfPersona
  }

  /// Every `reveals` filter that does not parse against the catalog, so a
  /// run can stop before simulating anything.
  public static func problems(in scenario: Scenario, catalog: Catalog) -> [CounterfactualExpectationError] {
    scenario.counterfactualExpectations.compactMap { expectation in
      guard case .reveals(_, let filter, _, _) = expectation.check else { return nil }
      do throws(EventFilterError) {
        _ = try EventFilter(parsing: filter, catalog: catalog)
        return nil
      } catch {
        return .badFilter(
          location: expectation.filterLocation ?? expectation.location, filter: filter, reason: error.description)
      }
    }
  }

  /// The outcome of one expectation.
  ///
  /// - Complexity: one or two ``PlatformState/view(profile:events:count:reasons:at:)``.
  public func check(_ expectation: CounterfactualExpectation) -> ExpectationOutcome {
    let location = expectation.location.description
    switch expectation.check {
    case .afterPlays(let plays, let check):
      return afterPlays(plays, check, location: location)
    case .reveals(let subject, let text, let claim, let revealed):
      return reveals(subject: subject, filter: text, claim: claim, revealed: revealed, location: location)
    }
  }

  private func profile(of subject: Expectation.Subject) -> (name: String, profile: String) {
    switch subject {
    case .persona(let id): return (id, profileOfPersona[id] ?? id)
    case .profile(let id): return (id, id)
    }
  }

  // MARK: After plays

  private func afterPlays(_ plays: Int, _ check: Expectation.Check, location: String) -> ExpectationOutcome {
    let after = "after \(plays) play\(plays == 1 ? "" : "s")"
    let statement: String
    let subject: Expectation.Subject
    switch check {
    case .inferredTrait(let who, let trait, let value, let minimum):
      statement = "\(after), the platform infers \(self.profile(of: who).name)'s \(trait.rawValue.replacingOccurrences(of: "_", with: " ")) "
        + "is \(value) with p ≥ \(minimum)"
      subject = who
    case .topGenres(let who, let genre, let included, let within):
      statement = "\(after), \(genre.name) is \(included ? "" : "not ")in \(self.profile(of: who).name)'s top \(within) genres"
      subject = who
    default:
      return ExpectationOutcome(
        location: location, statement: "\(after): \(check)", passed: false,
        found: "only infer and top_genres can be checked after some plays")
    }
    let (name, profile) = self.profile(of: subject)
    let events = state.events(profile: profile)
    guard PlayCheckpoint.cut(events, afterPlays: plays) != nil else {
      return ExpectationOutcome(
        location: location, statement: statement, passed: false,
        found: "\(name) played only \(PlayCheckpoint.plays(in: events)) times")
    }
    let point = state.checkpoint(profile: profile, afterPlays: plays)
    switch check {
    case .inferredTrait(_, let trait, let value, let minimum):
      let kind: TraitKind =
        switch trait {
        case .ageBand: .ageBand
        case .gender: .gender
        case .region: .homeRegion
        case .timeZone: .timeZone
        case .devices: .devices
        case .activeHours: .activeHours
        case .weekdayWeekend: .weekdayWeekend
        case .bingePropensity: .bingePropensity
        }
      guard let found = point.traits.first(where: { $0.kind == kind }) else {
        return ExpectationOutcome(
          location: location, statement: statement, passed: false,
          found: "the platform could not infer it from \(point.events) events")
      }
      let passed = found.value.matches(value) && found.confidence >= minimum
      return ExpectationOutcome(
        location: location, statement: statement, passed: passed,
        found: "inferred \(found.text) with p = \(String(format: "%.2f", found.confidence)) from \(point.events) events")
    case .topGenres(_, let genre, let included, let within):
      let top = Array(point.topGenres.prefix(within))
      return ExpectationOutcome(
        location: location, statement: statement, passed: top.contains(genre.name) == included,
        found: "top \(within) from \(point.events) events: " + (top.isEmpty ? "none" : top.joined(separator: ", ")))
    default:
      return ExpectationOutcome(location: location, statement: statement, passed: false, found: "not checkable")
    }
  }

  // MARK: Reveals

  private func reveals(
    subject: Expectation.Subject, filter text: String, claim: RevealedClaim, revealed: Bool, location: String
  ) -> ExpectationOutcome {
    let (name, profile) = self.profile(of: subject)
    let claimText = Self.describe(claim)
    let statement =
      revealed
      ? "\(name)'s events matching `\(text)` give away that \(claimText)"
      : "without \(name)'s events matching `\(text)`, the platform still concludes that \(claimText)"
    let filter: EventFilter
    do throws(EventFilterError) {
      filter = try EventFilter(parsing: text, catalog: state.catalog)
    } catch {
      return ExpectationOutcome(location: location, statement: statement, passed: false, found: error.description)
    }
    let events = state.events(profile: profile)
    let matched = filter.matches(events, catalog: state.catalog)
    let removed = matched.filter { $0 }.count
    guard removed > 0 else {
      return ExpectationOutcome(
        location: location, statement: statement, passed: false,
        found: "the filter matches none of \(name)'s \(events.count) events")
    }
    let kept = zip(events, matched).filter { !$0.1 }.map(\.0)
    let before = state.view(profile: profile, events: events, count: 0, reasons: 0)
    let after = state.view(profile: profile, events: kept, count: 0, reasons: 0)
    let (withThem, shownBefore) = Self.holds(claim, in: before)
    let (withoutThem, shownAfter) = Self.holds(claim, in: after)
    let passed = withThem && (revealed ? !withoutThem : withoutThem)
    return ExpectationOutcome(
      location: location, statement: statement, passed: passed,
      found: "with all \(events.count) events: \(shownBefore); without the \(removed) matched: \(shownAfter)")
  }

  /// A claim in words.
  static func describe(_ claim: RevealedClaim) -> String {
    switch claim {
    case .trait(let name, let equals, let minimum):
      return "\(name) is " + (equals ?? "known") + " (confidence ≥ \(minimum))"
    case .topGenre(let genre, let within):
      return "\(genre.name) is among the top \(within) genres"
    case .segment(let text):
      return "the advertising segment '\(text)' applies"
    }
  }

  /// Whether a claim holds in a view, and what the view shows for it.
  static func holds(_ claim: RevealedClaim, in view: ProfileView) -> (Bool, String) {
    switch claim {
    case .trait(let name, let equals, let minimum):
      // The scenario's trait names are the kinds' names (RevealedClaim.traitNames).
      let kind = TraitKind(rawValue: name)
      let found = view.traits.filter { $0.kind == kind }
      let shown =
        found.isEmpty
        ? "no \(name)"
        : found.map { "\($0.text) (\(String(format: "%.2f", $0.confidence)))" }.joined(separator: "; ")
      let holds = found.contains { trait in
        trait.confidence >= minimum && (equals.map { trait.value.matches($0) } ?? true)
      }
      return (holds, "\(name) " + shown)
    case .topGenre(let genre, let within):
      let top = Array(view.topGenres.prefix(within))
      return (top.contains(genre.name), "top \(within) " + (top.isEmpty ? "none" : top.joined(separator: ", ")))
    case .segment(let text):
      let segments = AdvertisingSegments().segments(from: view.traits).map(\.name)
      let hits = segments.filter { $0.lowercased().hasSuffix(text.lowercased()) }
      return (!hits.isEmpty, hits.isEmpty ? "no segment ending '\(text)'" : hits.joined(separator: "; "))
    }
  }
}
