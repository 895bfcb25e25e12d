import Events

/// One condition of an ``EventFilter``: `key=value`, or `key=a|b` for any
/// of several values.
public enum EventCondition: Sendable, Equatable {
  /// The event is of one of these types (`type=search`; `type=playback`
  /// stands for every playback event).
  case type(Set<EventType>)
  /// The event concerns one of these titles (catalog ids).
  case title(Set<String>)
  /// The event concerns a title of one of these genres.
  case genre(Set<String>)
  /// The event happened in a session started on one of these device types.
  case device(Set<DeviceType>)
  /// The event comes from one of these source categories.
  case source(Set<SourceCategory>)
  /// The event happened at or after this time (seconds since 1970, UTC).
  case after(Int64)
  /// The event happened before this time (seconds since 1970, UTC).
  case before(Int64)
  /// The event came from one of these origins: a search and the viewing
  /// it led to, a notification and the session its click opened.
  case from(Set<EventOrigin>)

  /// The keys a filter understands, in the order `--help` lists them.
  public static let keys = ["type", "title", "genre", "device", "source", "after", "before", "from"]
}
