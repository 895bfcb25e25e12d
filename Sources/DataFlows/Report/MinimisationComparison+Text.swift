import Foundation
import Support

extension MinimisationComparison {
  /// The side-by-side for a person to read.
  public var text: String {
    var lines = ["Collecting less — standard policy beside \(minimalPolicy.preset) policy"]
    lines.append("Policy: partner data \(minimalPolicy.partnerData ? "kept" : "not taken"), location \(minimalPolicy.location.rawValue), cross-service identifiers \(minimalPolicy.crossServiceIdentifiers ? "shared" : "not shared"), retention \(minimalPolicy.retentionDays.map { "\($0) days" } ?? "unlimited"), sale \(minimalPolicy.sale ? "yes" : "no")")
    lines.append("Events kept: \(Words.whole(standardEvents)) → \(Words.whole(minimalEvents))")
    lines.append(String(
      format: "Recommendations (same held-out titles, %d profiles): precision@10 %.4f → %.4f (drop %.4f); recall@10 %.4f → %.4f; popularity baseline %.4f",
      quality.profilesEvaluated, quality.standard.precision, quality.minimal.precision, quality.precisionDrop,
      quality.standard.recall, quality.minimal.recall, quality.popularity.precision))
    if quality.standard.precision < quality.popularity.precision {
      // Say why, rather than leave a personalised model losing to "most popular" unexplained.
      lines.append(
        "  The personalised model does worse here than recommending the most popular titles to everyone: with "
          + "\(Words.count(quality.standardTraining, "training interaction")) over \(Words.count(quality.profilesEvaluated, "profile")) (a few weeks of a "
          + "small crowd) it has too little to learn tastes from, while the few titles everyone watches are a safe bet. "
          + "The comparison that matters is the drop between the two policies, measured on the same held-out titles.")
    }
    for persona in platform.keys.sorted() {
      lines.append("")
      lines.append("The platform about \(persona):")
      lines += (platform[persona] ?? []).map(Self.line)
    }
    for recipient in recipients.keys.sorted() {
      let counts = itemsReceived[recipient] ?? [0, 0]
      lines.append("")
      lines.append("\(recipient): \(Words.count(counts[0], "item")) about the personas → \(Words.whole(counts[1]))")
      for persona in (recipients[recipient] ?? [:]).keys.sorted() {
        let changes = recipients[recipient]?[persona] ?? []
        guard !changes.isEmpty else { continue }
        lines.append("  about \(persona):")
        lines += changes.map { "  " + Self.line($0) }
      }
    }
    return lines.joined(separator: "\n")
  }

  static func line(_ change: TraitChange) -> String {
    func list(_ values: [String]) -> String { values.isEmpty ? "—" : values.prefix(3).joined(separator: ", ") }
    return "  \(change.trait): \(list(change.standard)) → \(list(change.minimal))"
  }
}
