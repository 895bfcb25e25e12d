import Inference

/// What the platform believes about one persona's profile, beside the
/// persona's hidden truth.
public struct PersonaReport: Sendable, Codable {
  /// One trait compared with the truth.
  public struct Comparison: Sendable, Codable, Equatable {
    /// The trait ("age band", "gender", "home region", "time zone", "top genre", "viewers").
    public let trait: String
    /// The hidden truth.
    public let truth: String
    /// What the platform inferred ("—" when it could not say).
    public let inferred: String
    /// How sure it was, 0…1.
    public let confidence: Double
    /// Whether the inference matches the truth.
    public let correct: Bool
  }

  /// The persona's id in the scenario.
  public let persona: String
  /// The persona's name.
  public let name: String
  /// The account and profile the persona watches on (the first one).
  public let account: String, profile: String
  /// Events the platform logged for the profile.
  public let events: Int
  /// Everything inferred, with confidence and evidence.
  public let beliefs: [InferredTrait]
  /// The platform's top genres for the profile, strongest first.
  public let topGenres: [String]
  /// The share of the artwork shown to the profile (last 7 days) per tone.
  public let artworkTones: [String: Double]
  /// The inferences that can be checked against hidden truth; on a profile
  /// where the platform sees the persona as a viewer of their own, age
  /// band, gender and top genre are that viewer's.
  public let comparisons: [Comparison]
  /// On a profile where the platform sees several viewers: the one that is
  /// the persona.
  public var viewer: ViewerMatch? = nil
  /// The other profiles the persona uses (a child's kids' profile beside
  /// the family one).
  public var otherProfiles: [OtherProfile] = []
  /// The other personas who share the profile.
  public var sharedWith: [String] = []
}
