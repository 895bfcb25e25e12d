import Datasets

/// A simulated person with hidden true traits: what the platform never
/// sees directly but may try to infer from behaviour.
public struct Persona: Hashable, Sendable, Identifiable {
  /// The persona's identifier in the scenario (`alex`).
  public var id: String
  /// A display name (defaults to the id).
  public var name: String
  /// The true age band.
  public var ageBand: AgeBand
  /// The true gender.
  public var gender: Gender
  /// Where they live (free text such as `GB` or `US-West`).
  public var region: String
  /// Their time zone (an IANA name such as `Europe/London`).
  public var timeZone: String
  /// The devices they watch on.
  public var devices: [Device]
  /// When they watch.
  public var schedule: [ViewingWindow]
  /// What they like.
  public var tastes: Tastes
  /// How likely, from 0 to 1, they are to keep watching episode after
  /// episode or film after film in one sitting.
  public var bingeTendency: Double

  /// Creates a persona.
  public init(
    id: String, name: String, ageBand: AgeBand, gender: Gender, region: String,
    timeZone: String, devices: [Device], schedule: [ViewingWindow], tastes: Tastes,
    bingeTendency: Double
  ) {
    self.id = id
    self.name = name
    self.ageBand = ageBand
    self.gender = gender
    self.region = region
    self.timeZone = timeZone
    self.devices = devices
    self.schedule = schedule
    self.tastes = tastes
    self.bingeTendency = bingeTendency
  }
}
