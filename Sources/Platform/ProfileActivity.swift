import Datasets
import Events
import Recommendation

/// What the platform knows about one profile from its events alone: its
/// settings, the titles it finished, the titles it is part-way through (for
/// "Continue watching" and resuming), and when it was last seen.
///
/// Updated one event at a time with ``record(_:index:)``, both by the
/// platform at the end of a day and, during a day, by the app for the
/// profile it is serving.
public struct ProfileActivity: Sendable, Equatable {
  /// A title part-way through.
  public struct Progress: Sendable, Equatable {
    /// The last known position, seconds.
    public var position: Double
    /// The runtime, seconds, when known.
    public var runtime: Double?
    /// When the title was last played.
    public var lastPlayed: Timestamp
  }

  /// Whether the profile is a kids' profile (from its settings event).
  public private(set) var isKids = false
  /// Titles watched to the end (or 90% of the way).
  public private(set) var watched: Set<Int> = []
  /// Titles part-way through, by catalog index.
  public private(set) var inProgress: [Int: Progress] = [:]
  /// The latest event's time.
  public private(set) var lastSeen: Timestamp?

  /// A profile with no events.
  public init() {}

  /// Takes one event into account.
  ///
  /// - Parameter index: the catalog, to turn title ids into indices.
  public mutating func record(_ event: Event, index: CatalogIndex) {
    if lastSeen.map({ $0.secondsSinceEpoch <= event.timestamp.secondsSinceEpoch }) ?? true {
      lastSeen = event.timestamp
    }
    func title(_ id: String) -> Int? { index.index(of: Label(id)) }
    switch event.payload {
    case .profileSettings(_, let kids, _, _):
      isKids = kids
    case .playStart(let id, _, let position, let runtime):
      guard let t = title(id) else { return }
      inProgress[t] = Progress(position: position, runtime: runtime, lastPlayed: event.timestamp)
    case .heartbeat(let id, _, let position), .pause(let id, _, let position):
      guard let t = title(id) else { return }
      inProgress[t]?.position = position
      inProgress[t]?.lastPlayed = event.timestamp
    case .stop(let id, _, let position, let runtime):
      guard let t = title(id) else { return }
      if runtime > 0, position >= 0.9 * runtime {
        finish(t)
      } else {
        let progress = Progress(position: position, runtime: runtime, lastPlayed: event.timestamp)
        inProgress[t] = progress
      }
    case .completion(let id, _, _):
      guard let t = title(id) else { return }
      finish(t)
    default:
      break
    }
  }

  private mutating func finish(_ title: Int) {
    watched.insert(title)
    inProgress[title] = nil
  }

  /// Unfinished titles, most recently played first (ties by index).
  public var continueWatching: [Int] {
    inProgress.sorted { a, b in
      a.value.lastPlayed.secondsSinceEpoch != b.value.lastPlayed.secondsSinceEpoch
        ? a.value.lastPlayed.secondsSinceEpoch > b.value.lastPlayed.secondsSinceEpoch
        : a.key < b.key
    }.map(\.key)
  }

  /// Where playback of a title resumes: the last position of an unfinished
  /// title, else 0.
  public func resumePosition(title: Int) -> Double { inProgress[title]?.position ?? 0 }
}
