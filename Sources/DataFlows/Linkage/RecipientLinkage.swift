import Catalog
import Inference
import Scenarios

/// What two recipients learn by joining their views on an identifier they
/// both received (email hash, device id, IP address): the re-identification
/// risk of passing identifiers that follow a person across companies.
///
/// Each record of the first view is matched to every record of the second
/// sharing one of its identifier values; a record with exactly one match
/// is linked uniquely. The joined record is the union of both (events,
/// segments, identifiers) and the inference is rerun on it.
public struct RecipientLinkage: Sendable, Codable {
  /// The two recipients.
  public let first: String, second: String
  /// The identifier fields both received (the join keys).
  public let sharedIdentifiers: [DataField]
  /// Records of the first view with at least one match.
  public let linkedRecords: Int
  /// Of those, the ones with exactly one match.
  public let uniqueLinks: Int
  /// Of the unique links, the ones that really are the same profile.
  public let correctUniqueLinks: Int
  /// The links of the scenario's personas' records.
  public let personas: [String: [LinkedPerson]]

  init(first: RecipientView, second: RecipientView, inference: RecipientInference, personas index: PersonaIndex) {
    self.first = first.recipient
    self.second = second.recipient
    let shared = DataField.allCases.filter { field in
      field.isCrossServiceIdentifier
        && first.subjects.contains { !($0.identifiers[field] ?? []).isEmpty }
        && second.subjects.contains { !($0.identifiers[field] ?? []).isEmpty }
    }
    sharedIdentifiers = shared
    var lookup: [DataField: [String: [Int]]] = [:]
    for (s, subject) in second.subjects.enumerated() {
      for field in shared {
        for value in subject.identifiers[field] ?? [] { lookup[field, default: [:]][value, default: []].append(s) }
      }
    }
    var linked = 0, unique = 0, correct = 0
    var personas: [String: [LinkedPerson]] = [:]
    for subject in first.subjects {
      var matches: [Int: [DataField: [String]]] = [:]
      for field in shared {
        for value in subject.identifiers[field] ?? [] {
          for s in lookup[field]?[value] ?? [] { matches[s, default: [:]][field, default: []].append(value) }
        }
      }
      guard !matches.isEmpty else { continue }
      linked += 1
      let isCorrect = matches.keys.first.map { second.subjects[$0].profiles == subject.profiles } ?? false
      if matches.count == 1 {
        unique += 1
        if isCorrect { correct += 1 }
      }
      let owners = subject.profiles.compactMap(index.persona(profile:))
      guard !owners.isEmpty else { continue }
      for s in matches.keys.sorted() {
        let other = second.subjects[s]
        func statements(_ traits: [InferredTrait]) -> [String] { traits.map { "\($0.name): \($0.text)" } }
        let firstAlone = Set(statements(inference.traits(of: [subject])))
        let secondAlone = Set(statements(inference.traits(of: [other])))
        let joined = inference.traits(of: [subject, other])
        let link = LinkedPerson(
          firstKey: subject.key, secondKey: other.key, via: matches[s] ?? [:], candidates: matches.count,
          firstProfiles: subject.profiles, secondProfiles: other.profiles,
          correct: other.profiles == subject.profiles,
          gainedByFirst: statements(joined).filter { !firstAlone.contains($0) },
          gainedBySecond: statements(joined).filter { !secondAlone.contains($0) }, joined: joined)
        for owner in Set(owners) { personas[owner, default: []].append(link) }
      }
    }
    linkedRecords = linked
    uniqueLinks = unique
    correctUniqueLinks = correct
    self.personas = personas
  }
}
