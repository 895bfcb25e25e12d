import Catalog
import Events
import Platform

/// A hand-made catalog and events for the platform's tests: twelve titles,
/// four each of Horror ("1"–"4", catalog positions 0–3), Comedy ("5"–"8",
/// 4–7) and Drama ("9"–"12", 8–11), each with two artwork variants; and
/// the events of plays, impressions and sessions, one second apart unless
/// told otherwise.
enum PlatformFixtures {
  /// Midnight UTC of the first day, seconds since 1970.
  static let start: Int64 = 1_736_035_200
  /// Seconds in a day.
  static let day: Int64 = 86_400
  /// The genre of each group of four titles.
  static let genres: [Genre] = [.horror, .comedy, .drama]
  /// Catalog positions of the horror titles.
  static let horror = Set(0..<4)

  /// The catalog.
  static let catalog: Catalog = {
    let titles = (1...12).map { n in
      let genre = genres[(n - 1) / 4]
      return Title(
        id: .init(n), name: "\(genre.name) \(n)", year: 2020, genres: [genre],
        cast: ["Star \(genre.name)"], maturityRating: n % 4 == 0 ? .pg : .r, runtimeMinutes: 50,
        artwork: [
          ArtworkVariant(id: "\(n)-v0", tone: ArtworkTone(cueing: genre), showsFace: false),
          ArtworkVariant(id: "\(n)-v1", featuredCast: "Star \(genre.name)", tone: .neutral, showsFace: true),
        ])
    }
    return try! Catalog(titles: titles)
  }()

  /// A small model: three factors, exact (Cholesky) solves, one thread.
  static var configuration: PlatformConfiguration {
    var configuration = PlatformConfiguration()
    configuration.factors = 3
    configuration.solver = .cholesky
    configuration.iterations = 10
    configuration.threads = 1
    return configuration
  }

  /// An event of a profile at `seconds` after ``start``.
  static func event(
    _ id: String, _ seconds: Int64, _ payload: EventPayload, profile: String?, account: String? = nil
  ) -> Event {
    Event(
      id: id, timestamp: Timestamp(secondsSinceEpoch: start + seconds, offsetMinutes: 0)!,
      account: account ?? "a-\(profile ?? "none")", profile: profile, payload: payload)
  }

  /// A title played to the end: a play start and a completion 50 minutes
  /// later (playback `<profile>-<title><tag>`, event ids that and `-s`,
  /// `-c`).
  static func watched(_ title: Int, profile: String, at seconds: Int64, tag: String = "") -> [Event] {
    let playback = "\(profile)-\(title)\(tag)"
    return [
      event("\(playback)-s", seconds, .playStart(title: "\(title)", playback: playback, position: 0, runtime: 3000), profile: profile),
      event("\(playback)-c", seconds + 3000, .completion(title: "\(title)", playback: playback, runtime: 3000), profile: profile),
    ]
  }

  /// A title started and stopped after ten minutes (ids as for
  /// ``watched(_:profile:at:tag:)``, `-x` for the stop).
  static func started(_ title: Int, profile: String, at seconds: Int64, tag: String = "") -> [Event] {
    let playback = "\(profile)-\(title)\(tag)"
    return [
      event("\(playback)-s", seconds, .playStart(title: "\(title)", playback: playback, position: 0, runtime: 3000), profile: profile),
      event("\(playback)-x", seconds + 600, .stop(title: "\(title)", playback: playback, position: 600, runtime: 3000), profile: profile),
    ]
  }

  /// A session start from an address.
  static func session(_ id: String, _ seconds: Int64, profile: String, ip: String) -> Event {
    event(
      id, seconds,
      .sessionStart(
        device: "tv-\(profile)", deviceType: .tv, os: "Tizen 8", appVersion: "7.14.0", ip: IPAddress(ip)!,
        connection: .wifi),
      profile: profile)
  }

  /// A crowd's first day: `perGenre` profiles per genre (`horror-0`,
  /// `comedy-0`, …), each finishing every title of its genre, in an
  /// interleaved order so that no genre comes first in the log.
  static func crowdDay(perGenre: Int = 5) -> [Event] {
    var events: [Event] = []
    var seconds: Int64 = 3600
    for n in 0..<perGenre {
      for (g, genre) in genres.enumerated() {
        let profile = "\(genre.name.lowercased())-\(n)"
        for title in (g * 4 + 1)...(g * 4 + 4) {
          events += watched(title, profile: profile, at: seconds)
          seconds += 10
        }
      }
    }
    return sorted(events)
  }

  /// Events in time order (ties kept in order).
  static func sorted(_ events: [Event]) -> [Event] {
    events.enumerated().sorted {
      ($0.element.timestamp.secondsSinceEpoch, $0.offset) < ($1.element.timestamp.secondsSinceEpoch, $1.offset)
    }.map(\.element)
  }
}
