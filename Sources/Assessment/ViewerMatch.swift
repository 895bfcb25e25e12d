import Beliefs
import Inference

/// On a profile where the platform sees more than one viewer, the one that
/// is really the persona: the detected viewer holding most of the sessions
/// the persona truly started there.
public struct ViewerMatch: Sendable, Codable, Equatable {
  /// The viewer as the platform sees them, with their beliefs.
  public let viewer: ViewerBeliefs
  /// How many viewers the platform sees on the profile.
  public let viewers: Int
  /// The persona's true sessions on the profile that the platform gives to
  /// this viewer.
  public let ownSessions: Int
  /// All the persona's true sessions on the profile.
  public let personaSessions: Int
}

/// Another profile a persona uses, in brief: what the platform believes
/// about it (age band, genres, viewers).
public struct OtherProfile: Sendable, Codable, Equatable {
  /// The profile id.
  public let profile: String
  /// Events logged on it.
  public let events: Int
  /// The headline beliefs about it (age band, genres, viewers), without
  /// evidence.
  public let beliefs: [InferredTrait]
}
