import Catalog
import Datasets
import Foundation
import Yams

/// Decodes `crowd`: how many background members there are and how they
/// are drawn (weights of age bands, genders, devices, regions and time
/// zones; sessions, binge tendency, shared profiles, taste spread), each
/// left out key keeping ``Crowd/standard``'s value.
struct CrowdDecoder {
  /// The document, for its reader.
  let document: ScenarioDocument

  private var reader: DocumentReader { document.reader }

  /// The crowd.
  func crowd(_ node: Node) -> Crowd? {
    guard let mapping = reader.mapping(node, ScenarioKeys.crowd, field: "crowd") else { return nil }
    var crowd = Crowd.standard
    crowd.members = reader.integer(mapping, "members", in: 0...1_000_000) ?? crowd.members
    crowd.ageBands = weights(mapping, "age_bands", as: AgeBand.self) ?? crowd.ageBands
    crowd.genders = weights(mapping, "genders", as: Gender.self) ?? crowd.genders
    crowd.devices = weights(mapping, "devices", as: Device.self) ?? crowd.devices
    crowd.regions = freeWeights(mapping, "regions") ?? crowd.regions
    if let zones = freeWeights(mapping, "time_zones") {
      for (zone, _) in zones where TimeZone(identifier: zone) == nil {
        let key = mapping["time_zones"]?.mapping?.first { $0.key.string == zone }?.key
        reader.report(
          .invalidValue(
            field: "crowd.time_zones.\(DocumentReader.abbreviated(zone))",
            expected: "an IANA time zone name", found: "'\(DocumentReader.abbreviated(zone))'",
            suggestion: Suggestion.closest(to: zone, among: TimeZone.knownTimeZoneIdentifiers)),
          at: key)
      }
      crowd.timeZones = zones
    }
    crowd.sessionsPerWeek =
      reader.number(mapping, "sessions_per_week", in: 0...100) ?? crowd.sessionsPerWeek
    crowd.bingeTendency = reader.number(mapping, "binge_tendency", in: 0...1) ?? crowd.bingeTendency
    crowd.sharedProfiles =
      reader.number(mapping, "shared_profiles", in: 0...1) ?? crowd.sharedProfiles
    crowd.tasteSpread = reader.number(mapping, "taste_spread", in: 0...1) ?? crowd.tasteSpread
    return crowd
  }

  /// Weights of the cases of an enumeration, by raw value.
  func weights<T: RawRepresentable & CaseIterable & Hashable>(
    _ mapping: DocumentMapping, _ key: String, as type: T.Type
  ) -> [T: Double]? where T.RawValue == String {
    guard let entries = freeWeightEntries(mapping, key) else { return nil }
    var result: [T: Double] = [:]
    for (name, keyNode, value) in entries {
      if let choice = reader.choice(keyNode, field: "\(mapping.field(key)).\(name)", as: type) {
        result[choice] = value
      }
    }
    return result
  }

  /// Weights of free names (regions, time zones).
  func freeWeights(_ mapping: DocumentMapping, _ key: String) -> [String: Double]? {
    freeWeightEntries(mapping, key).map { entries in
      Dictionary(entries.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// The entries of a weights mapping: non-negative numbers, not all zero.
  private func freeWeightEntries(
    _ mapping: DocumentMapping, _ key: String
  ) -> [(name: String, keyNode: Node, value: Double)]? {
    guard let node = mapping[key], let entries = reader.entries(node, field: mapping.field(key))
    else { return nil }
    var result: [(String, Node, Double)] = []
    for entry in entries {
      if let weight = reader.number(
        entry.value, field: "\(mapping.field(key)).\(entry.key)", in: 0...Double.greatestFiniteMagnitude)
      {
        result.append((entry.key, entry.keyNode, weight))
      }
    }
    if result.allSatisfy({ $0.2 == 0 }), !entries.isEmpty {
      reader.report(
        .invalidValue(
          field: mapping.field(key), expected: "at least one positive weight",
          found: "only zeros", suggestion: nil),
        at: node)
    }
    return result
  }
}
