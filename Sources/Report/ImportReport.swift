import Beliefs
import Inference

/// The report of a person's own imported data (`glasshouse import`) as one
/// self-contained HTML page: first that the page holds personal data; then,
/// per profile of the account, what a platform holding these events can
/// infer — each conclusion in a plain sentence with how sure it is and the
/// events that gave it away — and the advertising segments those give;
/// then what was read. There is no truth to set beside it.
///
/// Like ``HTMLReport`` it loads nothing, runs no script, escapes every
/// piece of text from the export, and gives the same bytes for the same
/// import.
public struct ImportReport: Sendable {
  /// The HTML document, UTF-8 text (also well-formed XML).
  public let html: String

  /// Renders the report.
  ///
  /// - Parameters:
  ///   - source: what was imported, in words ("a Netflix data export").
  ///   - notice: the personal-data notice, shown first.
  ///   - profiles: each profile's inferred profile, in the order shown.
  ///   - facts: what was read and made of it, one line each (files, rows,
  ///     rejects, titles matched, time zones).
  public init(source: String, notice: String, profiles: [InferredProfile], facts: [String]) {
    let head = HTMLReport.head(title: "Glasshouse — what could a platform infer from \(source)")
    let masthead = HTML.element("header", ["class": "masthead"], HTML.element("div", ["class": "inner"],
      HTML.element("p", ["class": "notice"], HTML(text: notice)),
      HTML.element("h1", [:], HTML(text: "What could a platform infer from \(source)?")),
      HTML.element("p", [:], HTML(text:
        "\(NumberText.count(profiles.count, "profile")). Everything below was worked out from the events alone, "
          + "the way a streaming platform would; nothing was sent anywhere."))))
    let cards = profiles.map(Self.card)
    let beliefs = SectionFrame.section(
      id: "beliefs", title: "What a platform could conclude about each profile",
      lede: "Nobody typed these in: they come from when, what, on which device and from where the profile watched.",
      reading: Self.reading(profiles),
      [HTML.element("div", ["class": profiles.count > 1 ? "grid two" : "grid"], cards)])
    let read = SectionFrame.section(
      id: "read", title: "What was read", lede: "File by file, what the import made of the export, and what it could not read.",
      [HTML.element("ul", [:], facts.map { HTML.element("li", [:], HTML(text: $0)) })])
    let nav = HTML.element("nav", ["class": "sections", "aria-label": "Sections"],
      HTML.element("div", ["class": "inner"],
        HTML.element("a", ["href": "#beliefs"], HTML(text: "Conclusions")),
        HTML.element("a", ["href": "#read"], HTML(text: "What was read"))))
    let footer = HTML.element("footer", [:], HTML(text:
      "Made by Glasshouse from \(source). This page is self-contained: it runs no script and loads nothing "
        + "from the network. It holds personal data: keep it private."))
    let body = HTML.element("body", [:], masthead, nav, HTML.element("main", [:], beliefs, read), footer)
    html = (HTML(trusted: "<!DOCTYPE html>\n") + HTML.element("html", ["lang": "en"], head, body) + HTML(trusted: "\n"))
      .markup
  }

  /// One profile: its conclusions with confidence and top evidence, and
  /// its segments.
  static func card(_ profile: InferredProfile) -> HTML {
    let name = profile.name ?? profile.profile
    var parts: [HTML] = [
      HTML.element("h3", [:], HTML(text: name)),
      HTML.element("p", ["class": "evidence"], HTML(text:
        "Profile “\(profile.profile)”, \(NumberText.count(profile.events, "event")).")),
    ]
    // What the crowd gave (--crowd) comes in a part of its own, each guess
    // with the classifier's cross-validated skill beside it.
    let crowdKinds = Set(profile.crowd?.guessed ?? [])
    let statements = BeliefsSection.statements(profile.traits.filter { !crowdKinds.contains($0.kind) })
    if statements.isEmpty {
      parts.append(HTML.element("p", [:], HTML(text: "Too few events for a platform to conclude anything.")))
    } else {
      parts.append(BeliefsSection.list(statements))
    }
    // The events that weighed most, per kind of conclusion.
    let evidence = Dictionary(grouping: profile.traits, by: \.kind).compactMap { kind, traits -> (TraitKind, String)? in
      traits.first?.evidence.first.map { (kind, $0.description) }
    }.sorted { $0.0.rawValue < $1.0.rawValue }
    if !evidence.isEmpty {
      parts.append(SectionFrame.folded("The events that gave each conclusion away", [
        HTML.element("ul", ["class": "evidence"], evidence.map { kind, text in
          HTML.element("li", [:], HTML(text: "\(kind.name): \(text)"))
        }),
      ]))
    }
    if !profile.segments.isEmpty {
      parts.append(HTML.element("p", [:], HTML(text:
        "Advertising segments it could sell: " + NumberText.list(profile.segments.map { segment in
          segment.name + (segment.sensitive ? " (sensitive: \(segment.sensitivity ?? "a sensitive inference"))" : "")
        }) + ".")))
    }
    if let standing = profile.crowd {
      parts += Self.crowdPart(profile, standing)
    } else if !profile.traits.contains(where: { $0.kind == .gender }) {
      parts.append(HTML.element("p", ["class": "evidence"], HTML(text:
        "Not guessed: age band and gender, which a platform learns from the members whose labels it holds; "
          + "this data alone has none.")))
    }
    return HTML.element("div", ["class": "card"], parts)
  }

  /// What a platform that learned from the crowd would guess, each
  /// demographic guess with how often the crowd's classifier is right in
  /// cross-validation and how often the commonest answer is.
  static func crowdPart(_ profile: InferredProfile, _ standing: CrowdStanding) -> [HTML] {
    let crowd = standing.crowd
    let people = "these \(NumberText.count(crowd.members, "person", "people")) (\(crowd.source.release.rawValue))"
    guard standing.titlesFolded > 0 else {
      return [HTML.element("p", [:], HTML(text:
        "Not placed among \(people): none of this profile's titles is among the movies they rated."))]
    }
    var parts = [
      HTML.element("h4", [:], HTML(text: "What a platform that learned from \(people) would guess")),
      HTML.element("p", ["class": "evidence"], HTML(text:
        "From the \(NumberText.count(standing.titlesFolded, "title")) of this profile among the movies they rated.")),
    ]
    let guessed = profile.traits.filter { standing.guessed.contains($0.kind) }
    parts.append(BeliefsSection.list(BeliefsSection.statements(guessed)))
    let skills = guessed.compactMap { crowd.skill(of: $0.kind) }.filter { !$0.isGuessing }
    if !skills.isEmpty {
      parts.append(HTML.element("ul", ["class": "evidence"], skills.map { skill in
        HTML.element("li", [:], HTML(text:
          "\(skill.trait.name): right for \(NumberText.percent(skill.accuracy)) of the \(skill.labelled) people in "
            + "\(skill.folds)-fold cross-validation; always answering “\(skill.commonest)” is right for "
            + "\(NumberText.percent(skill.commonestShare))."))
      }))
    }
    if !crowd.guessesDemographics {
      parts.append(HTML.element("p", ["class": "evidence"], HTML(text:
        "Not guessed: age band and gender — \(crowd.source.release.rawValue) has no file of its people's ages and genders.")))
    }
    return parts
  }

  /// One sentence on what the page shows.
  static func reading(_ profiles: [InferredProfile]) -> String {
    let conclusions = profiles.reduce(0) { $0 + BeliefsSection.statements($1.traits).count }
    let segments = profiles.reduce(0) { $0 + $1.segments.count }
    return "From this data alone a platform reaches \(NumberText.count(conclusions, "conclusion")) about "
      + "\(NumberText.count(profiles.count, "profile")), and \(NumberText.count(segments, "advertising segment")) "
      + "it could sell."
  }
}
