/// Each profile's events per day, by kind, once per profile group.
struct TimelineSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "timeline"

  /// Whether there are personas whose events to draw.
  static func isShown(_ run: RunView) -> Bool { !run.groups.isEmpty }

  /// The plain reading of one group's timeline: how many events on how
  /// many days, and the two largest kinds.
  func reading(_ group: ProfileGroup) -> String {
    let figure = TimelineFigure(persona: group.lead, days: run.days)
    let counts = figure.counts
    let total = counts.reduce(0) { $0 + $1.reduce(0, +) }
    guard total > 0 else { return "\(group.names): no events." }
    let active = (0..<max(run.days, 1)).filter { day in counts.contains { $0.indices.contains(day) && $0[day] > 0 } }
    var totals: [(group: EventGroup, count: Int)] = []
    for kind in EventGroup.allCases {
      let count = counts[kind.rawValue].reduce(0, +)
      if count > 0 { totals.append((kind, count)) }
    }
    totals.sort { $0.count != $1.count ? $0.count > $1.count : $0.group.rawValue < $1.group.rawValue }
    let kinds: [String] = totals.prefix(2).map { item in
      let share = Double(item.count) / Double(total)
      return item.group.plain + " (" + NumberText.percent(share) + ")"
    }
    return "\(group.names): \(NumberText.count(total, "event")) on \(active.count) of \(NumberText.count(run.days, "day")); "
      + "most of them \(NumberText.list(kinds))."
  }

  /// The section, or nothing without personas.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let figures = run.groups.map { group in
      SectionFrame.figure(TimelineFigure(persona: group.lead, days: run.days, title: group.names).svg,
        caption: "\(group.title): \(NumberText.count(group.lead.events.count, "event")) on the profile and its "
          + "account; weekends shaded.", wide: false, side: run.groups.count == 1)
    }
    let legend = SectionFrame.legend(EventGroup.allCases.map { ($0.colour, $0.label) })
    return SectionFrame.section(
      id: Self.id, title: "Timeline",
      lede: "Every day the platform logs what it showed, what was clicked and watched, and the device. "
        + "A dot's area grows with the number of events that day.",
      reading: run.groups.map(reading).joined(separator: " "),
      [legend, HTML.element("div", ["class": run.groups.count > 1 ? "grid two" : "grid two-single"], figures)])
  }
}
