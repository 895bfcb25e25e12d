import Beliefs
import Catalog
import Inference
import Scenarios

/// Checks a scenario's expectations against the persona reports.
enum ExpectationChecker {
  static func check(_ expectation: Expectation, beliefs: PlatformBeliefs, reports: [String: PersonaReport]) -> ExpectationOutcome {
    let location = expectation.location.description
    func subjectProfile(_ subject: Expectation.Subject) -> (name: String, profile: String)? {
      switch subject {
      case .persona(let id): return reports[id].map { (id, $0.profile) }
      case .profile(let id): return (id, id)
      }
    }
    func outcome(_ statement: String, _ passed: Bool, _ found: String) -> ExpectationOutcome {
      ExpectationOutcome(location: location, statement: statement, passed: passed, found: found)
    }
    switch expectation.check {
    case .inferredTrait(let subject, let trait, let value, let minimum):
      let statement = "the platform infers \(subject.name)'s \(trait.rawValue.replacingOccurrences(of: "_", with: " ")) is \(value) with p ≥ \(minimum)"
      guard let (_, profile) = subjectProfile(subject) else { return outcome(statement, false, "no such persona or profile") }
      let events = beliefs.events(profile: profile)
      let traits: [InferredTrait]
      let kind: TraitKind
      switch trait {
      case .ageBand, .gender:
        traits = beliefs.demographicTraits(profile: profile, events: events, withEvidence: false)
        kind = trait == .ageBand ? .ageBand : .gender
      case .region, .timeZone:
        traits = beliefs.location.infer(events: events, withEvidence: false)
        kind = trait == .region ? .homeRegion : .timeZone
      case .devices:
        traits = beliefs.location.infer(events: events, withEvidence: false)
        kind = .devices
      case .activeHours, .weekdayWeekend, .bingePropensity:
        traits = beliefs.rhythm.infer(events: events, withEvidence: false)
        kind = trait == .activeHours ? .activeHours : trait == .weekdayWeekend ? .weekdayWeekend : .bingePropensity
      }
      guard let found = traits.first(where: { $0.kind == kind }) else {
        return outcome(statement, false, "the platform could not infer it")
      }
      return outcome(statement, found.value.matches(value) && found.confidence >= minimum,
                     "inferred \(found.text) with p = \(String(format: "%.2f", found.confidence))")
    case .topGenres(let subject, let genre, let included, let within):
      let statement = "\(genre.name) is \(included ? "" : "not ")in \(subject.name)'s top \(within) genres"
      guard let (_, profile) = subjectProfile(subject) else { return outcome(statement, false, "no such persona or profile") }
      let top = Array(beliefs.topGenres(profile: profile).prefix(within))
      let contains = top.contains(genre)
      return outcome(statement, contains == included, "top \(within): " + top.map(\.name).joined(separator: ", "))
    case .viewerCount(let profile, let count):
      let statement = "profile \(profile) is detected as \(count) viewer\(count == 1 ? "" : "s")"
      let resolved = reports.values.first { $0.profile == profile || $0.persona == profile }?.profile ?? profile
      let trait = beliefs.viewerCount.infer(events: beliefs.events(profile: resolved))
      return outcome(statement, trait.value == .count(count),
                     "detected \(trait.text) (confidence \(String(format: "%.2f", trait.confidence)))"
                       + (trait.evidence.isEmpty ? "" : ": " + trait.evidence.map(\.description).joined(separator: "; ")))
    case .artworkTone(let subject, let tone, let minimum, let over):
      if let over {
        let statement =
          "for titles with both a \(tone.rawValue) and a \(over.rawValue) image, \(subject.name) is shown the "
          + "\(tone.rawValue) one at least \(Int(minimum * 100))% of the time"
        guard let (_, profile) = subjectProfile(subject) else { return outcome(statement, false, "no such persona or profile") }
        let (chosen, other) = beliefs.artworkChoices(events: beliefs.events(profile: profile), tone: tone, over: over)
        let total = chosen + other
        let share = total > 0 ? Double(chosen) / Double(total) : 0
        return outcome(
          statement, total > 0 && share >= minimum,
          String(format: "%.0f%%", share * 100)
            + " (\(chosen) \(tone.rawValue), \(other) \(over.rawValue) of \(total) such impressions in the last 14 days)")
      }
      let statement = "at least \(Int(minimum * 100))% of the artwork shown to \(subject.name) is \(tone.rawValue)"
      guard let (_, profile) = subjectProfile(subject) else { return outcome(statement, false, "no such persona or profile") }
      let share = beliefs.artworkTones(events: beliefs.events(profile: profile))[tone.rawValue] ?? 0
      return outcome(statement, share >= minimum, String(format: "%.0f%% in the last 7 days", share * 100))
    }
  }
}

extension Expectation.Subject {
  /// The persona or profile id.
  var name: String {
    switch self {
    case .persona(let id), .profile(let id): return id
    }
  }
}
