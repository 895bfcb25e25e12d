extension EventPayload {
  /// The title an event concerns, if any: the title played, rated, shown,
  /// opened, listed or shared; the title clicked after a search; the title a
  /// notification promoted.
  public var titleID: String? {
    switch self {
    case .rating(let title, _), .review(let title, _), .impression(let title, _, _, _, _, _),
      .artworkClick(let title, _), .titlePageOpen(let title), .playStart(let title, _, _, _),
      .heartbeat(let title, _, _), .pause(let title, _, _), .seek(let title, _, _, _),
      .stop(let title, _, _, _), .completion(let title, _, _), .listAdd(let title),
      .interactiveChoice(let title, _, _, _), .referralShared(let title, _, _),
      .referralClick(let title, _):
      return title
    case .search(_, let clicked):
      return clicked
    case .notification(_, _, _, let title):
      return title
    default:
      return nil
    }
  }

  /// The playback an event belongs to, if any (the id shared by a play
  /// start, its heartbeats, pauses, seeks, choices and its stop or
  /// completion).
  public var playbackID: String? {
    switch self {
    case .playStart(_, let playback, _, _), .heartbeat(_, let playback, _), .pause(_, let playback, _),
      .seek(_, let playback, _, _), .stop(_, let playback, _, _), .completion(_, let playback, _),
      .interactiveChoice(_, let playback, _, _):
      return playback
    default:
      return nil
    }
  }
}
