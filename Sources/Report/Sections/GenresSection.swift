/// Each profile's genre affinities as bars, once per profile group.
struct GenresSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "genres"

  /// Whether any persona has genre shares to draw.
  static func isShown(_ run: RunView) -> Bool { !run.groups.isEmpty }

  /// The plain reading of one group's bars: the genre with the largest
  /// share, and the platform's top genre — the first genre affinity, the
  /// one furthest above the average profile's share (Docs/Inference.md),
  /// the same ranking every other screen uses.
  static func reading(_ group: ProfileGroup) -> String {
    let genres = group.lead.genres
    guard let top = genres.first else { return "\(group.names): no viewing credited to any genre yet." }
    var text = "\(group.names): most of it is \(top.genre.name) (\(NumberText.percent(top.share)))"
    if let first = group.lead.report.topGenres.first, let entry = genres.first(where: { $0.genre.name == first }) {
      let points = Int(((entry.share - entry.mean) * 100).rounded())
      text += first == top.genre.name
        ? ", also the platform's top genre (+\(points) points above the average profile)"
        : "; the platform's top genre is \(first) (+\(points) points above the average profile)"
    }
    return text + "."
  }

  /// The section, or nothing without personas.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let figures = run.groups.map { group in
      SectionFrame.figure(GenreBarsFigure(persona: group.lead, title: group.names).svg,
        caption: "\(group.title): the platform's top genres (ranked against everyone else): "
          + (group.lead.report.topGenres.prefix(5).joined(separator: ", ").nonEmpty ?? "none yet") + ".", wide: false, side: run.groups.count == 1)
    }
    return SectionFrame.section(
      id: Self.id, title: "Genres",
      lede: "The share of each profile's viewing the platform credits to each genre. Where a bar passes the "
        + "black tick, the profile watches that genre more than the average profile.",
      reading: run.groups.map(Self.reading).joined(separator: " "),
      [HTML.element("div", ["class": run.groups.count > 1 ? "grid two" : "grid two-single"], figures)])
  }
}

extension String {
  /// The string, or nil when it is empty.
  var nonEmpty: String? { isEmpty ? nil : self }
}
