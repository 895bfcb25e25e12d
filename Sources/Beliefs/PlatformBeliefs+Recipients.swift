import Events
import Inference

extension PlatformBeliefs {
  /// What a recipient can tell about a person from what it was given: the
  /// platform's own definitions (genre affinities against the audience's
  /// genre mix, rhythms, location) rerun on the delivered events, the
  /// segments it received read as the traits they state, and a
  /// cross-service identifier when it has one. One trait per kind and
  /// value, the most confident.
  ///
  /// A recipient has no demographic classifier of its own: age band and
  /// gender come only from segments. Places and travel need `located`
  /// (addresses or regions in the view), devices need `deviceTypes`; tastes,
  /// rhythms and time zones need events other than session starts.
  ///
  /// - Complexity: O(E log E) for E delivered events.
  package func recipientTraits(
    events: [Event], located: Bool, deviceTypes: Bool, segments: [AdvertisingSegment], emailHash: String?
  ) -> [InferredTrait] {
    var traits: [InferredTrait] = []
    let timed = events.contains { if case .sessionStart = $0.payload { false } else { true } }
    if timed {
      traits += tasteInference.genreAffinities(events: events, withEvidence: false)
      traits += tasteInference.favouriteCast(events: events, withEvidence: false)
      traits += rhythm.infer(events: events, withEvidence: false)
    }
    for trait in location.infer(events: events, withEvidence: false) {
      switch trait.kind {
      case .homeRegion, .travel: if located { traits.append(trait) }
      case .devices: if deviceTypes { traits.append(trait) }
      case .timeZone: if timed { traits.append(trait) }
      default: traits.append(trait)
      }
    }
    traits += segments.map { segment in
      InferredTrait(
        segment.statement.kind, segment.statement.value, score: segment.confidence, confidence: segment.confidence)
    }
    if let emailHash { traits.append(InferredTrait(.identity, .emailHash(emailHash), score: 1, confidence: 1)) }
    return Self.deduplicated(traits)
  }

  /// One trait per kind and value, the most confident, where the first of
  /// them stood.
  package static func deduplicated(_ traits: [InferredTrait]) -> [InferredTrait] {
    var position: [TraitIdentity: Int] = [:]
    var kept: [InferredTrait] = []
    for trait in traits {
      let key = TraitIdentity(kind: trait.kind, value: trait.value)
      if let i = position[key] {
        if trait.confidence > kept[i].confidence { kept[i] = trait }
      } else {
        position[key] = kept.count
        kept.append(trait)
      }
    }
    return kept
  }

  private struct TraitIdentity: Hashable {
    let kind: TraitKind
    let value: TraitValue
  }
}
