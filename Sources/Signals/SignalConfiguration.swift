/// The weights and thresholds that turn events into implicit feedback; the
/// defaults are the ones in the table of Docs/Signals.md.
public struct SignalConfiguration: Hashable, Sendable {
  /// Multiplies the fraction of the runtime watched in each playback (0...1).
  public var watchedFraction: Float = 1.0
  /// Added per completion event.
  public var completion: Float = 1.0
  /// Added per playback of a title the profile completed before.
  public var rewatch: Float = 0.5
  /// Added per thumbs-down (latest rating of the title only).
  public var thumbsDown: Float = -2.0
  /// Added per thumbs-up (latest rating only).
  public var thumbsUp: Float = 1.0
  /// Added per two-thumbs-up (latest rating only).
  public var twoThumbsUp: Float = 2.0
  /// Per star above 3 (negative below 3), latest rating only.
  public var perStarAboveThree: Float = 0.75
  /// Added when a search's clicked title is played within the window.
  public var searchThenPlay: Float = 0.5
  /// How long after a search a play still counts as coming from it.
  public var searchThenPlayWindowSeconds: Double = 1800
  /// Added per playback that stops (a `stop` event) before
  /// `abandonmentSeconds` without completing, for a title longer than that.
  public var abandonment: Float = -0.5
  /// "The first minutes" for abandonment.
  public var abandonmentSeconds: Double = 300
  /// Added per list add.
  public var listAdd: Float = 0.5
  /// Recency decay: a contribution `halfLifeDays` old counts half; `nil`
  /// for no decay.
  public var halfLifeDays: Double? = 30

  /// The defaults of Docs/Signals.md.
  public init() {}

  /// The weight of a signal kind (for stars, the weight per star above 3).
  public func weight(of kind: SignalKind) -> Float {
    switch kind {
    case .watchedFraction: return watchedFraction
    case .completion: return completion
    case .rewatch: return rewatch
    case .thumbsDown: return thumbsDown
    case .thumbsUp: return thumbsUp
    case .twoThumbsUp: return twoThumbsUp
    case .stars: return perStarAboveThree
    case .searchThenPlay: return searchThenPlay
    case .abandonment: return abandonment
    case .listAdd: return listAdd
    }
  }
}
