import Inference
import Scenarios

/// Where one profile's data went in a run: for each recipient, what it
/// received about the profile under its contract, what it can tell from
/// that alone, and which other recipients it can join the profile's
/// records with — the flows `glasshouse explain` prints for a profile.
///
/// Built from a ``DataFlowAnalysis`` (also one decoded from a run folder's
/// `flows.json`), which records the flows of the scenario's personas.
///
/// ```swift
/// let flows = try DataFlowAnalysis.read(runFolder: "out/ad-sale")
/// if let profile = ProfileFlows(analysis: flows, profile: "alex") { print(profile.text) }
/// ```
public struct ProfileFlows: Sendable, Codable {
  /// One recipient's side of the profile.
  public struct Holding: Sendable, Codable {
    /// The recipient's id.
    public let recipient: String
    /// Its display name.
    public let name: String
    /// Its kind.
    public let kind: Recipient.Kind
    /// Its contract as honoured under the run's data policy.
    public let contract: DataContract
    /// Why it received nothing, when the policy blocked it.
    public let blocked: String?
    /// What it received about the profile and can infer (`nil` for
    /// aggregate recipients and when it received nothing).
    public let flow: PersonaFlow?
    /// For aggregate recipients: groups emitted and counts withheld.
    public let aggregateGroups: Int?, aggregateWithheld: Int?
  }

  /// One join of the profile's records across two recipients.
  public struct Join: Sendable, Codable {
    /// The recipient holding the first record and the one joined to it.
    public let first: String, second: String
    /// The identifier fields the two recipients share.
    public let via: [DataField]
    /// The link itself (keys, candidates, what each side learns).
    public let link: LinkedPerson
  }

  /// The profile.
  public let profile: String
  /// The persona (or personas) watching on it, as the run's scenario names them.
  public let personas: [String]
  /// The data policy of the run.
  public let policy: DataPolicy
  /// One entry per recipient, in scenario order.
  public let holdings: [Holding]
  /// Every join of the profile's records between two recipients.
  public let joins: [Join]

  /// The flows of one profile, or `nil` when the analysis records none for
  /// it (only the scenario's personas' profiles are recorded).
  ///
  /// - Parameter profile: a profile id, or a persona id.
  public init?(analysis: DataFlowAnalysis, profile: String) {
    let personas = Self.personas(in: analysis, profile: profile)
    guard let first = personas.first else { return nil }
    let resolved = analysis.recipients.lazy.compactMap { $0.persona(first)?.profile }.first ?? profile
    self.profile = resolved
    self.personas = personas
    policy = analysis.policy
    holdings = analysis.recipients.map { flow in
      let mine = personas.lazy.compactMap { flow.persona($0) }.first { !$0.items.isEmpty }
      return Holding(
        recipient: flow.recipient, name: flow.name, kind: flow.kind, contract: flow.effectiveContract,
        blocked: flow.blocked, flow: mine, aggregateGroups: flow.aggregates?.cells.count,
        aggregateWithheld: flow.aggregates?.suppressed)
    }
    var joins: [Join] = []
    for linkage in analysis.linkages {
      var seen = Set<String>()
      for persona in personas {
        for link in linkage.personas[persona] ?? [] where seen.insert(link.firstKey + "\u{1F}" + link.secondKey).inserted {
          joins.append(Join(first: linkage.first, second: linkage.second, via: linkage.sharedIdentifiers, link: link))
        }
      }
    }
    self.joins = joins
  }

  /// The profiles the analysis records flows for, in scenario order.
  public static func profiles(in analysis: DataFlowAnalysis) -> [String] {
    var profiles: [String] = []
    for flow in analysis.recipients {
      for persona in flow.personas where !profiles.contains(persona.profile) { profiles.append(persona.profile) }
    }
    return profiles
  }

  /// The personas whose own profile is `profile` (or the persona named so).
  static func personas(in analysis: DataFlowAnalysis, profile: String) -> [String] {
    var found: [String] = []
    for flow in analysis.recipients {
      for persona in flow.personas
      where (persona.profile == profile || persona.persona == profile) && !found.contains(persona.persona) {
        found.append(persona.persona)
      }
    }
    return found
  }
}
