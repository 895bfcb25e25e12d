import Events
import Foundation
import Inference
import Support

extension ProfileExplanation {
  /// The explanation for a terminal: the title asked about (score
  /// decomposition, artwork, inferences it fed), then the recommendations
  /// with their reasons and every inference with the events behind it.
  ///
  /// Evidence is shown by its events' count alone; ``text(log:)`` says
  /// when each happened and what it was.
  public var text: String { text(log: []) }

  /// The explanation for a terminal, each piece of evidence shown with its
  /// first events' local time and type (`2025-01-13 21:04 play start`) from
  /// `log` (the profile's events), never by their ids (those are in
  /// `--format json`).
  ///
  /// - Complexity: O(events) to index them, then O(1) per evidence event shown.
  public func text(log: [Event]) -> String {
    let byID = Dictionary(log.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var lines: [String] = []
    lines.append("Profile \(profile): \(Words.count(events, "event")) in the platform's log.")
    if let focus {
      lines.append("")
      lines.append("Why \"\(focus.name)\" (\(focus.genres.joined(separator: ", "))):")
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
        let shown = evidence.eventIDs.prefix(3).compactMap { byID[$0].map(Self.moment) }
        let more = evidence.eventIDs.count > shown.count ? ", …" : ""
        let moments = shown.isEmpty ? "" : "; " + shown.joined(separator: ", ") + more
        lines.append("      \(evidence.description) [effect \(Self.signed(evidence.effect))\(moments)]")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// An event as a person reads it: its local time to the minute and its
  /// type in words (`2025-01-13 21:04 play start`).
  static func moment(_ event: Event) -> String {
    let time = event.timestamp.description.prefix(16).replacingOccurrences(of: "T", with: " ")
    return time + " " + event.type.rawValue.replacingOccurrences(of: "_", with: " ")
  }

  static func number(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
  static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
  static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + number(value) }
}
