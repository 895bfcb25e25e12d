import Artwork
import Datasets
import Events
import Recommendation

/// Joins one day's impressions to what followed them, from events alone:
/// the device of the session each was shown in, whether the profile
/// clicked the shown variant within the hour and then started the title
/// (a play), and how many minutes that playback ran.
///
/// A click is credited to the profile's latest impression of the title;
/// a play to the latest click on it within the hour.
struct ArtworkRewardTracker {
  /// One impression and its outcome.
  struct Impression {
    let profile: Int
    let title: Int
    let variant: Int
    let propensity: Double
    let time: Timestamp
    let device: DeviceType
    var played = false
    var minutes = 0.0
  }

  /// The day's impressions, in log order, with their outcomes so far.
  private(set) var impressions: [Impression] = []
  private let variantOf: [String: (title: Int, variant: Int)]
  private let index: CatalogIndex
  private var device: [Int: DeviceType] = [:]
  private var lastShown: [Int: [Int: Int]] = [:]
  private var clicked: [Int: [Int: (impression: Int, time: Int64)]] = [:]
  private var playbacks: [String: (impression: Int, start: Double)] = [:]

  /// A day with no events yet.
  ///
  /// - Parameters:
  ///   - variantOf: the title and variant position of each artwork variant
  ///     id (``ArtworkPersonalization/variantOf``).
  ///   - index: the catalog, to turn title ids into indices.
  init(variantOf: [String: (title: Int, variant: Int)], index: CatalogIndex) {
    self.variantOf = variantOf
    self.index = index
  }

  /// Takes one event (in log order) of the profile at position `p` into
  /// account.
  mutating func record(_ event: Event, profile p: Int) {
    let now = event.timestamp.secondsSinceEpoch
    switch event.payload {
    case .sessionStart(_, let type, _, _, _, _):
      device[p] = type
    case .impression(_, _, _, _, let id, let propensity):
      guard let (t, v) = variantOf[id] else { return }
      lastShown[p, default: [:]][t] = impressions.count
      impressions.append(
        Impression(
          profile: p, title: t, variant: v, propensity: propensity ?? 0, time: event.timestamp,
          device: device[p] ?? .tv))
    case .artworkClick(_, let id):
      guard let (t, v) = variantOf[id], let i = lastShown[p]?[t],
        impressions[i].variant == v, now - impressions[i].time.secondsSinceEpoch <= 3600
      else { return }
      clicked[p, default: [:]][t] = (i, now)
    case .playStart(let title, let playback, let position, _):
      guard let t = index.index(of: Label(title)), let click = clicked[p]?[t],
        now - click.time <= 3600
      else { return }
      impressions[click.impression].played = true
      playbacks[playback] = (click.impression, position)
      clicked[p]?[t] = nil
    case .heartbeat(_, let playback, let position), .stop(_, let playback, let position, _),
      .completion(_, let playback, let position):
      guard let run = playbacks[playback] else { return }
      impressions[run.impression].minutes = max(
        impressions[run.impression].minutes, max(0, position - run.start) / 60)
    default:
      break
    }
  }
}
