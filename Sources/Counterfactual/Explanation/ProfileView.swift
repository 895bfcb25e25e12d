import Inference

/// What the platform makes of a profile from one list of its events: its
/// recommendations, top genres and inferences.
public struct ProfileView: Sendable, Codable, Equatable {
  /// The profile.
  public let profile: String
  /// The events it was computed from.
  public let events: Int
  /// The top recommendations, best first, titles already seen left out.
  public let recommendations: [Recommendation]
  /// The top genres (genre affinities by excess share over the audience), strongest first.
  public let topGenres: [String]
  /// Every inference with confidence and evidence.
  public let traits: [InferredTrait]

  /// The traits keyed for comparison, in order: by name when a name occurs
  /// once ("gender"), by name and value when it repeats ("genre affinity:
  /// Horror").
  public var keyedTraits: [(key: String, trait: InferredTrait)] {
    var counts: [String: Int] = [:]
    for trait in traits { counts[trait.name, default: 0] += 1 }
    return traits.map { trait in
      ((counts[trait.name] ?? 0) > 1 ? "\(trait.name): \(trait.text)" : trait.name, trait)
    }
  }
}
