import Catalog
import Events
import Scenarios
import Simulation

/// The platform's aggregate view of its audience: which titles and genres
/// win in which region, age band and advertising segment — what drives
/// "promotion strategies per region and age group" — computed from the
/// same events and beliefs as everything else (home region from geo-IP, age
/// band held or inferred, segments from inferred traits).
///
/// A group is emitted only when it holds at least ``minimumGroupSize``
/// distinct profiles, and a title or genre count within it only when at
/// least that many profiles contributed to it; everything smaller is
/// counted in ``suppressed`` and never shown. With a minimum of 1 the
/// groups of one are listed in ``singledOut``: each is a person's viewing
/// under a thin label.
public struct AudienceAnalytics: Sendable, Codable {
  /// What a group is cut by.
  public enum Dimension: String, Sendable, Codable, CaseIterable {
    /// The home region the platform places a profile in.
    case region
    /// The age band the platform holds or infers.
    case ageBand = "age band"
    /// Both.
    case regionAndAgeBand = "region × age band"
    /// An advertising interest segment.
    case segment
  }

  /// The fewest distinct profiles a group or count may describe.
  public let minimumGroupSize: Int
  /// The dimensions cut by.
  public let dimensions: [Dimension]
  /// Whether plays, titles and genres are counted (the `viewing` field).
  public let countsViewing: Bool
  /// The emitted groups, by dimension then size (largest first).
  public let cells: [AudienceCell]
  /// Groups and counts withheld for being below the minimum.
  public let suppressed: Int
  /// Groups of exactly one profile that were emitted (only possible with a
  /// minimum of 1).
  public let singledOut: [SinglingOut]

  /// How many titles and genres each group lists.
  static let topTitles = 5
  static let topGenres = 3

  /// The platform's audience analytics of a run under the scenario's data
  /// policy (or another).
  ///
  /// - Parameter minimumGroupSize: the smallest group emitted (≥ 1).
  public init(
    result: SimulationResult, scenario: Scenario, catalog: Catalog, minimumGroupSize: Int,
    policy: DataPolicy? = nil
  ) {
    let profiles = PlatformProfiles(result: result, catalog: catalog, policy: policy ?? scenario.dataPolicy)
    self.init(
      profiles: profiles, minimumGroupSize: minimumGroupSize, fields: Set(DataField.allCases),
      personas: PersonaIndex(result: result))
  }

  /// Aggregates over the platform's profiles, cut only by the dimensions
  /// the fields allow (`region`, `demographics`, `segments`; plays with
  /// `viewing`).
  init(
    profiles: PlatformProfiles, minimumGroupSize: Int, fields: Set<DataField>,
    personas: PersonaIndex
  ) {
    let k = max(1, minimumGroupSize)
    self.minimumGroupSize = k
    var dimensions: [Dimension] = []
    if fields.contains(.region) { dimensions.append(.region) }
    if fields.contains(.demographics) { dimensions.append(.ageBand) }
    if fields.contains(.region) && fields.contains(.demographics) {
      dimensions.append(.regionAndAgeBand)
    }
    if fields.contains(.segments) { dimensions.append(.segment) }
    self.dimensions = dimensions
    countsViewing = fields.contains(.viewing)

    // Plays per profile and title.
    var plays: [String: [String: Int]] = [:]
    for profile in profiles.profiles {
      for event in profile.events where event.profile == profile.id {
        if case .playStart(let title, _, _, _) = event.payload {
          plays[profile.id, default: [:]][title, default: 0] += 1
        }
      }
    }
    var cells: [AudienceCell] = []
    var suppressed = 0
    var singled: [SinglingOut] = []
    for dimension in dimensions {
      var members: [String: [String]] = [:]
      for profile in profiles.profiles {
        for group in Self.groups(of: profile, by: dimension) {
          members[group, default: []].append(profile.id)
        }
      }
      for group in members.keys.sorted() {
        let ids = members[group] ?? []
        guard ids.count >= k else {
          suppressed += 1
          continue
        }
        var titlePlays: [String: (plays: Int, profiles: Int)] = [:]
        var genrePlays: [String: (plays: Int, profiles: Set<String>)] = [:]
        var total = 0
        if countsViewing {
          for id in ids {
            for (title, count) in plays[id] ?? [:] {
              total += count
              titlePlays[title, default: (0, 0)].plays += count
              titlePlays[title, default: (0, 0)].profiles += 1
              for genre in profiles.titleGenres[title] ?? [] {
                genrePlays[genre, default: (0, [])].plays += count
                genrePlays[genre, default: (0, [])].profiles.insert(id)
              }
            }
          }
        }
        let titleCounts = titlePlays.filter { $0.value.profiles >= k }
        let genreCounts = genrePlays.filter { $0.value.profiles.count >= k }
        suppressed += (titlePlays.count - titleCounts.count) + (genrePlays.count - genreCounts.count)
        let topTitles = titleCounts.sorted { ($0.value.plays, $1.key) > ($1.value.plays, $0.key) }
          .prefix(Self.topTitles)
          .map { AudienceCount(name: profiles.titleNames[$0.key] ?? $0.key, plays: $0.value.plays, profiles: $0.value.profiles) }
        let topGenres = genreCounts.sorted { ($0.value.plays, $1.key) > ($1.value.plays, $0.key) }
          .prefix(Self.topGenres)
          .map { AudienceCount(name: $0.key, plays: $0.value.plays, profiles: $0.value.profiles.count) }
        cells.append(
          AudienceCell(
            dimension: dimension, group: group, profiles: ids.count, plays: total,
            topTitles: Array(topTitles), topGenres: Array(topGenres)))
        if ids.count == 1, let only = ids.first {
          singled.append(
            SinglingOut(
              dimension: dimension, group: group, profile: only, persona: personas.persona(profile: only),
              revealedTitles: topTitles.map(\.name)))
        }
      }
    }
    self.cells = cells.sorted {
      let a = dimensions.firstIndex(of: $0.dimension) ?? 0, b = dimensions.firstIndex(of: $1.dimension) ?? 0
      return a != b ? a < b : ($0.profiles, $1.group) > ($1.profiles, $0.group)
    }
    self.suppressed = suppressed
    self.singledOut = singled
  }

  /// The groups a profile belongs to along a dimension (none when the
  /// platform cannot place it).
  static func groups(of profile: PlatformProfiles.Profile, by dimension: Dimension) -> [String] {
    let region = profile.trait(.homeRegion)
    let band = profile.trait(.ageBand)
    switch dimension {
    case .region: return region.map { [$0] } ?? []
    case .ageBand: return band.map { [$0] } ?? []
    case .regionAndAgeBand:
      guard let region, let band else { return [] }
      return ["\(region) × \(band)"]
    case .segment:
      return Array(Set(profile.segments.filter { $0.tier == .interest && $0.field == .segments }.map(\.name))).sorted()
    }
  }

  /// Every field present in the emitted aggregates.
  var fieldsPresent: Set<DataField> {
    var fields = Set<DataField>()
    for cell in cells {
      switch cell.dimension {
      case .region: fields.insert(.region)
      case .ageBand: fields.insert(.demographics)
      case .regionAndAgeBand: fields.formUnion([.region, .demographics])
      case .segment: fields.insert(.segments)
      }
      if cell.plays > 0 || !cell.topTitles.isEmpty || !cell.topGenres.isEmpty { fields.insert(.viewing) }
    }
    return fields
  }

  /// The smallest group or count emitted (`nil` when nothing was).
  public var smallestEmittedGroup: Int? {
    let sizes = cells.flatMap { [$0.profiles] + $0.topTitles.map(\.profiles) + $0.topGenres.map(\.profiles) }
    return sizes.min()
  }
}
