/// Something a recipient may be able to tell about a person from what it
/// received, named in `recipient_infers` expectations.
public enum RecipientTrait: String, CaseIterable, Hashable, Sendable, Codable {
  /// The age band.
  case ageBand = "age_band"
  /// The gender.
  case gender
  /// A genre the person favours (`equals` names it).
  case genre
  /// The home region.
  case homeRegion = "home_region"
  /// The time zone.
  case timeZone = "time_zone"
  /// When the person watches.
  case activeHours = "active_hours"
  /// The devices they use.
  case devices
  /// Trips away from home.
  case travel
  /// Whether they binge.
  case binge
  /// Who they are across services: a cross-service identifier (email hash)
  /// attached to the rest.
  case identity
}
