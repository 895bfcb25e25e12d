/// What an inferred trait is about: one case per trait the platform infers
/// (Docs/Inference.md defines each). The raw value is the trait's name as
/// people read it and as scenario files and JSON outputs write it.
public enum TraitKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// The viewer's age band (a classifier, a held label or a kids' profile).
  case ageBand = "age band"
  /// The viewer's gender (a classifier or a held label).
  case gender
  /// A genre the profile watches more of than the audience does.
  case genreAffinity = "genre affinity"
  /// A cast member the profile follows.
  case favouriteCast = "favourite cast"
  /// The artwork tone that gets the profile to click.
  case artworkTone = "artwork tone"
  /// The taste vector's strongest genre directions.
  case tasteVector = "taste vector"
  /// The three hours with the most viewing.
  case activeHours = "active hours"
  /// The weekdays with viewing on most of their dates.
  case activeDays = "active days"
  /// The longest daily gap in activity that holds on most active days.
  case sleepWindow = "sleep window"
  /// Viewing per weekend day against per weekday.
  case weekdayWeekend = "weekday/weekend"
  /// How often a sitting runs to several episodes or titles.
  case bingePropensity = "binge propensity"
  /// The share of playbacks watched to the end.
  case completionRate = "completion rate"
  /// Where most sessions come from (geo-IP).
  case homeRegion = "home region"
  /// The usual UTC offset of the local clock.
  case timeZone = "time zone"
  /// Places away from home.
  case travel
  /// The devices the profile watches on.
  case devices
  /// How many people watch on the profile.
  case viewers
  /// How many people use the account.
  case peopleInAccount = "people in the account"
  /// Whether children live in the household.
  case children
  /// How few (title, date) events single the member out in a released log.
  case uniqueness
  /// An identifier that ties a recipient's records to a findable person.
  case identity

  /// The trait's name as people read it: `age band`, `sleep window`.
  public var name: String { rawValue }

  /// The category the trait belongs to.
  public var category: InferredTrait.Category {
    switch self {
    case .ageBand, .gender: return .demographic
    case .genreAffinity, .favouriteCast, .artworkTone, .tasteVector: return .taste
    case .activeHours, .activeDays, .sleepWindow, .weekdayWeekend, .bingePropensity, .completionRate: return .rhythm
    case .homeRegion, .timeZone, .travel, .devices: return .location
    case .viewers, .peopleInAccount, .children: return .household
    case .uniqueness, .identity: return .privacy
    }
  }
}
