import Foundation
import Inference

/// What the platform believed about one subject after each of several
/// numbers of plays — the cold start, step by step — for `glasshouse run`'s
/// narrative and its `counterfactual.json`.
public struct CheckpointProgression: Sendable, Codable, Equatable {
  /// The persona or profile id as the scenario names it.
  public let subject: String
  /// The profile whose log is cut.
  public let profile: String
  /// Plays in the whole log.
  public let totalPlays: Int
  /// One entry per checkpoint, in order.
  public let checkpoints: [PlayCheckpoint]

  /// The progression of a profile over checkpoints.
  ///
  /// - Complexity: one ``PlatformState/checkpoint(profile:afterPlays:picks:)`` per entry.
  public init(state: PlatformState, subject: String, profile: String, plays: [Int]) {
    self.subject = subject
    self.profile = profile
    self.totalPlays = PlayCheckpoint.plays(in: state.events(profile: profile))
    self.checkpoints = plays.map { state.checkpoint(profile: profile, afterPlays: $0) }
  }

  /// The progression in words, one paragraph per checkpoint.
  public var text: String {
    let counts = checkpoints.map { String($0.plays) }
    let list = counts.count > 1 ? counts.dropLast().joined(separator: ", ") + " and " + counts.last! : counts.joined()
    var lines = [
      "What the platform knew about \(subject) after \(list) plays (profile \(profile), \(totalPlays) plays in all; "
        + "the log cut after each play, folded into the final model):"
    ]
    func show(_ trait: InferredTrait?) -> String {
      trait.map { "\($0.text) (p \(String(format: "%.2f", $0.confidence)))" } ?? "—"
    }
    for point in checkpoints {
      let heading =
        point.reached
        ? "after \(point.plays) play\(point.plays == 1 ? "" : "s")"
        : "after \(point.plays) plays (only \(totalPlays) in the log; showing all of them)"
      lines.append("  \(heading), \(point.events) events:")
      lines.append("    watched: " + Self.list(point.played, limit: 6))
      lines.append("    top genres: " + Self.list(point.topGenres, limit: 3))
      lines.append("    age band: \(show(point.ageBand)); gender: \(show(point.gender))")
      lines.append("    top picks: " + Self.list(point.topPicks, limit: 3))
    }
    return lines.joined(separator: "\n")
  }

  private static func list(_ items: [String], limit: Int) -> String {
    guard !items.isEmpty else { return "—" }
    let shown = items.prefix(limit).joined(separator: ", ")
    return items.count > limit ? shown + ", … (\(items.count))" : shown
  }
}
