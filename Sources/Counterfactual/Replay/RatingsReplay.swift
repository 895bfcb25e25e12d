import Catalog
import Datasets
import Events
import Scenarios
import Simulation

/// Real people's ratings as the platform would log them: each user of a
/// MovieLens ratings file becomes an account with one profile
/// (`ml-<user id>`), and each rating of a catalog title a viewing — a
/// `play_start`, a `completion` (rated 3 stars or more) or a `stop` at 40%
/// of the runtime (below 3), and a `rating` in whole stars (half stars
/// rounded: 0.5 → 1, 3.5 → 4). The ratings' whole span is mapped linearly
/// onto the run's days, so every user keeps the order and relative spacing
/// of their ratings, and the events go through the same day loop, signals,
/// model and inferences as simulated ones (`Simulator(scripted:)`).
public struct RatingsReplay: Sendable {
  /// What went wrong reading the ratings.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// The message, naming the file.
    public let description: String
  }

  /// The events, in time order.
  public let events: [Event]
  /// Users replayed.
  public let users: Int
  /// Ratings replayed (ratings of titles missing from the catalog are skipped).
  public let ratings: Int
  /// Ratings skipped because their title is not in the catalog.
  public let skipped: Int

  /// Converts a ratings file.
  ///
  /// - Parameters:
  ///   - source: the scenario's `replay` (its path must be resolved).
  ///   - catalog: the titles ratings refer to (by id).
  ///   - clock: the run's days.
  /// - Throws: ``Failure`` when the file cannot be read.
  /// - Complexity: O(ratings log ratings).
  public init(source: RatingsReplaySource, catalog: Catalog, clock: SimulationClock) throws(Failure) {
    guard let path = source.path else {
      throw Failure(description: "\(source.location): 'replay.ratings' (\(source.written)) has no value")
    }
    let interactions: [Interaction]
    do throws(DatasetError) {
      interactions = try InteractionReader.read(path: path)
    } catch {
      throw Failure(description: "\(path): \(error)")
    }
    let runtime = Dictionary(
      catalog.titles.map { ($0.id.text, Double($0.runtimeMinutes * 60)) }, uniquingKeysWith: { a, _ in a })
    var userIDs = Array(Set(interactions.map(\.user.text)))
    userIDs.sort { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }
    if let limit = source.users { userIDs = Array(userIDs.prefix(limit)) }
    let chosen = Set(userIDs)
    let kept = interactions.enumerated().filter { chosen.contains($0.element.user.text) }
    let first = kept.map(\.element.timestamp).min() ?? 0
    let last = kept.map(\.element.timestamp).max() ?? 0
    // Leave the first and last hour of the run free.
    let start = clock.dayStart(0) + 3600
    let span = Double(clock.dayStart(clock.days) - 3600 - start)
    let ordered = kept.sorted {
      ($0.element.timestamp, $0.offset) < ($1.element.timestamp, $1.offset)
    }
    var events: [Event] = []
    var skipped = 0
    var count = 0
    // Ratings that land in the same second keep their order: each takes the
    // next three microseconds of it.
    var slot: (second: Int64, next: Int32) = (-1, 0)
    for (number, entry) in ordered {
      let rating = entry
      let title = rating.item.text
      guard let seconds = runtime[title] else {
        skipped += 1
        continue
      }
      count += 1
      let fraction = last > first ? Double(rating.timestamp - first) / Double(last - first) : 0
      let at = start + Int64((fraction * span).rounded(.down))
      slot = slot.second == at ? (at, slot.next + 3000) : (at, 0)
      guard let time = Timestamp(secondsSinceEpoch: at, nanoseconds: slot.next, offsetMinutes: 0),
        let end = Timestamp(secondsSinceEpoch: at, nanoseconds: slot.next + 1000, offsetMinutes: 0),
        let rated = Timestamp(secondsSinceEpoch: at, nanoseconds: slot.next + 2000, offsetMinutes: 0)
      else { continue }
      let user = "ml-" + rating.user.text
      let playback = "\(user)-\(number + 1)"
      let stars = max(1, min(5, Int(Double(rating.value).rounded())))
      events.append(
        Event(
          id: playback + "-play", timestamp: time, account: user, profile: user,
          payload: .playStart(title: title, playback: playback, position: 0, runtime: seconds)))
      events.append(
        Event(
          id: playback + "-end", timestamp: end, account: user, profile: user,
          payload: rating.value >= 3
            ? .completion(title: title, playback: playback, runtime: seconds)
            : .stop(title: title, playback: playback, position: (seconds * 0.4).rounded(), runtime: seconds)))
      events.append(
        Event(
          id: playback + "-rating", timestamp: rated, account: user, profile: user,
          payload: .rating(title: title, rating: .stars(stars))))
    }
    self.events = events
    self.users = userIDs.count
    self.ratings = count
    self.skipped = skipped
  }
}
