import Catalog

/// Every mapping of the scenario format and its keys. The parser checks
/// keys against these tables, and tests check that Docs/ScenarioFormat.md
/// and Docs/schemas/scenario.schema.json list exactly these keys.
enum ScenarioKeys {
  static let scenario = KeySet(
    "scenario", required: ["name", "catalog"],
    optional: [
      "personas", "description", "seed", "days", "accounts", "crowd", "platform", "events", "expectations",
      "recipients", "data_policy", "parameters", "replay", "checkpoints",
    ])
  static let catalog = KeySet("catalog", optional: ["generate", "file", "movielens", "titles"])
  static let generate = KeySet("generate", required: ["size"], optional: ["seed", "cast_pool"])
  static let persona = KeySet(
    "persona", required: ["id", "age_band", "gender"],
    optional: [
      "name", "region", "time_zone", "devices", "schedule", "tastes", "binge_tendency",
    ])
  static let window = KeySet(
    "window", required: ["start", "end"], optional: ["days", "device", "probability"])
  static let tastes = KeySet("tastes", optional: ["genres", "cast"])
  static let account = KeySet("account", required: ["id", "profiles"])
  static let profile = KeySet("profile", required: ["id", "viewers"], optional: ["name", "kids"])
  static let crowd = KeySet(
    "crowd",
    optional: [
      "members", "age_bands", "genders", "regions", "time_zones", "devices",
      "sessions_per_week", "binge_tendency", "shared_profiles", "taste_spread",
    ])
  static let platform = KeySet(
    "platform",
    optional: [
      "factors", "regularization", "iterations", "confidence_alpha", "confidence_convention",
      "solver", "cg_steps", "retrain_interval_hours", "artwork_policy", "artwork_epsilon",
      "artwork_exploration",
    ])
  static let expectation = KeySet(
    "expectation",
    optional: [
      "infer", "top_genres", "viewers", "artwork_tone", "recipient_receives", "recipient_infers",
      "linkage", "audience", "minimisation_cost", "reveals",
    ])
  /// The expectation kinds about data flows (``FlowExpectation``).
  static let flowExpectationKinds: Set<String> = [
    "recipient_receives", "recipient_infers", "linkage", "audience", "minimisation_cost",
  ]
  static let recipient = KeySet(
    "recipient", required: ["id", "kind"],
    optional: ["name", "fields", "granularity", "identifier", "frequency", "min_group_size"])
  static let dataPolicy = KeySet(
    "data_policy",
    optional: [
      "preset", "partner_data", "location", "cross_service_identifiers", "retention_days", "sale",
    ])
  static let recipientReceives = KeySet(
    "recipient_receives", required: ["recipient", "field"],
    optional: ["persona", "profile", "at_least", "at_most"])
  static let recipientInfers = KeySet(
    "recipient_infers", required: ["recipient", "trait"],
    optional: ["persona", "profile", "equals", "min_confidence", "possible"])
  static let linkage = KeySet(
    "linkage", required: ["recipients"], optional: ["persona", "profile", "via", "linked"])
  static let audience = KeySet(
    "audience", required: ["min_group_size"], optional: ["at_least", "at_most"])
  static let minimisationCost = KeySet(
    "minimisation_cost", optional: ["max_precision_drop", "min_precision_drop"])
  static let infer = KeySet(
    "infer", required: ["trait", "equals"],
    optional: ["persona", "profile", "min_probability", "after_plays"])
  static let topGenres = KeySet(
    "top_genres", optional: ["persona", "profile", "includes", "excludes", "within", "after_plays"])
  static let viewers = KeySet("viewers", required: ["profile", "equals"])
  static let artworkTone = KeySet(
    "artwork_tone", required: ["tone"], optional: ["persona", "profile", "min_share", "over"])

  static let reveals = KeySet(
    "reveals", required: ["without"],
    optional: [
      "persona", "profile", "trait", "equals", "min_confidence", "top_genre", "within", "segment", "revealed",
    ])
  static let checkpoint = KeySet("checkpoint", required: ["after_plays"], optional: ["persona", "profile"])
  static let replay = KeySet("replay", required: ["ratings"], optional: ["users"])

  /// Every key set the scenario format uses, including the inline
  /// catalog's titles and artwork.
  static let all: [KeySet] = [
    scenario, catalog, generate, persona, window, tastes, account, profile, crowd, platform,
    expectation, infer, topGenres, viewers, artworkTone, recipient, dataPolicy, recipientReceives,
    recipientInfers, linkage, audience, minimisationCost, reveals, checkpoint, replay, CatalogFileKeys.title,
    CatalogFileKeys.artwork,
  ]
}
