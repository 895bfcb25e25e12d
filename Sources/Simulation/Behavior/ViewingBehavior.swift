#if canImport(Glibc)
import Glibc
#endif

/// The constants of how simulated members use the homepage and watch: a
/// cascade scan with position bias, clicks driven by true affinity and
/// artwork appeal, and watch fractions driven by affinity and by
/// disappointment when the artwork promised more than the title gives.
///
/// Affinities and appeals are the population's log-scale values; the
/// probabilities are logistic in them. See Docs/Simulation.md.
public struct ViewingBehavior: Sendable, Equatable {
  /// Chance of looking at the next row after finishing one.
  public var nextRow = 0.8
  /// Tiles of a row visible without scrolling (the impressions logged).
  public var visibleTiles = 6
  /// Chance of looking at the next tile of a row (position bias).
  public var nextTile = 0.8
  /// Click logit: intercept, per unit of affinity, per unit of appeal.
  public var clickIntercept = -3.0
  /// Click logit per unit of true affinity.
  public var clickPerAffinity = 0.9
  /// Click logit per unit of artwork appeal.
  public var clickPerAppeal = 0.8
  /// Chance of searching when nothing on the page was clicked.
  public var search = 0.35
  /// Abandonment logit: intercept and per unit of affinity (negative).
  public var abandonIntercept = -1.5
  /// Abandonment logit per unit of true affinity.
  public var abandonPerAffinity = -1.2
  /// Abandonment logit per unit by which the artwork's appeal exceeded
  /// the title's affinity (clickbait disappoints).
  public var abandonPerDisappointment = 0.6
  /// Logit of the fraction watched when not abandoned: intercept.
  public var watchIntercept = 0.8
  /// Logit of the fraction watched per unit of affinity.
  public var watchPerAffinity = 1.2
  /// Standard deviation of the noise on that logit.
  public var watchNoise = 0.8
  /// A fraction at least this is a completion.
  public var completionFraction = 0.93
  /// Chance of rating a title after watching.
  public var rate = 0.1
  /// Chance of browsing again after abandoning a title.
  public var browseAgain = 0.5
  /// Most titles started in one session.
  public var maximumTitlesPerSession = 4
  /// Seconds of playback between heartbeats.
  public var heartbeatSeconds = 600.0
  /// Minutes a session may run past its window's end.
  public var overrunMinutes = 30
  /// Minutes a member who decides to watch one more title after finishing
  /// one may keep going from then, scaled by their binge tendency (a binge
  /// runs past bedtime).
  public var bingeOverrunMinutes = 150.0
  /// Chance a notification is opened: intercept of the logit, plus
  /// ``clickPerAffinity`` times the promoted title's affinity.
  public var notificationOpenIntercept = -1.5
  /// Chance an opened notification is followed to the title.
  public var notificationFollow = 0.6

  /// Chance of pausing once during a playback, per hour of playback
  /// watched (playbacks of 20 minutes or more; at most one pause): a
  /// `pause` at a random position, then 1–10 minutes away from the screen.
  public var pausePerHour = 0.3
  /// Chance of rewinding once during a playback of 10 minutes or more: a
  /// `seek` back 10–30 seconds, which are watched again.
  public var rewind = 0.06
  /// Chance of adding a title seen on the homepage to My List
  /// (`list_add`) when the member looks at its tile, does not click it now,
  /// and its true affinity is at least ``listAddAffinity``.
  public var listAdd = 0.03
  /// The affinity from which a title passed over is worth saving for later.
  public var listAddAffinity = 1.0
  /// Chance of writing a `review` after completing a title whose true
  /// affinity is at least ``strongAffinity``.
  public var review = 0.03
  /// Chance of sharing a completed title with affinity at least
  /// ``strongAffinity`` through a messaging app (`referral_shared`).
  public var referral = 0.02
  /// Chance a shared link is clicked (`referral_click`, logged for the
  /// account of a member of another household, 5 minutes to 3 hours later).
  public var referralClicked = 0.6
  /// Affinity of a title a member loved (reviews, shares; rated two thumbs
  /// up after a completion).
  public var strongAffinity = 1.5
  /// Share of members who play the app's games (fixed per member).
  public var gamerShare = 0.08
  /// Chance a gamer plays a game (`game_activity` launch, then quit with its
  /// duration, 5–25 minutes) at the start of a phone or tablet session.
  public var gameOnMobileSession = 0.25
  /// Chance a household contacts customer service on a day
  /// (`customer_service_contact`).
  public var customerServicePerDay = 0.002
  /// Chance a phone session is on cellular data (address from the
  /// carrier, not the home network).
  public var phoneOnCellular = 0.3

  /// Share of crowd account holders who give their date of birth at sign-up
  /// (where the form asks): labels the platform then holds.
  public var dateOfBirthShare = 0.3
  /// Share of crowd account holders about whom a data broker supplies a
  /// demographic record (age band and gender) on the first day.
  public var brokerRecordShare = 0.25

  /// The defaults.
  public init() {}

  /// The logistic function.
  static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
