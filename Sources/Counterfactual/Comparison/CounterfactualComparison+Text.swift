extension CounterfactualComparison {
  /// The comparison for a terminal: three side-by-side tables (before |
  /// after | changed?) for recommendations, top genres and inferences.
  public var text: String {
    var lines: [String] = []
    let what = removedByType.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    lines.append(
      "Profile \(profile) without \(filters.joined(separator: " or ")): \(removed) of \(before.events) events taken away"
        + (what.isEmpty ? "." : " (\(what))."))
    if removed == 0 { lines.append("Nothing matched, so nothing changes.") }
    lines.append("Recommendations are the remaining events folded in against the platform's fixed title factors;")
    lines.append("inferences are rerun on the remaining events.")
    Self.table("Recommendations", recommendations, into: &lines)
    Self.table("Top genres", topGenres, into: &lines)
    Self.table("Inferences", inferences, into: &lines)
    lines.append("")
    lines.append("Artwork: \(artworkNote).")
    if !artwork.isEmpty { Self.table("Artwork", artwork, into: &lines) }
    let changed =
      recommendations.filter(\.changed).count + topGenres.filter(\.changed).count
      + inferences.filter(\.changed).count + artwork.filter(\.changed).count
    lines.append("")
    lines.append("\(changed) line\(changed == 1 ? "" : "s") changed.")
    return lines.joined(separator: "\n")
  }

  static func table(_ title: String, _ rows: [Row], into lines: inout [String]) {
    lines.append("")
    guard !rows.isEmpty else {
      lines.append("\(title): none before or after")
      return
    }
    let labelWidth = max(title.count, rows.map(\.label.count).max() ?? 0)
    let beforeWidth = max(6, min(40, rows.map(\.before.count).max() ?? 0))
    let afterWidth = max(5, min(40, rows.map(\.after.count).max() ?? 0))
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
    lines.append("\(pad(title, labelWidth))  \(pad("before", beforeWidth))  \(pad("after", afterWidth))  changed?")
    for row in rows {
      var line = "\(pad(row.label, labelWidth))  \(pad(row.before, beforeWidth))  \(pad(row.after, afterWidth))"
      if row.changed { line += "  yes" }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
  }
}
