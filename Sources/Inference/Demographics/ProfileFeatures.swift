import Events

#if canImport(Glibc)
import Glibc
#endif

/// The feature row a platform's demographic classifier reads for one
/// profile: everything it holds about the profile's viewing, not only its
/// taste vector.
///
/// Layout: `[taste (k) | rhythm and devices (``behaviourWidth``) | watched titles (T)]`:
/// - the taste vector from the factorization;
/// - when the profile watches (shares of its plays in eight three-hour
///   blocks of local time, the weekend share), on what (shares of its app
///   sessions per device type) and how much (log of its plays) — children
///   watch after school, older members earlier in the evening;
/// - which titles it played (1 or 0 per title): titles have audiences of
///   their own beyond their genres, as Weinsberg et al. (RecSys 2012) use
///   with the raw rating vectors.
///
/// Kosinski et al. (PNAS 2013) and Weinsberg et al. classify from exactly
/// this kind of record; a real platform holds all of it.
public struct ProfileFeatures: Sendable {
  /// The column of each title id in the watched block.
  public let titleColumns: [String: Int]
  /// The taste-vector width.
  public let tasteWidth: Int

  /// Width of the rhythm and device block.
  public static let behaviourWidth = 8 + 1 + DeviceType.allCases.count + 1

  /// Creates the feature space of a catalog.
  ///
  /// - Parameters:
  ///   - titles: the catalog's title ids, in column order.
  ///   - tasteWidth: the factorization's rank.
  public init(titles: [String], tasteWidth: Int) {
    var columns: [String: Int] = [:]
    for (column, title) in titles.enumerated() where columns[title] == nil { columns[title] = column }
    self.titleColumns = columns
    self.tasteWidth = tasteWidth
  }

  /// The row width.
  public var width: Int { tasteWidth + Self.behaviourWidth + titleColumns.count }

  /// The feature row of a profile.
  ///
  /// - Parameters:
  ///   - taste: its taste vector (zeros or empty when it has none).
  ///   - events: its events, in any order.
  /// - Complexity: O(events + width).
  public func row(taste: [Float], events: [Event]) -> [Float] {
    var row = [Float](repeating: 0, count: width)
    for f in 0..<min(tasteWidth, taste.count) { row[f] = taste[f] }
    let behaviour = tasteWidth
    let watched = tasteWidth + Self.behaviourWidth
    var plays = 0
    var weekend = 0
    var blocks = [Int](repeating: 0, count: 8)
    var sessions = 0
    var devices = [Int](repeating: 0, count: DeviceType.allCases.count)
    for event in events {
      switch event.payload {
      case .playStart(let title, _, _, _):
        let local = LocalTime(event.timestamp)
        plays += 1
        blocks[local.hour / 3] += 1
        if local.isWeekend { weekend += 1 }
        if let column = titleColumns[title] { row[watched + column] = 1 }
      case .sessionStart(_, let type, _, _, _, _):
        sessions += 1
        if let d = DeviceType.allCases.firstIndex(of: type) { devices[d] += 1 }
      default:
        continue
      }
    }
    if plays > 0 {
      for b in 0..<8 { row[behaviour + b] = Float(blocks[b]) / Float(plays) }
      row[behaviour + 8] = Float(weekend) / Float(plays)
    }
    if sessions > 0 {
      for d in devices.indices { row[behaviour + 9 + d] = Float(devices[d]) / Float(sessions) }
    }
    row[behaviour + Self.behaviourWidth - 1] = log1pf(Float(plays))
    return row
  }
}
