import Inference

/// Everything the platform concludes about one profile, as a person would
/// ask to see it: each trait with its confidence and evidence, and the
/// advertising segments those traits give. What `glasshouse import` writes
/// to `profile.json` and prints, and what a report shows beside no truth.
public struct InferredProfile: Sendable, Codable, Equatable {
  /// The profile id in the log.
  public let profile: String
  /// The name the profile goes by, when the log or the export gives one.
  public let name: String?
  /// The profile's events in the log.
  public let events: Int
  /// Every trait inferred, with confidence and evidence, in the belief
  /// model's order (demographics, tastes, rhythms, location, household).
  public let traits: [InferredTrait]
  /// The advertising segments of those traits, most confident first.
  public let segments: [AdvertisingSegment]
  /// The crowd the profile was placed among (`--crowd`), its classifiers'
  /// skill and how many of the profile's titles it knows; `nil` without one.
  public let crowd: CrowdStanding?

  /// An inferred profile.
  public init(
    profile: String, name: String?, events: Int, traits: [InferredTrait], segments: [AdvertisingSegment],
    crowd: CrowdStanding? = nil
  ) {
    self.profile = profile
    self.name = name
    self.events = events
    self.traits = traits
    self.segments = segments
    self.crowd = crowd
  }
}

extension PlatformProfiler {
  /// A profile's whole inferred profile from all its logged events, with
  /// counterfactual evidence.
  ///
  /// - Complexity: as ``traits(profile:events:withEvidence:)`` with evidence.
  public func inferredProfile(_ profile: String, name: String? = nil) -> InferredProfile {
    let events = self.events(profile: profile)
    let traits = beliefs.traits(profile: profile, events: events, withEvidence: true, logged: true)
    return InferredProfile(
      profile: profile, name: name, events: events.count, traits: traits,
      segments: AdvertisingSegments().segments(from: traits), 
      crowd: beliefs.crowd?.standing(events: events, guessed: beliefs.crowdKinds(profile: profile, events: events)))
  }
}
