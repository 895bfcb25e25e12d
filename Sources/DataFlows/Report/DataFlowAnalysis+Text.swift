import Foundation
import Inference
import Scenarios

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
        lines.append("  \(flow.deliveries) deliveries of aggregates; \(aggregates.cells.count) groups emitted, \(aggregates.suppressed) withheld below \(aggregates.minimumGroupSize) profiles")
        lines += aggregates.cells.prefix(3).map { "  " + AudienceAnalytics.describe($0) }
        continue
      }
      lines.append("  \(flow.deliveries) deliveries; records on \(flow.subjects) keys; fields received: \(flow.fieldsReceived.map(\.rawValue).joined(separator: ", "))")
      for persona in flow.personas {
        guard !persona.items.isEmpty else {
          lines.append("  \(persona.persona): nothing")
          continue
        }
        let counts = persona.received.map { "\($0.count) \($0.field.rawValue)" }.joined(separator: ", ")
        let keys = persona.keys.count == 1 ? "under \(persona.keys[0])" : "under \(persona.keys.count) unlinkable keys"
        lines.append("  \(persona.persona): received \(persona.items.count) items \(keys) (\(counts))")
        if !persona.segments.isEmpty {
          lines.append("    \(persona.segments.count) segments: \(persona.segments.joined(separator: "; "))")
        }
        lines.append("    from them it can tell: " + Self.tell(persona.inferred))
      }
    }
    for linkage in linkages {
      lines.append("")
      lines.append("\(linkage.first) + \(linkage.second), joined on \(linkage.sharedIdentifiers.map(\.rawValue).joined(separator: ", ")): \(linkage.linkedRecords) records link, \(linkage.uniqueLinks) uniquely, \(linkage.correctUniqueLinks) of those correctly")
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
