/// A whole demonstration: the catalog, the people (with their hidden true
/// traits), their accounts and profiles, a background crowd, how long to
/// simulate, the platform's settings, scripted events, and what the
/// platform is expected to infer. Read one with ``ScenarioLoader``; the
/// file format is in Docs/ScenarioFormat.md.
public struct Scenario: Equatable, Sendable {
  /// The file the scenario was read from.
  public var path: String
  /// A short name.
  public var name: String
  /// What the scenario demonstrates.
  public var description: String
  /// The seed of every random choice in the simulation.
  public var seed: UInt64
  /// The number of simulated days.
  public var days: Int
  /// Where the catalog comes from.
  public var catalog: CatalogSource
  /// The personas, in file order.
  public var personas: [Persona]
  /// The accounts and their profiles.
  public var accounts: [Account]
  /// The background crowd.
  public var crowd: Crowd
  /// The platform's settings.
  public var platform: PlatformSettings
  /// Events replayed as written.
  public var events: [ScriptedEvent]
  /// What the platform should have inferred by the end.
  public var expectations: [Expectation]
  /// The companies outside the platform that receive data, and their
  /// contracts (Docs/DataFlows.md).
  public var recipients: [Recipient]
  /// What the platform collects, keeps and passes on.
  public var dataPolicy: DataPolicy
  /// What is expected of the data flows, checked by module DataFlows.
  public var flowExpectations: [FlowExpectation]
  /// Expectations checked on part of a profile's log (after its first
  /// plays, or without some events), by module Counterfactual.
  public var counterfactualExpectations: [CounterfactualExpectation] = []
  /// What the platform believed after a subject's first plays, shown by
  /// `glasshouse run`.
  public var checkpoints: [PlayCheckpoints] = []
  /// Values left to the command line (`${name}` in file paths).
  public var parameters: [ScenarioParameter] = []
  /// Real ratings replayed through the platform, when given.
  public var replay: RatingsReplaySource?

  /// Creates a scenario.
  public init(
    path: String, name: String, description: String, seed: UInt64, days: Int,
    catalog: CatalogSource, personas: [Persona], accounts: [Account], crowd: Crowd,
    platform: PlatformSettings, events: [ScriptedEvent], expectations: [Expectation],
    recipients: [Recipient] = [], dataPolicy: DataPolicy = .standard,
    flowExpectations: [FlowExpectation] = []
  ) {
    self.path = path
    self.name = name
    self.description = description
    self.seed = seed
    self.days = days
    self.catalog = catalog
    self.personas = personas
    self.accounts = accounts
    self.crowd = crowd
    self.platform = platform
    self.events = events
    self.expectations = expectations
    self.recipients = recipients
    self.dataPolicy = dataPolicy
    self.flowExpectations = flowExpectations
  }

  /// The recipient with an id.
  public func recipient(id: String) -> Recipient? { recipients.first { $0.id == id } }

  /// The persona with an id.
  public func persona(id: String) -> Persona? { personas.first { $0.id == id } }

  /// The profile with an id, in any account.
  public func profile(id: String) -> Profile? {
    accounts.lazy.flatMap(\.profiles).first { $0.id == id }
  }

  /// Every profile, account by account.
  public var profiles: [Profile] { accounts.flatMap(\.profiles) }
}
