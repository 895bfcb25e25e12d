/// A request to show, in `glasshouse run`'s output, what the platform
/// believed about a subject after some of its first plays
/// (`checkpoints: [{persona: nova, after_plays: [1, 5, 20]}]`).
public struct PlayCheckpoints: Hashable, Sendable {
  /// Whose log is cut.
  public var subject: Expectation.Subject
  /// After how many plays, ascending.
  public var plays: [Int]
  /// Where it is written.
  public var location: SourceLocation

  /// Creates a request.
  public init(subject: Expectation.Subject, plays: [Int], location: SourceLocation) {
    self.subject = subject
    self.plays = plays
    self.location = location
  }
}
