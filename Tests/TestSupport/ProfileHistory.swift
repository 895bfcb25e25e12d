import Catalog
import Datasets
import Events

/// Builds one profile's events for trait tests: a small catalog of horror,
/// children's, drama and comedy titles, and helpers that append plays,
/// impressions and sessions at local times.
public struct ProfileHistory {
  /// An empty history of profile p1 in account a1, at UTC+01:00.
  public init() {}

  /// Monday 2026-03-02 00:00 UTC.
  public static let monday: Int64 = 1_772_409_600

  public static let catalog: Catalog = {
    var titles: [Title] = []
    let plan: [(String, Genre, [String])] = [
      ("h1", .horror, ["Ada Vance", "Bo Lind"]), ("h2", .horror, ["Ada Vance"]), ("h3", .horror, ["Cy Moss"]),
      ("h4", .horror, ["Ada Vance"]), ("h5", .horror, ["Dee Park"]), ("h6", .horror, ["Eli Roe"]),
      ("c1", .children, ["Fay Cole"]), ("c2", .children, ["Gus Hart"]), ("c3", .children, ["Fay Cole"]),
      ("c4", .children, ["Hal Ives"]), ("c5", .children, ["Ivy Jude"]), ("c6", .children, ["Jo Kerr"]),
      ("d1", .drama, ["Kim Lowe"]), ("d2", .drama, ["Lu Mann"]), ("d3", .drama, ["Mo Nash"]),
      ("d4", .drama, ["Kim Lowe"]), ("m1", .comedy, ["Ned Oak"]), ("m2", .comedy, ["Ola Pye"]),
      ("m3", .comedy, ["Ned Oak"]), ("m4", .comedy, ["Pat Quin"]),
    ]
    for (id, genre, cast) in plan {
      titles.append(Title(
        id: Label(id), name: "Title \(id)", year: 2020, genres: [genre], cast: cast, maturityRating: .pg13,
        runtimeMinutes: 90,
        artwork: [
          ArtworkVariant(id: "\(id)-dark", tone: .dark, showsFace: false),
          ArtworkVariant(id: "\(id)-comic", tone: .comic, showsFace: true),
        ]))
    }
    return try! Catalog(titles: titles)
  }()

  public var events: [Event] = []
  public var profile = "p1"
  public var account = "a1"
  /// UTC offset in minutes of the events appended next.
  public var offset = 60

  /// Appends an event at a local day (from Monday 2026-03-02) and local second of day.
  public mutating func add(day: Int, second: Int, _ payload: EventPayload) {
    let utc = Self.monday + Int64(day) * 86_400 + Int64(second) - Int64(offset) * 60
    events.append(Event(
      id: "e\(events.count + 1)", timestamp: Timestamp(secondsSinceEpoch: utc, offsetMinutes: offset)!,
      account: account, profile: profile, payload: payload))
  }

  /// A playback of a title at a local time, finished or abandoned after 10 minutes.
  public mutating func watch(_ title: String, day: Int, hour: Int, minute: Int = 0, finish: Bool = true) {
    let playback = "pb\(events.count + 1)"
    let start = hour * 3600 + minute * 60
    add(day: day, second: start, .playStart(title: title, playback: playback, position: 0, runtime: 5400))
    if finish {
      add(day: day, second: start + 5400, .completion(title: title, playback: playback, runtime: 5400))
    } else {
      add(day: day, second: start + 600, .stop(title: title, playback: playback, position: 600, runtime: 5400))
    }
  }

  /// Twelve days of one profile shared by an adult (dramas at 21:00 on the
  /// TV) and a child (cartoons at 16:00 on a tablet).
  public static func adultAndChild() -> ProfileHistory {
    var history = ProfileHistory()
    for day in 0..<12 {
      history.session(day: day, hour: 21, ip: "192.0.2.1", device: "tv1", type: .tv)
      history.watch(["d1", "d2", "d3", "d4"][day % 4], day: day, hour: 21)
      history.session(day: day, hour: 16, ip: "192.0.2.1", device: "tab1", type: .tablet)
      history.watch(["c1", "c2", "c3", "c4", "c5", "c6"][day % 6], day: day, hour: 16)
    }
    return history
  }

  /// An app session from an IP address on a device.
  public mutating func session(day: Int, hour: Int, ip: String, device: String, type: DeviceType) {
    add(day: day, second: hour * 3600, .sessionStart(
      device: device, deviceType: type, os: type == .tv ? "tvOS" : "Android", appVersion: "1.0",
      ip: IPAddress(ip)!, connection: .wifi))
  }
}
