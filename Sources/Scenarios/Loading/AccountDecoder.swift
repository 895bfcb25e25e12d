import Catalog
import Yams

/// Decodes `accounts`: each account's profiles and who watches on each
/// (persona ids), with the checks across them: unique account and profile
/// ids, no viewer twice on a profile, every persona watching somewhere.
/// Without `accounts`, each persona gets an account with one profile of
/// their own.
struct AccountDecoder {
  /// The document, for its reader and shared checks.
  let document: ScenarioDocument
  /// The personas declared.
  let personas: [Persona]

  private var reader: DocumentReader { document.reader }

  /// The accounts of the scenario's `accounts` node (`nil` when absent).
  ///
  /// - Parameter personaItems: the `personas` node, to locate a persona who
  ///   watches on no profile.
  func accounts(_ node: Node?, personaItems: Node?) -> [Account] {
    let personaIDs = personas.map(\.id)
    var accounts: [Account] = []
    var profileNodes: [(profile: Profile, node: Node)] = []
    if let node, let items = reader.list(node, field: "accounts", nonEmpty: true) {
      for (index, item) in items.enumerated() {
        if let (account, nodes) = self.account(item, field: "accounts[\(index)]", personas: personaIDs) {
          accounts.append(account)
          profileNodes += zip(account.profiles, nodes).map { ($0, $1) }
        }
      }
      document.checkUnique(items, what: "account id")
      checkUniqueProfiles(profileNodes)
      checkEveryPersonaWatches(items: personaItems, accounts: accounts)
    } else if node == nil {
      accounts = personas.map {
        Account(id: $0.id, profiles: [Profile(id: $0.id, name: $0.name, viewers: [$0.id])])
      }
    }
    return accounts
  }

  /// An account and the nodes of its profiles.
  func account(_ node: Node, field: String, personas: [String]) -> (Account, [Node])? {
    guard let mapping = reader.mapping(node, ScenarioKeys.account, field: field) else { return nil }
    let id = document.identifier(mapping, "id")
    var profiles: [Profile] = []
    var nodes: [Node] = []
    if let node = mapping["profiles"],
      let items = reader.list(node, field: mapping.field("profiles"), nonEmpty: true)
    {
      for (index, item) in items.enumerated() {
        if let profile = self.profile(item, field: "\(mapping.field("profiles"))[\(index)]", personas: personas) {
          profiles.append(profile)
          nodes.append(item)
        }
      }
    }
    guard let id else { return nil }
    return (Account(id: id, profiles: profiles), nodes)
  }

  /// A profile and its viewers.
  func profile(_ node: Node, field: String, personas: [String]) -> Profile? {
    guard let mapping = reader.mapping(node, ScenarioKeys.profile, field: field) else { return nil }
    let id = document.identifier(mapping, "id")
    var viewers: [String] = []
    if let node = mapping["viewers"],
      let items = reader.list(node, field: mapping.field("viewers"), nonEmpty: true)
    {
      for (index, item) in items.enumerated() {
        let itemField = "\(mapping.field("viewers"))[\(index)]"
        if let name = document.reference(item, field: itemField, kind: "persona", among: personas) {
          if viewers.contains(name) {
            reader.report(.duplicate(what: "viewer", name: name), at: item)
          } else {
            viewers.append(name)
          }
        }
      }
    }
    let kids = reader.boolean(mapping, "kids") ?? false
    guard let id else { return nil }
    return Profile(id: id, name: reader.string(mapping, "name") ?? id, viewers: viewers, isKids: kids)
  }

  private func checkUniqueProfiles(_ profiles: [(profile: Profile, node: Node)]) {
    var seen = Set<String>()
    for (profile, node) in profiles where !seen.insert(profile.id).inserted {
      reader.report(.duplicate(what: "profile id", name: profile.id), at: node["id"] ?? node)
    }
  }

  private func checkEveryPersonaWatches(items: Node?, accounts: [Account]) {
    let watching = Set(accounts.flatMap(\.profiles).flatMap(\.viewers))
    guard case .sequence(let sequence)? = items else { return }
    for (index, persona) in personas.enumerated() where !watching.contains(persona.id) {
      let node = sequence.first { $0["id"]?.string == persona.id }
      reader.report(
        .invalidValue(
          field: "personas[\(index)].id",
          expected: "a persona listed among the viewers of some profile",
          found: "'\(persona.id)', who watches on no profile", suggestion: nil),
        at: node?["id"] ?? node)
    }
  }
}
