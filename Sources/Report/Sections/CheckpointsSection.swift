import Counterfactual
import Inference

/// What the platform believed after a subject's first plays (the scenario's
/// `checkpoints`): one small table per subject, a row per checkpoint, with
/// the titles played, the top genres, the age band and gender guessed and
/// the homepage's first picks.
struct CheckpointsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "checkpoints"

  /// Whether the run has checkpoints to show.
  static func isShown(_ run: RunView) -> Bool { !run.checkpoints.isEmpty }

  /// A guess with its probability, or a dash; a guess the classifier makes
  /// no better than the base rate says so.
  static func guess(_ trait: InferredTrait?) -> String {
    trait.map {
      "\($0.text) (\(NumberText.percent($0.confidence)))" + ($0.caveat == nil ? "" : ", no better than the base rate")
    } ?? "—"
  }

  /// The first few items of a list, and how many more.
  static func list(_ items: [String], limit: Int) -> String {
    guard !items.isEmpty else { return "—" }
    let shown = items.prefix(limit).joined(separator: ", ")
    return items.count > limit ? shown + " … (\(items.count) in all)" : shown
  }

  /// The section, or nothing when the scenario asked for no checkpoints.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let tables = run.checkpoints.map { progression -> HTML in
      let header = HTML.element("tr", [:], ["After", "Played", "Top genres", "Age band", "Gender", "Top picks"].map {
        HTML.element("th", ["scope": "col"], HTML(text: $0))
      })
      let rows = progression.checkpoints.map { point -> HTML in
        let after = NumberText.count(point.plays, "play") + (point.reached ? "" : " (not reached)")
        return HTML.element("tr", [:],
          HTML.element("th", ["scope": "row"], HTML(text: after)),
          HTML.element("td", ["data-label": "Played"], HTML(text: Self.list(point.played, limit: 3))),
          HTML.element("td", ["data-label": "Top genres"], HTML(text: Self.list(point.topGenres, limit: 3))),
          HTML.element("td", ["data-label": "Age band"], HTML(text: Self.guess(point.ageBand))),
          HTML.element("td", ["data-label": "Gender"], HTML(text: Self.guess(point.gender))),
          HTML.element("td", ["data-label": "Top picks"], HTML(text: Self.list(point.topPicks, limit: 3))))
      }
      return HTML.element("figure", ["class": "wide"],
        HTML.element("div", ["class": "scroll"], HTML.element("table", ["class": "truth checkpoints"],
          HTML.element("thead", [:], header), HTML.element("tbody", [:], rows))),
        HTML.element("figcaption", [:], HTML(text:
          "\(progression.subject) (profile \(progression.profile)), \(NumberText.count(progression.totalPlays, "play")) in all: "
            + "the log cut just before each next play and folded into the platform's final model.")))
    }
    return SectionFrame.section(
      id: Self.id, title: "After the first plays",
      lede: "What the platform would conclude about someone who had played only this much: "
        + "one play already colours the top genres and the homepage; the guesses about who you are move slowly.",
      tables)
  }
}
