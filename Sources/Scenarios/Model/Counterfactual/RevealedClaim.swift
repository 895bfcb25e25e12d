import Catalog

/// What a `reveals` expectation says the platform concludes: an inferred
/// trait, a top genre or an advertising segment.
public enum RevealedClaim: Hashable, Sendable {
  /// An inferred trait named as the persona report names it (`age band`,
  /// `devices`, `active hours`, …), optionally with a value, at least this
  /// confident.
  case trait(name: String, equals: String?, minimumConfidence: Double)
  /// The genre is among the top `within` genres.
  case topGenre(Genre, within: Int)
  /// An advertising segment (IAB Audience Taxonomy tiers, e.g.
  /// `Demographic > Age Range > 45-54`) is derived; a segment matches when
  /// it ends with the text.
  case segment(String)

  /// The trait names a `reveals` expectation may use, in the YAML spelling
  /// (underscores for spaces), and the names the platform's inferences use.
  public static let traitNames: [String: String] = [
    "age_band": "age band", "gender": "gender", "genre_affinity": "genre affinity",
    "favourite_cast": "favourite cast", "artwork_tone": "artwork tone", "active_hours": "active hours",
    "active_days": "active days", "sleep_window": "sleep window", "weekday_weekend": "weekday/weekend",
    "binge_propensity": "binge propensity", "completion_rate": "completion rate", "home_region": "home region",
    "time_zone": "time zone", "travel": "travel", "devices": "devices", "viewers": "viewers",
    "people_in_the_account": "people in the account", "children": "children",
  ]
}
