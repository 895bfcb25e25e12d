import Catalog
import Datasets
import Scenarios

/// A simulated person: a named persona from the scenario or a member of the
/// background crowd, with the true traits the platform tries to infer.
///
/// Everything here is hidden truth; the platform only sees the events the
/// member's behaviour produces.
public struct Member: Sendable, Identifiable {
  /// A unique id: the persona's id, or `m<number>` for the crowd.
  public var id: String
  /// The scenario persona this member is, or `nil` for the crowd.
  public var personaID: String?
  /// True age band.
  public var ageBand: AgeBand
  /// True gender.
  public var gender: Gender
  /// Where they live.
  public var region: String
  /// Their IANA time zone; schedules are in its local time.
  public var timeZone: String
  /// The devices they watch on, most used first.
  public var devices: [Device]
  /// When they watch.
  public var schedule: [ViewingWindow]
  /// What they like.
  public var taste: TasteProfile
  /// How likely they keep watching title after title, 0 to 1.
  public var bingeTendency: Double
  /// The household (index into ``Population/households``).
  public var household: Int
  /// The profiles they watch on (indices into their household's profiles).
  public var profiles: [Int]

  /// Whether the member is a scenario persona.
  public var isPersona: Bool { personaID != nil }
}
