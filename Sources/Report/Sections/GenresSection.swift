/// Each persona's genre affinities as bars.
struct GenresSection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
    let figures = run.personas.map { persona in
      SectionFrame.figure(GenreBarsFigure(persona: persona).svg, caption: "\(persona.name): the platform's top genres "
        + "(ranked against everyone else): " + (persona.report.topGenres.prefix(5).joined(separator: ", ")
        .nonEmpty ?? "none yet") + ".", wide: false)
    }
    return SectionFrame.section(
      id: "genres", title: "Genres",
      lede: "The share of each persona's viewing the platform credits to each genre. Where a bar passes the "
        + "black tick, the persona watches that genre more than the average profile.",
      [HTML.element("div", ["class": run.personas.count > 1 ? "grid two" : "grid"], figures)])
  }
}

extension String {
  /// The string, or nil when it is empty.
  var nonEmpty: String? { isEmpty ? nil : self }
}
