import Foundation
import Inference
import Scenarios
import Support

extension DataFlowAnalysis {
  /// The flows for a person to read: per recipient, its contract, what it
  /// received about each persona and what it can tell from that; then the
  /// joins between recipients.
  public var text: String {
    var lines = ["Where the data goes — \(scenario) (data policy: \(policy.preset))"]
    lines.append("The platform holds \(eventsKept) of the \(eventsLogged) events its apps and partners offered.")
    for flow in recipients {
      lines.append("")
      lines.append("\(flow.name) (\(flow.kind.rawValue)): \(Self.describe(flow.effectiveContract))")
      if flow.effectiveContract != flow.contract {
        lines.append("  declared: \(Self.describe(flow.contract))")
      }
      if let blocked = flow.blocked {
        lines.append("  receives nothing: \(blocked)")
        continue
      }
      if let aggregates = flow.aggregates {
        lines.append("  \(Words.count(flow.deliveries, "delivery")) of aggregates; \(Words.count(aggregates.cells.count, "group")) emitted"
          + (aggregates.suppressed == 0 ? "" : ", \(Words.count(aggregates.suppressed, "group")) withheld for having fewer than "
            + Words.count(aggregates.minimumGroupSize, "profile")))
        lines += aggregates.cells.prefix(3).map { "  " + AudienceAnalytics.describe($0) }
        continue
      }
      lines.append("  \(Words.count(flow.deliveries, "delivery")); records on \(Words.count(flow.subjects, "key")); fields received: \(flow.fieldsReceived.map(\.rawValue).joined(separator: ", "))")
      for persona in flow.personas {
        guard !persona.items.isEmpty else {
          lines.append("  \(persona.persona): nothing")
          continue
        }
        let counts = persona.received.map { "\($0.field.rawValue) \($0.count)" }.joined(separator: ", ")
        let keys = persona.keys.count == 1 ? "under \(persona.keys[0])" : "under \(persona.keys.count) unlinkable keys"
        lines.append("  \(persona.persona): received \(Words.count(persona.items.count, "item")) \(keys) (\(counts))")
        if !persona.segments.isEmpty {
          lines.append("    \(Words.count(persona.segments.count, "distinct segment")): \(persona.segments.joined(separator: "; "))")
        }
        lines.append("    from them it can tell: " + Self.tell(persona.inferred))
      }
    }
    for linkage in linkages {
      lines.append("")
      lines.append("\(linkage.first) + \(linkage.second), joined on \(linkage.sharedIdentifiers.map(\.rawValue).joined(separator: ", ")): \(Words.count(linkage.linkedRecords, "record")) linked, \(linkage.uniqueLinks) uniquely, \(linkage.correctUniqueLinks) of those correctly")
      for persona in linkage.personas.keys.sorted() {
        for link in linkage.personas[persona] ?? [] {
          let via = link.via.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) \(link.via[$0]?.first ?? "")" }.joined(separator: ", ")
          lines.append("  \(persona): \(link.firstKey) ↔ \(link.secondKey) via \(via) (\(link.candidates) candidate\(link.candidates == 1 ? "" : "s"), \(link.correct ? "the same person" : "a different profile"))")
          if !link.gainedByFirst.isEmpty { lines.append("    \(linkage.first) learns: \(link.gainedByFirst.joined(separator: "; "))") }
          if !link.gainedBySecond.isEmpty { lines.append("    \(linkage.second) learns: \(link.gainedBySecond.joined(separator: "; "))") }
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A contract in words.
  static func describe(_ contract: DataContract) -> String {
    let fields = contract.orderedFields.map(\.rawValue).joined(separator: ", ")
    let key = contract.granularity == .aggregate
      ? "groups of at least \(contract.minimumGroupSize)" : "keyed by \(contract.identifier.rawValue)"
    return "\(contract.granularity.rawValue) of [\(fields.isEmpty ? "nothing" : fields)], \(key), \(contract.frequency.rawValue)"
  }

  /// Traits as a short sentence, most confident first.
  static func tell(_ traits: [InferredTrait]) -> String {
    guard !traits.isEmpty else { return "nothing" }
    return traits.sorted { $0.confidence > $1.confidence }.prefix(12)
      .map { "\($0.name) \($0.text) (\(String(format: "%.2f", $0.confidence)))" }
      .joined(separator: "; ")
  }
}
