import Events
import Inference

extension PlatformBeliefs {
  /// Age band and gender of a profile as the crowd's classifier guesses
  /// them (``CrowdModel``), except those the log itself holds for the
  /// profile (a date of birth, a broker's record), which are reported as
  /// held instead, as they beat the platform's own classifier.
  func crowdDemographicTraits(profile: String, events: [Event], withEvidence: Bool) -> [InferredTrait] {
    guard let crowd else { return [] }
    let names = catalogNames
    var traits = crowd.demographicTraits(
      events: events, reference: events.last?.timestamp, withEvidence: withEvidence, titleName: { names[$0] ?? $0 })
    guard let labels = labelsHeld(profile: profile, events: events) else { return traits }
    Self.override(&traits, with: labels)
    return traits
  }

  /// The kinds of a profile's traits (``traits(profile:events:withEvidence:logged:)``)
  /// that are the crowd's: its taste vector, and the age band and gender
  /// its classifier guessed, unless the log holds the label or the profile
  /// is a kids' profile (its settings say its age band). Empty without a
  /// crowd, or when none of the profile's titles is among the crowd's.
  package func crowdKinds(profile: String, events: [Event]) -> [TraitKind] {
    guard let crowd, !crowd.interactions(events: events).isEmpty else { return [] }
    var kinds: [TraitKind] = []
    if crowd.demographics != nil {
      let labels = labelsHeld(profile: profile, events: events)
      if labels?.ageBand == nil && !Self.isKidsProfile(events) { kinds.append(.ageBand) }
      if labels?.gender == nil { kinds.append(.gender) }
    }
    kinds.append(.tasteVector)
    return kinds
  }

  /// The labels the log holds for a profile given `events` (as
  /// ``heldLabels(profile:events:)`` leaves them when some are taken away).
  func labelsHeld(profile: String, events: [Event]) -> HeldDemographics? {
    let remaining = heldLabels(profile: profile, events: events)
    return remaining == nil ? held[profile] : remaining ?? nil
  }

  /// Whether the events set the profile up as a kids' profile.
  static func isKidsProfile(_ events: [Event]) -> Bool {
    events.contains {
      if case .profileSettings(_, true, _, _) = $0.payload { return true } else { return false }
    }
  }
}
