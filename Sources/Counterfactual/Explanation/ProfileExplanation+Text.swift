import Inference

extension ProfileExplanation {
  /// The explanation for a terminal: the title asked about (score
  /// decomposition, artwork, inferences it fed), then the recommendations
  /// with their reasons and every inference with the events behind it.
  public var text: String {
    var lines: [String] = []
    lines.append("Profile \(profile): \(events) events in the platform's log.")
    if let focus {
      lines.append("")
      lines.append("Why \"\(focus.name)\" (\(focus.title); \(focus.genres.joined(separator: ", "))):")
      if let rank = focus.rank {
        lines.append("  ranked #\(rank) among the titles you have not watched (score \(Self.number(focus.score)))")
      } else {
        lines.append("  you already watched it; its score would be \(Self.number(focus.score))")
      }
      if focus.because.isEmpty {
        lines.append("  no past title raises its score")
      } else {
        lines.append("  its score comes from your past titles (share of the positive part):")
        for reason in focus.because { lines.append("    \(Self.percent(reason.share))  \(reason.name)") }
      }
      lines.append("  artwork: \(focus.artwork.policy)")
      if let chosen = focus.artwork.chosen { lines.append("    would show \(chosen) now") }
      for reason in focus.artwork.reasons { lines.append("    \(reason)") }
      if focus.artwork.shown.isEmpty {
        lines.append("    the log shows no impression of it to you")
      } else {
        let shown = focus.artwork.shown.map { "\($0.variant) (\($0.tone), \($0.times)×)" }
        lines.append("    shown to you: " + shown.joined(separator: ", "))
      }
      if !focus.inferences.isEmpty {
        lines.append("  its events helped the platform infer: " + focus.inferences.joined(separator: ", "))
      }
    }
    lines.append("")
    lines.append("Top recommendations (titles you have not watched):")
    if view.recommendations.isEmpty {
      lines.append(hasModel
        ? "  none: the model does not know this profile yet"
        : "  none: imported data has no recommendation model behind it (only what the log itself shows)")
    }
    for (r, item) in view.recommendations.enumerated() {
      let because = item.becauseText
      let genres = item.genres.isEmpty ? "" : " [\(item.genres.joined(separator: ", "))]"
      lines.append("  \(r + 1). \(item.name)\(genres) (\(Self.number(item.score)))" + (because.isEmpty ? "" : " — \(because)"))
    }
    lines.append("")
    lines.append("Top genres (share of your viewing above the audience's): " + view.topGenres.prefix(5).joined(separator: ", "))
    lines.append("")
    lines.append("What the platform infers, and which events gave it away:")
    for trait in view.traits {
      lines.append("  \(trait.name): \(trait.text) (confidence \(Self.percent(trait.confidence)))")
      for evidence in trait.evidence.prefix(3) {
        let ids = evidence.eventIDs.prefix(3).joined(separator: ", ") + (evidence.eventIDs.count > 3 ? ", …" : "")
        lines.append("      \(evidence.description) [effect \(Self.signed(evidence.effect)); events \(ids)]")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func number(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
  static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
  static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + number(value) }
}
