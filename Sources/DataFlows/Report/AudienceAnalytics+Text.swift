import Support

extension AudienceAnalytics {
  /// The aggregates for a person to read, with the groups of one named.
  public var text: String {
    var lines = [
      "Audience analytics (minimum group size \(minimumGroupSize)): \(cells.count) groups emitted, \(suppressed) groups or counts withheld"
    ]
    for dimension in dimensions {
      lines.append("By \(dimension.rawValue):")
      lines += cells.filter { $0.dimension == dimension }.prefix(6).map { "  " + Self.describe($0) }
    }
    if !singledOut.isEmpty {
      lines.append("Groups of one — each is a person's viewing under a thin label:")
      for single in singledOut.prefix(8) {
        let who = single.persona.map { "persona \($0)" } ?? "profile \(single.profile)"
        lines.append("  \(single.group) is \(who): \(single.revealedTitles.joined(separator: ", "))")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// One group in words: its name, size, plays, top titles and genres.
  public static func describe(_ cell: AudienceCell) -> String {
    let titles = cell.topTitles.map { "\($0.name) (\($0.plays))" }.joined(separator: ", ")
    let genres = cell.topGenres.map(\.name).joined(separator: ", ")
    return "\(cell.group): \(Words.count(cell.profiles, "profile")), \(Words.count(cell.plays, "play")); top titles \(titles.isEmpty ? "—" : titles); genres \(genres.isEmpty ? "—" : genres)"
  }
}
