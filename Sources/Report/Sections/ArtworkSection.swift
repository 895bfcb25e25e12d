import Catalog

/// The artwork each persona was shown for the same title, every variant
/// drawn as a poster from its tags, and the tones of everything each
/// persona was shown in the last week.
struct ArtworkSection: Sendable {
  /// The run.
  let run: RunView

  /// How often each persona was shown each variant of each title:
  /// persona position → title id → variant id → count.
  var impressions: [[String: [String: Int]]] {
    run.personas.map { persona in
      var counts: [String: [String: Int]] = [:]
      for (_, event) in persona.events {
        if case .impression(let title, _, _, _, let artwork, _) = event.payload {
          counts[title, default: [:]][artwork, default: 0] += 1
        }
      }
      return counts
    }
  }

  /// The title to show: the one whose images show best how the
  /// personas' artwork differs (``FeaturedArtwork``).
  func featuredTitle(_ impressions: [[String: [String: Int]]]) -> Title? {
    let candidates = Set(impressions.flatMap(\.keys)).sorted().compactMap { run.title(id: $0) }
    return FeaturedArtwork(titles: candidates, impressions: impressions).title
  }

  /// The variant shown most often (ties to the smaller id).
  static func dominant(_ counts: [String: Int]) -> String? { FeaturedArtwork.dominant(counts) }

  /// The section's anchor.
  static let id = "artwork"

  /// Posters shown before the rest are folded away.
  static let posters = 3

  /// Whether there are personas whose artwork to show.
  static func isShown(_ run: RunView) -> Bool { !run.groups.isEmpty }

  /// A group's commonest tone in its last week, with its share.
  static func commonestTone(_ group: ProfileGroup) -> (tone: ArtworkTone, share: Double)? {
    let tones = group.lead.report.artworkTones
    return ArtworkTone.allCases.compactMap { tone in tones[tone.rawValue].map { (tone, $0) } }
      .filter { $0.1 > 0 }
      .max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.rawValue > $1.0.rawValue }
  }

  /// The plain reading: the tone each persona was shown of the featured
  /// title most often, and the tone each was shown most in the last week.
  func reading(title: Title?, impressions: [[String: [String: Int]]]) -> String {
    var sentences: [String] = []
    if let title {
      // One phrase per tone shown most often, naming the profiles shown it.
      var byTone: [(tone: ArtworkTone, names: [String])] = []
      for (position, persona) in run.personas.enumerated() {
        guard let counts = impressions[position][title.id.text],
          let tone = FeaturedArtwork.dominantTone(title, counts)
        else { continue }
        if let at = byTone.firstIndex(where: { $0.tone == tone }) {
          byTone[at].names.append(persona.name)
        } else {
          byTone.append((tone, [persona.name]))
        }
      }
      if !byTone.isEmpty {
        let phrases = byTone.map { "\(NumberText.list($0.names)) the \($0.tone.rawValue) one" }
        sentences.append("For “\(title.name)” the platform showed \(NumberText.list(phrases)) most often")
      }
    }
    let shares = run.groups.compactMap { group in
      Self.commonestTone(group).map { "\(group.names) \($0.tone.rawValue) (\(NumberText.percent($0.share)))" }
    }
    if !shares.isEmpty { sentences.append("the last week's commonest tone: " + NumberText.list(shares)) }
    guard let first = sentences.first else { return "" }
    return ([first] + sentences.dropFirst()).joined(separator: "; ") + "."
  }

  /// The section, or nothing without personas.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    let impressions = self.impressions
    let featured = featuredTitle(impressions)
    var content: [HTML] = []
    if let title = featured {
      let variants = NumberText.count(title.artwork.count, "artwork variant")
      content.append(HTML.element("h3", [:], HTML(text: "“\(title.name)” — \(variants)")))
      // The variants shown most come first; beyond three, the rest are
      // folded away.
      var shown: [String: Int] = [:]
      for counts in impressions { for (variant, count) in counts[title.id.text] ?? [:] { shown[variant, default: 0] += count } }
      let position = Dictionary(title.artwork.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
      let ordered = title.artwork.sorted { a, b in
        let (ca, cb) = (shown[a.id] ?? 0, shown[b.id] ?? 0)
        return ca != cb ? ca > cb : (position[a.id] ?? 0) < (position[b.id] ?? 0)
      }
      let cards = ordered.map { variant -> HTML in
        var lines: [String] = []
        for (position, persona) in run.personas.enumerated() {
          let counts = impressions[position][title.id.text] ?? [:]
          guard let count = counts[variant.id], count > 0 else { continue }
          let total = counts.values.reduce(0, +)
          let most = Self.dominant(counts) == variant.id ? " (most often)" : ""
          lines.append("\(persona.name): \(count) of \(total)\(most)")
        }
        let shown = lines.isEmpty ? "not shown to the personas" : "shown to " + lines.joined(separator: "; ")
        return SectionFrame.figure(PosterCard(title: title, variant: variant).svg,
                                   caption: "\(variant.tone.rawValue) — \(shown)")
      }
      content.append(HTML.element("div", ["class": "posters"], Array(cards.prefix(Self.posters))))
      if cards.count > Self.posters {
        let rest = cards.count - Self.posters
        content.append(SectionFrame.folded("\(NumberText.count(rest, "more variant")) of “\(title.name)”",
                                           [HTML.element("div", ["class": "posters"], Array(cards.dropFirst(Self.posters)))]))
      }
    } else {
      content.append(HTML.element("p", [:], HTML(text: "No artwork was shown to the personas.")))
    }
    content.append(SectionFrame.folded("Tones shown in the last 7 days", [
      SectionFrame.figure(toneShares, caption: "Share of the artwork each profile was shown, by tone.", wide: false),
      SectionFrame.legend(ArtworkTone.allCases.map { (Palette.colour(of: $0), $0.rawValue) }),
    ]))
    return SectionFrame.section(
      id: Self.id, title: "Artwork",
      lede: "Each title has several images. The platform learns which kind each person clicks and shows them that "
        + "one — the same film can be sold as a horror or as a romance.",
      reading: reading(title: featured, impressions: impressions),
      content)
  }

  /// One stacked bar per profile group: the tones of the artwork shown.
  var toneShares: HTML {
    let w = 360.0, left = 84.0, rowHeight = 30.0
    let h = Double(max(run.groups.count, 1)) * rowHeight + 6
    var parts: [HTML] = []
    for (row, group) in run.groups.enumerated() {
      let y = 4 + Double(row) * rowHeight
      parts.append(SVG.group(tooltip: group.title, [
        SVG.text(TasteMapFigure.shortened(group.names, 11), x: left - 6, y: y + 16, size: 13, anchor: "end"),
      ]))
      var x = left
      for tone in ArtworkTone.allCases {
        let share = group.lead.report.artworkTones[tone.rawValue] ?? 0
        guard share > 0 else { continue }
        let width = (w - left - 4) * share
        parts.append(SVG.group(tooltip: "\(tone.rawValue): \(NumberText.percent(share))", [
          SVG.rect(x: x, y: y, width: width, height: 22, fill: Palette.colour(of: tone)),
        ]))
        if width > 34 {
          parts.append(SVG.text(NumberText.percent(share), x: x + width / 2, y: y + 15, size: 12, anchor: "middle",
                                fill: PosterCard.contrast(Palette.colour(of: tone))))
        }
        x += width
      }
    }
    return SVG.canvas(width: w, height: h, label: "Artwork tones shown to each profile", smallestText: 12, parts)
  }
}
