/// One row of the signal table in Docs/Signals.md: a way an event adds to a
/// (profile, title) pair's implicit-feedback value.
public enum SignalKind: String, CaseIterable, Hashable, Comparable, Sendable {
  /// The fraction of the runtime watched in one playback.
  case watchedFraction = "watched_fraction"
  /// A playback reached the end credits.
  case completion = "completion"
  /// A playback of a title the profile had already completed.
  case rewatch = "rewatch"
  /// A thumbs-down rating (negative).
  case thumbsDown = "thumbs_down"
  /// A thumbs-up rating.
  case thumbsUp = "thumbs_up"
  /// A two-thumbs-up rating.
  case twoThumbsUp = "two_thumbs_up"
  /// A star rating, centred on 3 stars.
  case stars = "stars"
  /// A search whose clicked result was then played.
  case searchThenPlay = "search_then_play"
  /// A playback given up in its first minutes (negative).
  case abandonment = "abandonment"
  /// A title added to My List.
  case listAdd = "list_add"

  /// In table order.
  public static func < (a: SignalKind, b: SignalKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
