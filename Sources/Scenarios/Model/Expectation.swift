import Catalog

/// Something the scenario expects the platform to have inferred or done by
/// the end, checked by `glasshouse run`.
public struct Expectation: Hashable, Sendable {
  /// Whom an expectation is about: a persona (through the profiles they
  /// watch on) or a profile.
  public enum Subject: Hashable, Sendable {
    /// A persona, by id.
    case persona(String)
    /// A profile, by id.
    case profile(String)
  }

  /// A trait the platform may infer.
  public enum Trait: String, Hashable, Sendable, CaseIterable {
    /// The age band.
    case ageBand = "age_band"
    /// The gender.
    case gender
    /// The region.
    case region
    /// The time zone.
    case timeZone = "time_zone"
    /// The devices the subject watches on (`equals` names one device type).
    case devices
    /// The three hours with the most viewing (`equals`: `20:00-23:00`).
    case activeHours = "active_hours"
    /// Weekend against weekday viewing (`weekend-heavy`, `weekday-heavy`,
    /// `no difference`).
    case weekdayWeekend = "weekday_weekend"
    /// How often a sitting runs to several titles (`low`, `moderate`, `high`).
    case bingePropensity = "binge_propensity"
  }

  /// What is expected.
  public enum Check: Hashable, Sendable {
    /// The platform infers `trait == value` with at least this probability.
    case inferredTrait(subject: Subject, trait: Trait, value: String, minimumProbability: Double)
    /// The genre is (or, with `included` false, is not) among the
    /// subject's top `within` genres as the platform ranks them.
    case topGenres(subject: Subject, genre: Genre, included: Bool, within: Int)
    /// The platform detects this many distinct viewers on the profile.
    case viewerCount(profile: String, equals: Int)
    /// At least this share of the artwork shown to the subject has the
    /// tone; with `over`, the share is counted only on titles that have an
    /// image of each of the two tones, between those two images: the
    /// subject is shown `tone` rather than `over` for the same titles.
    case artworkTone(subject: Subject, tone: ArtworkTone, minimumShare: Double, over: ArtworkTone? = nil)
  }

  /// What is expected.
  public var check: Check
  /// Where it is written.
  public var location: SourceLocation

  /// Creates an expectation.
  public init(check: Check, location: SourceLocation) {
    self.check = check
    self.location = location
  }
}
