import Datasets

/// The background crowd: synthetic members who give the model enough data
/// to learn from, drawn from distributions a scenario can adjust.
///
/// Distributions are weights (they need not sum to 1). The defaults follow
/// MovieLens 100K's 943 users (age bands and genders) where it has a
/// figure; see Docs/ScenarioFormat.md.
public struct Crowd: Hashable, Sendable {
  /// The number of crowd members.
  public var members: Int
  /// Weight per age band.
  public var ageBands: [AgeBand: Double]
  /// Weight per gender.
  public var genders: [Gender: Double]
  /// Weight per region.
  public var regions: [String: Double]
  /// Weight per time zone.
  public var timeZones: [String: Double]
  /// Weight per device.
  public var devices: [Device: Double]
  /// The mean number of viewing sessions per member per week.
  public var sessionsPerWeek: Double
  /// The mean binge tendency, 0 to 1.
  public var bingeTendency: Double
  /// The fraction of crowd profiles shared by two people.
  public var sharedProfiles: Double
  /// How spread out members' tastes are, from 0 (all alike) to 1 (very
  /// different from one another).
  public var tasteSpread: Double

  /// The crowd used when a scenario does not describe one.
  public static let standard = Crowd(
    members: 200,
    ageBands: [
      .under18: 36, .from18to24: 198, .from25to34: 310, .from35to44: 194, .from45to54: 142,
      .over55: 63,
    ],
    genders: [.female: 273, .male: 670],
    regions: ["US": 1],
    timeZones: ["America/New_York": 1],
    devices: [.tv: 0.5, .phone: 0.2, .tablet: 0.1, .computer: 0.15, .console: 0.05],
    sessionsPerWeek: 4, bingeTendency: 0.3, sharedProfiles: 0.1, tasteSpread: 0.5)

  /// Creates a crowd description.
  public init(
    members: Int, ageBands: [AgeBand: Double], genders: [Gender: Double],
    regions: [String: Double], timeZones: [String: Double], devices: [Device: Double],
    sessionsPerWeek: Double, bingeTendency: Double, sharedProfiles: Double, tasteSpread: Double
  ) {
    self.members = members
    self.ageBands = ageBands
    self.genders = genders
    self.regions = regions
    self.timeZones = timeZones
    self.devices = devices
    self.sessionsPerWeek = sessionsPerWeek
    self.bingeTendency = bingeTendency
    self.sharedProfiles = sharedProfiles
    self.tasteSpread = tasteSpread
  }
}
