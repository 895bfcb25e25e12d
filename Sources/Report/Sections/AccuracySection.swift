/// How right the platform was across the whole simulated population.
struct AccuracySection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
    let legend = SectionFrame.legend([
      (Palette.good, "share right (beats the baseline)"), (Palette.categorical[1], "share right (does not beat it)"),
      (nil, "┃ baseline: the majority answer, or chance"), (nil, "◇ the platform's mean confidence"),
    ])
    return SectionFrame.section(
      id: "accuracy", title: "Across everyone",
      lede: "Not just the personas: the same inferences for every simulated member, scored against the truth. "
        + "A bar beyond the black line does better than guessing the most common answer.",
      [SectionFrame.figure(AccuracyFigure(accuracy: run.assessment.accuracy).svg,
        caption: "\(run.assessment.labelledProfiles) profiles had age or gender labels (a date of birth, a data broker); "
          + "gender and age are scored on the others, which never told.", legend: legend)])
  }
}
