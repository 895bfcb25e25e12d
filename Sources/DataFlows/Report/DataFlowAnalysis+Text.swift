import Foundation
import Inference
import Scenarios
import Support

extension DataFlowAnalysis {
  /// The flows for a person to read: per recipient, its contract, what it
  /// received about each persona and what it can tell from that; then the
  /// joins between recipients.
  /// Keys appear as `key h0co`; ``text(key:)`` names them.
  public var text: String { text(key: { "key " + $0 }) }

  /// The flows for a person to read, with each key a recipient files
  /// records under in words by `key` (a device's id by the device's name,
  /// say: "the device id of the computer (Web)").
  public func text(key: (String) -> String) -> String {
    var lines = ["Where the data goes — \(scenario) (data policy: \(policy.preset))"]
    lines.append("The platform holds \(Words.whole(eventsKept)) of the \(Words.count(eventsLogged, "event")) its apps and partners offered.")
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
        let counts = Words.list(persona.received.map { Self.fieldCount($0.count, $0.field) })
        let keys = persona.keys.count == 1
          ? "under \(key(persona.keys[0]))" : "under \(persona.keys.count) keys it cannot link to each other"
        lines.append("  \(persona.persona): received \(Words.count(persona.items.count, "item")) \(keys): \(counts)")
        if !persona.segments.isEmpty {
          // The segment lists above hold these labels (one list can hold
          // several, and the demographics and region add their own).
          lines.append("    the labels it files \(persona.persona) under: \(persona.segments.joined(separator: "; "))")
        }
        lines.append("    from them it can tell: " + Self.tell(persona.inferred))
      }
    }
    for linkage in linkages {
      let first = recipient(linkage.first)?.name ?? linkage.first
      let second = recipient(linkage.second)?.name ?? linkage.second
      lines.append("")
      lines.append("\(first) + \(second), joined on \(linkage.sharedIdentifiers.map(\.rawValue).joined(separator: ", ")): "
        + "\(Words.count(linkage.linkedRecords, "record")) linked, \(Words.whole(linkage.uniqueLinks)) uniquely, "
        + "\(Words.whole(linkage.correctUniqueLinks)) of those correctly")
      for persona in linkage.personas.keys.sorted() {
        for link in linkage.personas[persona] ?? [] {
          let via = link.via.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) \(link.via[$0]?.first ?? "")" }.joined(separator: ", ")
          lines.append("  \(persona): \(key(link.firstKey)) ↔ \(key(link.secondKey)) via \(via) "
            + "(\(Words.count(link.candidates, "candidate")), \(link.correct ? "the same person" : "a different profile"))")
          if !link.gainedByFirst.isEmpty { lines.append("    \(first) learns: \(link.gainedByFirst.joined(separator: "; "))") }
          if !link.gainedBySecond.isEmpty { lines.append("    \(second) learns: \(link.gainedBySecond.joined(separator: "; "))") }
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A count of one field's items in words: `7 segments`, `1 IP address`.
  public static func fieldCount(_ count: Int, _ field: DataField) -> String {
    switch field {
    case .viewing: return Words.count(count, "viewing record")
    case .ratings: return Words.count(count, "rating")
    case .searches: return Words.count(count, "search")
    case .referrals: return Words.count(count, "referral")
    case .segments: return Words.count(count, "segment list")
    case .demographics: return Words.count(count, "demographic record")
    case .region: return Words.count(count, "region")
    case .ip: return Words.count(count, "IP address")
    case .deviceID: return Words.count(count, "device id")
    case .deviceType: return Words.count(count, "device type")
    case .emailHash: return Words.count(count, "email hash")
    }
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
