/// One persona's events per simulated day, one row per kind of event: a
/// dot's area grows with the day's count, so the hundreds of impressions
/// and the single rating both stay visible.
struct TimelineFigure: Sendable {
  /// The persona.
  let persona: PersonaView
  /// Days simulated.
  let days: Int
  /// What the figure calls the profile (its personas' names).
  var title: String? = nil

  /// Counts per group (rows) and day (columns).
  var counts: [[Int]] {
    var counts = [[Int]](repeating: [Int](repeating: 0, count: max(days, 1)), count: EventGroup.allCases.count)
    for (day, event) in persona.events where day >= 0 && day < days {
      counts[EventGroup(event.type).rawValue][day] += 1
    }
    return counts
  }

  /// The weekday of simulated day 0 (0 Sunday … 6 Saturday) in the
  /// persona's local time, from the first event's time stamp.
  var firstWeekday: Int? {
    guard let (day, event) = persona.events.first else { return nil }
    let local = event.timestamp.secondsSinceEpoch + Int64(event.timestamp.offsetMinutes) * 60
    let daysSinceEpoch = Int(RunView.floorDiv(local, 86_400))
    // 1 January 1970 was a Thursday (4).
    return (((daysSinceEpoch + 4 - day) % 7) + 7) % 7
  }

  /// The SVG.
  var svg: HTML {
    let counts = self.counts
    let groups = EventGroup.allCases.filter { counts[$0.rawValue].contains { $0 > 0 } }
    let w = 360.0, left = 70.0, right = 38.0, top = 6.0, rowHeight = 24.0
    let h = top + Double(max(groups.count, 1)) * rowHeight + 26
    let column = (w - left - right) / Double(max(days, 1))
    let largest = Double(counts.flatMap { $0 }.max() ?? 1)
    let maxRadius = min(column * 0.5, rowHeight * 0.5) - 0.5
    var parts: [HTML] = []
    if let weekday = firstWeekday {
      for day in 0..<days where (weekday + day) % 7 == 0 || (weekday + day) % 7 == 6 {
        parts.append(SVG.rect(x: left + Double(day) * column, y: top, width: column,
                              height: Double(groups.count) * rowHeight, fill: "#eceff3"))
      }
    }
    if groups.isEmpty {
      parts.append(SVG.text("No events.", x: left, y: top + 18, size: 13, fill: Palette.muted))
    }
    for (row, group) in groups.enumerated() {
      let y = top + (Double(row) + 0.5) * rowHeight
      parts.append(SVG.text(group.shortLabel, x: left - 6, y: y + 5, size: 13, anchor: "end"))
      parts.append(SVG.line(x1: left, y1: y, x2: w - right, y2: y, stroke: Palette.rule))
      for day in 0..<days where counts[group.rawValue][day] > 0 {
        let count = counts[group.rawValue][day]
        let radius = max(1.6, maxRadius * (Double(count) / largest).squareRoot())
        parts.append(SVG.group(tooltip: "day \(day + 1): \(NumberText.count(count, "event")), \(group.label)", [
          SVG.circle(x: left + (Double(day) + 0.5) * column, y: y, radius: radius, fill: group.colour, opacity: 0.85),
        ]))
      }
      let total = counts[group.rawValue].reduce(0, +)
      parts.append(SVG.text(String(total), x: w - right + 4, y: y + 5, size: 12, fill: Palette.muted))
    }
    let axisY = top + Double(groups.count) * rowHeight + 16
    var tick = 0
    // Every week labelled while the labels fit ("day 29" is about 40 units wide).
    let step = 7 * max(1, Int((42 / (column * 7)).rounded(.up)))
    while tick < days {
      parts.append(SVG.text(tick == 0 ? "day 1" : String(tick + 1), x: left + (Double(tick) + 0.5) * column, y: axisY, size: 12,
                            anchor: "middle", fill: Palette.muted))
      tick += step
    }
    parts.append(SVG.text("total", x: w - right + 4, y: axisY, size: 12, fill: Palette.muted))
    return SVG.canvas(width: w, height: h, label: "\(title ?? persona.name)'s events per day", smallestText: 12, parts)
  }
}
