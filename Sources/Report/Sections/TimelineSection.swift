/// Each persona's events per day, by kind.
struct TimelineSection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
    let figures = run.personas.map { persona in
      SectionFrame.figure(TimelineFigure(persona: persona, days: run.days).svg,
        caption: "\(persona.name): \(persona.events.count) events on the profile and its account; weekends shaded.", wide: false)
    }
    let legend = SectionFrame.legend(EventGroup.allCases.map { ($0.colour, $0.label) })
    return SectionFrame.section(
      id: "timeline", title: "Timeline",
      lede: "Every day the platform logs what it showed, what was clicked and watched, and the device. "
        + "A dot's area grows with the number of events that day.",
      [legend, HTML.element("div", ["class": "grid"], figures)])
  }
}
