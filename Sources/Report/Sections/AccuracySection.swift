import Assessment

/// How right the platform was across the whole simulated population.
struct AccuracySection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "accuracy"

  /// Whether anyone was scored (a replay of real people has no truth).
  static func isShown(_ run: RunView) -> Bool { !AccuracyFigure(accuracy: run.assessment.accuracy).scores.isEmpty }

  /// The plain reading: which guesses are no better than always giving the
  /// commonest answer, and which beat it.
  var reading: String {
    let scores = AccuracyFigure(accuracy: run.assessment.accuracy).scores
    func name(_ score: PopulationAccuracy.Score) -> String {
      score.inference.replacingOccurrences(of: " (never told)", with: "")
    }
    var sentences: [String] = []
    let guessing = scores.filter(AccuracyFigure.isGuessing)
    let beating = scores.filter { !AccuracyFigure.isGuessing($0) }
    var rest = guessing
    if guessing.contains(where: { name($0) == "gender" }) {
      rest.removeAll { name($0) == "gender" }
      let always = run.commonestGender.map { "always saying “\($0)”" } ?? "always giving the commonest answer"
      sentences.append("Its gender guesses are no better than \(always)")
    }
    if !rest.isEmpty {
      let list = NumberText.list(rest.map(name))
      sentences.append(sentences.isEmpty
        ? "Its guesses of \(list) are no better than always giving the commonest answer"
        : "nor are its guesses of \(list) better than the commonest answer")
    }
    if !beating.isEmpty {
      sentences.append((sentences.isEmpty ? "It" : "it") + " does better on " + NumberText.list(beating.map(name)))
    }
    let text = sentences.joined(separator: "; ")
    return text.isEmpty ? "" : text + "."
  }

  /// The section, or nothing when nobody was scored.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let legend = SectionFrame.legend([
      (Palette.good, "right, better than guessing"), (Palette.categorical[1], "right, no better"),
      (nil, "┃ the commonest answer"), (nil, "◇ how sure it was, on average"),
    ])
    let labelled = run.assessment.labelledProfiles
    let caption = labelled == 0
      ? "No profile gave its age or gender (no date of birth, no data broker), so the platform has no labels to "
        + "learn them from."
      : "\(NumberText.count(labelled, "profile")) had age or gender labels (a date of birth, a data broker); "
        + "gender and age are scored on the others, which never told."
    return SectionFrame.section(
      id: Self.id, title: "Across everyone",
      lede: "Not just the personas: the same inferences for every simulated member, scored against the truth. "
        + "A bar beyond the black line does better than always giving the most common answer.",
      reading: reading,
      [SectionFrame.figure(AccuracyFigure(accuracy: run.assessment.accuracy).svg, caption: caption, legend: legend,
                           wide: false, side: true)])
  }
}
