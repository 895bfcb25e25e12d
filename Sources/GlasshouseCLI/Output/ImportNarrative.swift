import Beliefs
import Inference

/// What `glasshouse import` prints per profile of a person's own export:
/// what a platform holding these events can infer, each trait with its
/// confidence and the evidence that weighed most, and the advertising
/// segments it could sell — as `run` prints a persona's beliefs, with no
/// truth beside them (there is none).
struct ImportNarrative {
  /// The profiles, in the order printed.
  let profiles: [InferredProfile]

  var text: String {
    var lines: [String] = []
    for profile in profiles {
      lines.append("")
      lines.append("\((profile.name ?? profile.profile).uppercased()) — profile \(profile.profile), \(profile.events) events")
      guard !profile.traits.isEmpty else {
        lines.append("  Too few events for a platform to conclude anything.")
        continue
      }
      lines.append("  What a platform holding these events can infer:")
      for trait in profile.traits where Self.shown.contains(trait.kind) {
        var line = "    " + RunNarrative.line(trait.name, trait.text, trait.confidence, trait.caveat)
        if let top = trait.evidence.first { line += " ← \(top.description)" }
        lines.append(line)
      }
      if !profile.segments.isEmpty {
        let segments = profile.segments.prefix(6).map { "\($0.name) (\(String(format: "%.2f", $0.confidence)))" }
        lines.append("  Advertising segments it could sell: " + segments.joined(separator: "; ")
          + (profile.segments.count > 6 ? "; and \(profile.segments.count - 6) more" : ""))
      }
      if !profile.traits.contains(where: { $0.kind == .gender }) {
        lines.append("  Not guessed: age band and gender, which a platform learns from the members whose labels it holds;"
          + " this export alone has none.")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The traits printed (all are in profile.json).
  static let shown: Set<TraitKind> = RunNarrative.shown.union([.activeDays, .weekdayWeekend, .completionRate, .travel])
}
