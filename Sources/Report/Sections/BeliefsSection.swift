import Inference

/// “What the platform now believes about you”: every conclusion about each
/// persona in a plain sentence, with how sure the platform is.
struct BeliefsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section's anchor.
  static let id = "beliefs"

  /// Whether there are personas to describe.
  static func isShown(_ run: RunView) -> Bool { !run.personas.isEmpty }

  /// The section, or nothing without personas.
  var html: HTML {
    guard Self.isShown(run) else { return .empty }
    // Each profile's beliefs are listed once, for the first persona on it.
    var describedBy: [String: String] = [:]
    for persona in run.personas where describedBy[persona.report.profile] == nil {
      describedBy[persona.report.profile] = persona.name
    }
    let cards = run.personas.map { persona -> HTML in
      let report = persona.report
      var parts: [HTML] = [
        HTML.element("h3", ["style": "color:\(persona.colour)"], HTML(text: persona.name)),
        HTML.element("p", ["class": "evidence"], HTML(text:
          "Profile “\(report.profile)” on account “\(report.account)”, \(NumberText.count(report.events, "event")).")),
      ]
      let statements = Self.statements(report.beliefs).map { readable($0) }
      let first = describedBy[report.profile].flatMap { $0 == persona.name ? nil : $0 }
      if let match = report.viewer {
        parts.append(HTML.element("p", [:], HTML(text:
          "The platform sees \(NumberText.count(match.viewers, "viewer")) on this profile. \(persona.name)'s is the "
            + "one with \(match.viewer.sessions?.description(deviceName: run.names.device) ?? run.names.readable(match.viewer.description)) (\(match.ownSessions) of \(persona.name)'s "
            + "\(NumberText.count(match.personaSessions, "session")) there); from that viewer's sessions alone:")))
        let own = Self.statements(match.viewer.beliefs).map { readable($0) }
        let keep = own.count > Self.shown + 1 ? Self.shown : own.count
        parts.append(Self.list(Array(own.prefix(keep))))
        if own.count > keep {
          let rest = Array(own.dropFirst(keep))
          parts.append(SectionFrame.folded(NumberText.count(rest.count, "more conclusion"), [Self.list(rest)]))
        }
        if let first {
          parts.append(HTML.element("p", ["class": "evidence"], HTML(text:
            "About profile “\(report.profile)” as a whole: as for \(first).")))
        } else if !statements.isEmpty {
          parts.append(SectionFrame.folded(
            "About the profile as a whole: \(NumberText.count(statements.count, "conclusion"))", [Self.list(statements)]))
        }
      } else {
        if !report.sharedWith.isEmpty {
          parts.append(HTML.element("p", [:], HTML(text:
            "\(persona.name) shares this profile with \(NumberText.list(report.sharedWith)), and the platform cannot "
              + "tell them apart: what it believes is the profile's, for all of them.")))
        }
        if let first {
          parts.append(HTML.element("p", [:], HTML(text: "About profile “\(report.profile)” as a whole: as for \(first).")))
        } else if statements.isEmpty {
          parts.append(HTML.element("p", [:], HTML(text: "The platform has not concluded anything yet.")))
        } else {
          let keep = statements.count > Self.shown + 1 ? Self.shown : statements.count
          parts.append(Self.list(Array(statements.prefix(keep))))
          if statements.count > keep {
            let rest = Array(statements.dropFirst(keep))
            parts.append(SectionFrame.folded(NumberText.count(rest.count, "more conclusion"), [Self.list(rest)]))
          }
        }
      }
      for other in report.otherProfiles {
        let found = Self.statements(other.beliefs).map { readable($0) }
        // The summary fits one line of a two-column card; the event count
        // opens the folded part.
        parts.append(SectionFrame.folded(
          "\(persona.name) also uses “\(other.profile)”: \(NumberText.count(found.count, "conclusion"))",
          [HTML.element("p", ["class": "evidence"], HTML(text:
            "Profile “\(other.profile)”, \(NumberText.count(other.events, "event")).")), Self.list(found)]))
      }
      return HTML.element("div", attributes: [("class", "card"), ("id", persona.anchor)], parts)
    }
    return SectionFrame.section(
      id: "beliefs", title: "What the platform now believes about you",
      lede: "Nobody typed these in. The platform worked them out from what each persona watched, when, "
        + "on which device and from where.",
      [HTML.element("div", ["class": run.personas.count > 1 ? "grid two" : "grid"], cards)])
  }

  /// Conclusions shown before the rest are folded away.
  static let shown = 5

  /// A statement with device ids and example addresses in words.
  func readable(_ statement: Statement) -> Statement {
    Statement(text: run.names.readable(statement.text), confidence: statement.confidence,
              caveat: statement.caveat.map(run.names.readable))
  }

  /// Statements as a list, each with its confidence and caveat.
  static func list(_ statements: [Statement]) -> HTML {
    HTML.element("ul", ["class": "beliefs"], statements.map { statement in
      HTML.element("li", [:],
        HTML.element("span", [:], HTML(text: statement.text),
          statement.caveat.map { HTML.element("span", ["class": "caveat"], HTML(text: "— " + $0)) } ?? .empty),
        SectionFrame.meter(statement.confidence))
    })
  }

  /// A belief in words, with its confidence.
  struct Statement: Sendable, Equatable {
    /// The sentence.
    let text: String
    /// How sure the platform is, 0…1.
    let confidence: Double
    /// What to weigh it by, when the platform's own check says the guess
    /// is the base rate.
    var caveat: String? = nil
  }

  /// One sentence per kind of belief, in the order they were inferred;
  /// beliefs with several values (genres, cast) are joined, with the first
  /// value's confidence.
  static func statements(_ beliefs: [InferredTrait]) -> [Statement] {
    var order: [TraitKind] = []
    var grouped: [TraitKind: [InferredTrait]] = [:]
    for belief in beliefs {
      if grouped[belief.kind] == nil { order.append(belief.kind) }
      grouped[belief.kind, default: []].append(belief)
    }
    return order.compactMap { kind in
      guard let group = grouped[kind], let first = group.first else { return nil }
      let values = group.map(\.text)
      let list = values.count <= 1 ? values.joined() : values.dropLast().joined(separator: ", ") + " and " + (values.last ?? "")
      return Statement(
        text: sentence(first, list: list, count: values.count), confidence: first.confidence, caveat: first.caveat)
    }
  }

  /// The sentence for one kind of belief (`list`: the words of all its
  /// values, for kinds with several).
  static func sentence(_ trait: InferredTrait, list: String, count: Int) -> String {
    let words = trait.text
    switch (trait.kind, trait.value) {
    case (.ageBand, .ageBand(.under18)): return "You are under 18."
    case (.ageBand, .ageBand(.over55)): return "You are 55 or older."
    case (.ageBand, _): return "You are \(words) years old."
    case (.gender, _): return "You are \(words)."
    case (.genreAffinity, _): return "You are drawn to \(list)."
    case (.favouriteCast, _): return "You follow \(list)."
    case (.artworkTone, _): return "\(words.prefix(1).uppercased() + words.dropFirst()) artwork gets you to click."
    case (.activeHours, _): return "You watch around \(words)."
    case (.sleepWindow, _): return "You are probably asleep \(words)."
    case (.bingePropensity, _): return "Your binge-watching: \(words)."
    case (.homeRegion, _): return "You live in or near \(words)."
    case (.timeZone, _): return "Your time zone is \(words)."
    case (.devices, _): return "You watch on \(list)."
    case (.viewers, .count(1)): return "One person uses this profile."
    case (.viewers, _): return "\(words) people share this profile."
    case (.peopleInAccount, .count(1)): return "You live alone (one person uses the account)."
    case (.peopleInAccount, _): return "\(words) people use your account."
    case (.children, .presence(true)): return "Children live in your household."
    case (.children, _): return "No sign of children in your household."
    default:
      let name = trait.name
      return "\(name.prefix(1).uppercased() + name.dropFirst()): \(count > 1 ? list : words)."
    }
  }
}
