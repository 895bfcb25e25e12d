import Catalog
import Events
import Inference
import Scenarios
import Simulation

/// The same run seen by a platform that collects everything and by one
/// that collects only what the service needs: what the platform and each
/// recipient can still infer about each persona, side by side, and the
/// cost in recommendation quality (precision@10, ``RecommendationQuality``).
///
/// When the run itself collected under the minimising policy, the minimal
/// side is what its platform really held at the end (its log after
/// retention, its own models) and the standard side is every event offered
/// during the run (``SimulationResult/offeredEvents``), folded into the
/// platform's title factors; on a standard run the minimal side is the
/// policy applied after the fact (``PolicyFilter``).
public struct MinimisationComparison: Sendable, Codable {
  /// The two policies.
  public let standardPolicy: DataPolicy, minimalPolicy: DataPolicy
  /// Events kept under each.
  public let standardEvents: Int, minimalEvents: Int
  /// Per persona, the platform's beliefs under both policies.
  public let platform: [String: [TraitChange]]
  /// Per recipient, per persona, what it can tell under both policies.
  public let recipients: [String: [String: [TraitChange]]]
  /// Per recipient, items received about all personas under each policy.
  public let itemsReceived: [String: [Int]]
  /// The recommendation quality cost.
  public let quality: RecommendationQuality
  /// The flows under each policy.
  public let standard: DataFlowAnalysis, minimal: DataFlowAnalysis

  /// Compares the standard policy with a minimising one on a finished run.
  ///
  /// - Parameter minimal: the minimising policy; by default the scenario's
  ///   when it is not the standard one, else ``DataPolicy/minimal``.
  public init(
    result: SimulationResult, scenario: Scenario, catalog: Catalog, minimal: DataPolicy? = nil
  ) {
    let chosen = minimal ?? (scenario.dataPolicy == .standard ? .minimal : scenario.dataPolicy)
    let personas = PersonaIndex(result: result)
    let full = PlatformProfiles(result: result, catalog: catalog, policy: .standard)
    let less = PlatformProfiles(result: result, catalog: catalog, policy: chosen)
    standardPolicy = .standard
    minimalPolicy = chosen
    standardEvents = full.events.count
    minimalEvents = less.events.count
    let offered = result.offeredEvents.count
    standard = DataFlowAnalysis(platform: full, scenario: scenario, catalog: catalog, personas: personas, logged: offered)
    self.minimal = DataFlowAnalysis(platform: less, scenario: scenario, catalog: catalog, personas: personas, logged: offered)
    var platform: [String: [TraitChange]] = [:]
    for persona in personas.personas {
      guard let profile = personas.profileOfPersona[persona] else { continue }
      platform[persona] = Self.changes(full.profile(profile)?.traits ?? [], less.profile(profile)?.traits ?? [])
    }
    self.platform = platform
    var recipients: [String: [String: [TraitChange]]] = [:]
    var items: [String: [Int]] = [:]
    for (before, after) in zip(standard.recipients, self.minimal.recipients) {
      var perPersona: [String: [TraitChange]] = [:]
      for flow in before.personas {
        perPersona[flow.persona] = Self.changes(flow.inferred, after.persona(flow.persona)?.inferred ?? [])
      }
      recipients[before.recipient] = perPersona
      items[before.recipient] = [
        before.personas.reduce(0) { $0 + $1.items.count }, after.personas.reduce(0) { $0 + $1.items.count },
      ]
    }
    self.recipients = recipients
    itemsReceived = items
    quality = RecommendationQuality(
      standardEvents: full.events, minimalEvents: less.events, configuration: result.platform.configuration)
  }

  /// Traits by name under both policies, in the order first seen.
  static func changes(_ before: [InferredTrait], _ after: [InferredTrait]) -> [TraitChange] {
    var names: [String] = []
    for trait in before + after where !names.contains(trait.name) { names.append(trait.name) }
    func values(_ traits: [InferredTrait], _ name: String) -> [String] {
      traits.filter { $0.name == name }.map { "\($0.text) (\(String(format: "%.2f", $0.confidence)))" }
    }
    return names.map { TraitChange(trait: $0, standard: values(before, $0), minimal: values(after, $0)) }
  }
}
