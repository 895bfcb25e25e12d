import Events
import Inference

/// What the platform believed about a profile after its first plays: its
/// log cut just before the next `play_start`, folded in against the
/// platform's final model and run through every inference — what the
/// platform, as it stands at the end of the run, makes of someone who has
/// played only this much (a new member joining today).
public struct PlayCheckpoint: Sendable, Codable, Equatable {
  /// The plays asked for.
  public let plays: Int
  /// Whether the profile played that many times; when not, the rest is
  /// computed from all its events.
  public let reached: Bool
  /// The profile's events up to the checkpoint.
  public let events: Int
  /// The titles played so far, by name, in order of their first play.
  public let played: [String]
  /// The top genres (genre affinities by excess share over the audience), strongest first.
  public let topGenres: [String]
  /// The age band inferred, with its probability.
  public let ageBand: InferredTrait?
  /// The gender inferred, with its probability.
  public let gender: InferredTrait?
  /// The "Top picks" the homepage would lead with: the best-scored unseen
  /// titles for the folded-in taste, by name.
  public let topPicks: [String]
  /// Every inference at the checkpoint.
  public let traits: [InferredTrait]

  /// Creates a checkpoint.
  public init(
    plays: Int, reached: Bool, events: Int, played: [String], topGenres: [String], ageBand: InferredTrait?,
    gender: InferredTrait?, topPicks: [String], traits: [InferredTrait]
  ) {
    self.plays = plays
    self.reached = reached
    self.events = events
    self.played = played
    self.topGenres = topGenres
    self.ageBand = ageBand
    self.gender = gender
    self.topPicks = topPicks
    self.traits = traits
  }

  /// A profile's events up to its `plays`-th play: everything before its
  /// next `play_start` (the rest of that session's browsing included; a
  /// resumed title counts as another play). `nil` when it played fewer
  /// times.
  ///
  /// - Parameter events: one profile's events in time order.
  /// - Complexity: O(events).
  public static func cut(_ events: [Event], afterPlays plays: Int) -> [Event]? {
    var seen = 0
    for (index, event) in events.enumerated() where event.type == .playStart {
      seen += 1
      if seen == plays + 1 { return Array(events[..<index]) }
    }
    return seen >= plays ? events : nil
  }

  /// The number of plays (`play_start` events) in a list of events.
  public static func plays(in events: [Event]) -> Int {
    events.reduce(0) { $0 + ($1.type == .playStart ? 1 : 0) }
  }
}
