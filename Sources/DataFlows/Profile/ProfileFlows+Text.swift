import Foundation
import Inference
import Scenarios
import Support

extension ProfileFlows {
  /// The flows for a terminal: per recipient its contract, what it received
  /// about the profile, what it can tell from that alone, and with whom it
  /// can link the profile's records.
  ///
  /// Keys appear as `key h0co`; ``text(key:)`` names them.
  public var text: String { text(key: { "key " + $0 }) }

  /// The flows for a terminal, with each key a recipient files records
  /// under in words by `key` (a device's id by the device's name, say).
  public func text(key: (String) -> String) -> String {
    let who = personas.count == 1 ? personas[0] : personas.joined(separator: " and ")
    var lines = ["Where \(profile)'s data went (\(who); data policy \(policy.preset)):"]
    for holding in holdings {
      lines.append("")
      lines.append("\(holding.name) (\(holding.kind.rawValue)) — \(DataFlowAnalysis.describe(holding.contract))")
      if let blocked = holding.blocked {
        lines.append("  received nothing: \(blocked)")
        continue
      }
      if let groups = holding.aggregateGroups {
        lines.append(
          "  nothing about \(profile) alone: counts over groups of at least "
            + "\(Words.count(holding.contract.minimumGroupSize, "profile")) (\(Words.count(groups, "group")) emitted"
            + ((holding.aggregateWithheld ?? 0) == 0
              ? ")" : ", \(Words.count(holding.aggregateWithheld ?? 0, "group or count", "groups or counts")) withheld)"))
        continue
      }
      guard let flow = holding.flow else {
        lines.append("  received nothing about \(profile)")
        continue
      }
      let counts = Words.list(flow.received.map { DataFlowAnalysis.fieldCount($0.count, $0.field) })
      let keys = flow.keys.count == 1 ? "under \(key(flow.keys[0]))" : "under \(flow.keys.count) keys it cannot link"
      lines.append("  received \(Words.count(flow.items.count, "item")) about \(profile) \(keys): \(counts)")
      if !flow.segments.isEmpty {
        lines.append("  the labels it files \(profile) under: \(flow.segments.joined(separator: "; "))")
      }
      let samples = flow.items.filter { $0.time != nil }.prefix(3)
      if !samples.isEmpty {
        lines.append("  for example: " + samples.map { "\($0.value) (\($0.time ?? ""))" }.joined(separator: "; "))
      }
      lines.append("  from that alone it can tell: " + DataFlowAnalysis.tell(flow.inferred))
    }
    lines.append("")
    if joins.isEmpty {
      lines.append("Linking: no two recipients share an identifier for \(profile)'s records.")
    } else {
      lines.append("Linking (recipients that share an identifier can join \(profile)'s records):")
      for join in joins {
        let name = { (id: String) in self.holdings.first { $0.recipient == id }?.name ?? id }
        let via = join.link.via.keys.sorted { $0.rawValue < $1.rawValue }
          .map { "\($0.rawValue) \(join.link.via[$0]?.first ?? "")" }.joined(separator: ", ")
        let certainty = join.link.candidates == 1
          ? "a unique match" : "one of \(join.link.candidates) candidates"
        lines.append(
          "  \(name(join.first)) under \(key(join.link.firstKey)) ↔ \(name(join.second)) under \(key(join.link.secondKey)) via \(via) "
            + "(\(certainty), \(join.link.correct ? "the same profile" : "not exactly the same profiles"))")
        if !join.link.gainedByFirst.isEmpty {
          lines.append("    \(name(join.first)) learns: \(join.link.gainedByFirst.prefix(8).joined(separator: "; "))")
        }
        if !join.link.gainedBySecond.isEmpty {
          lines.append("    \(name(join.second)) learns: \(join.link.gainedBySecond.prefix(8).joined(separator: "; "))")
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}
