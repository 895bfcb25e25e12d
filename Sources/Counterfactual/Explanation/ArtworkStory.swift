/// Why a profile is shown a variant of a title: the policy's own
/// explanation when it has one (LinUCB), and the variants the log shows the
/// profile was served.
public struct ArtworkStory: Sendable, Codable, Equatable {
  /// A variant served to the profile, and how often.
  public struct Shown: Sendable, Codable, Equatable {
    /// The variant id.
    public let variant: String
    /// Its tone.
    public let tone: String
    /// Impressions of it in the profile's log.
    public let times: Int
  }

  /// The platform's artwork policy, in words.
  public let policy: String
  /// The variant the policy would show now, when it can say.
  public let chosen: String?
  /// The features that pushed the chosen variant ahead, with the past titles
  /// behind them (LinUCB only).
  public let reasons: [String]
  /// The variants served to the profile, most often first.
  public let shown: [Shown]
}
