import Beliefs
import Catalog
import Events
import Inference
import Scenarios
import Simulation

/// Where the data of a run goes: for each of the scenario's recipients,
/// exactly what it received about each profile under its contract and the
/// data policy, what it can infer from that alone, and what pairs of
/// recipients learn by joining their views on a shared identifier.
///
/// ```swift
/// let flows = DataFlowAnalysis(result: result, scenario: scenario, catalog: catalog)
/// print(flows.text)
/// ```
public struct DataFlowAnalysis: Sendable, Codable {
  /// The scenario's name.
  public let scenario: String
  /// The data policy the flows were computed under.
  public let policy: DataPolicy
  /// Events the platform holds at the end under the policy, of those the
  /// members' apps and partners offered it during the run.
  public let eventsKept: Int, eventsLogged: Int
  /// One flow per recipient, in scenario order.
  public let recipients: [RecipientFlow]
  /// Every pair of per-person recipients that shares an identifier.
  public let linkages: [RecipientLinkage]

  /// The full views (every subject, not only personas); not encoded.
  public let views: [RecipientView]

  enum CodingKeys: String, CodingKey {
    case scenario, policy, eventsKept, eventsLogged, recipients, linkages
  }

  /// Computes the flows of a finished run.
  ///
  /// - Parameter policy: the data policy; by default the scenario's.
  /// - Complexity: one pass of the platform's inference over every profile,
  ///   plus the recipients' inference for each persona.
  public init(result: SimulationResult, scenario: Scenario, catalog: Catalog, policy: DataPolicy? = nil) {
    let platform = PlatformProfiles(result: result, catalog: catalog, policy: policy ?? scenario.dataPolicy)
    self.init(
      platform: platform, scenario: scenario, catalog: catalog, personas: PersonaIndex(result: result),
      logged: result.offeredEvents.count)
  }

  init(platform: PlatformProfiles, scenario: Scenario, catalog: Catalog, personas: PersonaIndex, logged: Int) {
    self.scenario = scenario.name
    self.policy = platform.policy
    eventsKept = platform.events.count
    eventsLogged = logged
    let views = scenario.recipients.map {
      RecipientViewBuilder(recipient: $0, platform: platform, personas: personas).build()
    }
    self.views = views
    let inference = RecipientInference(beliefs: platform.beliefs)
    recipients = views.map { view in
      let flows = personas.personas.compactMap { persona -> PersonaFlow? in
        guard let profile = personas.profileOfPersona[persona] else { return nil }
        let subjects = view.subjects(profile: profile)
        let items = subjects.flatMap(\.items)
        let counts = DataField.allCases.compactMap { field -> PersonaFlow.FieldCount? in
          let n = items.lazy.filter { $0.field == field }.count
          return n == 0 ? nil : PersonaFlow.FieldCount(field: field, count: n)
        }
        let segmentNames = Array(Set(subjects.flatMap(\.segments).map(\.name))).sorted()
        // Each key is a record the recipient can link; without a stable
        // key each delivery is one, and the most it can tell is what one
        // record tells (the union over records lists every such trait).
        let inferred = PlatformBeliefs.deduplicated(subjects.flatMap { inference.traits(of: [$0]) })
        return PersonaFlow(
          persona: persona, profile: profile, keys: subjects.map(\.key), received: counts,
          segments: segmentNames, items: items, inferred: inferred)
      }
      return RecipientFlow(
        recipient: view.recipient, name: view.name, kind: view.kind, contract: view.contract,
        effectiveContract: view.effectiveContract, blocked: view.blocked, deliveries: view.deliveries,
        subjects: view.subjects.count, fieldsReceived: DataField.allCases.filter(view.fieldsReceived.contains),
        personas: flows, aggregates: view.aggregates)
    }
    var linkages: [RecipientLinkage] = []
    for i in views.indices {
      for j in views.indices where j > i {
        guard !views[i].subjects.isEmpty, !views[j].subjects.isEmpty else { continue }
        let linkage = RecipientLinkage(first: views[i], second: views[j], inference: inference, personas: personas)
        if !linkage.sharedIdentifiers.isEmpty { linkages.append(linkage) }
      }
    }
    self.linkages = linkages
  }

  /// Decodes the encoded part (no full views).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    scenario = try container.decode(String.self, forKey: .scenario)
    policy = try container.decode(DataPolicy.self, forKey: .policy)
    eventsKept = try container.decode(Int.self, forKey: .eventsKept)
    eventsLogged = try container.decode(Int.self, forKey: .eventsLogged)
    recipients = try container.decode([RecipientFlow].self, forKey: .recipients)
    linkages = try container.decode([RecipientLinkage].self, forKey: .linkages)
    views = []
  }

  /// Encodes everything but the full views.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(scenario, forKey: .scenario)
    try container.encode(policy, forKey: .policy)
    try container.encode(eventsKept, forKey: .eventsKept)
    try container.encode(eventsLogged, forKey: .eventsLogged)
    try container.encode(recipients, forKey: .recipients)
    try container.encode(linkages, forKey: .linkages)
  }

  /// The flow of one recipient.
  public func recipient(_ id: String) -> RecipientFlow? { recipients.first { $0.recipient == id } }

  /// The linkage of two recipients, in either order.
  public func linkage(_ a: String, _ b: String) -> RecipientLinkage? {
    linkages.first { ($0.first == a && $0.second == b) || ($0.first == b && $0.second == a) }
  }
}
