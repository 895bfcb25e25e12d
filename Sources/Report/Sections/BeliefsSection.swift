import Inference

/// “What the platform now believes about you”: every conclusion about each
/// persona in a plain sentence, with how sure the platform is.
struct BeliefsSection: Sendable {
  /// The run.
  let run: RunView

  /// The section.
  var html: HTML {
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
          "Profile “\(report.profile)” on account “\(report.account)”, \(report.events) events.")),
      ]
      if let match = report.viewer {
        parts.append(HTML.element("p", [:], HTML(text:
          "The platform sees \(match.viewers) viewers on this profile. \(persona.name)'s is the one with "
            + "\(match.viewer.description) (\(match.ownSessions) of \(persona.name)'s \(match.personaSessions) sessions there); "
            + "from that viewer's sessions alone:")))
        parts.append(Self.list(Self.statements(match.viewer.beliefs)))
        parts.append(HTML.element("p", [:], HTML(text: "About the profile as a whole:")))
      } else if !report.sharedWith.isEmpty {
        parts.append(HTML.element("p", [:], HTML(text:
          "\(persona.name) shares this profile with \(report.sharedWith.joined(separator: ", ")), and the platform cannot "
            + "tell them apart: what it believes is the profile's, for all of them.")))
      }
      let statements = Self.statements(report.beliefs)
      if let first = describedBy[report.profile], first != persona.name {
        parts.append(HTML.element("p", [:], HTML(text: "About profile “\(report.profile)” as a whole: as for \(first).")))
      } else {
        parts.append(statements.isEmpty
          ? HTML.element("p", [:], HTML(text: "The platform has not concluded anything yet."))
          : Self.list(statements))
      }
      for other in report.otherProfiles {
        parts.append(HTML.element("p", [:], HTML(text: "\(persona.name) also uses profile “\(other.profile)”, \(other.events) events:")))
        parts.append(Self.list(Self.statements(other.beliefs)))
      }
      return HTML.element("div", attributes: [("class", "card"), ("id", persona.anchor)], parts)
    }
    return SectionFrame.section(
      id: "beliefs", title: "What the platform now believes about you",
      lede: "Nobody typed these in. The platform worked them out from what each persona watched, when, "
        + "on which device and from where.",
      [HTML.element("div", ["class": run.personas.count > 1 ? "grid two" : "grid"], cards)])
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
    var order: [String] = []
    var grouped: [String: [InferredTrait]] = [:]
    for belief in beliefs {
      if grouped[belief.name] == nil { order.append(belief.name) }
      grouped[belief.name, default: []].append(belief)
    }
    return order.compactMap { name in
      guard let group = grouped[name], let first = group.first else { return nil }
      let values = group.map(\.value)
      let list = values.count <= 1 ? values.joined() : values.dropLast().joined(separator: ", ") + " and " + (values.last ?? "")
      return Statement(
        text: sentence(name: name, value: first.value, list: list, count: values.count), confidence: first.confidence,
        caveat: first.caveat)
    }
  }

  /// The sentence for one kind of belief.
  static func sentence(name: String, value: String, list: String, count: Int) -> String {
    switch name {
    case "age band": return "You are \(value) years old."
    case "gender": return "You are \(value)."
    case "genre affinity": return "You are drawn to \(list)."
    case "favourite cast": return "You follow \(list)."
    case "artwork tone": return "\(value.prefix(1).uppercased() + value.dropFirst()) artwork gets you to click."
    case "active hours": return "You watch around \(value)."
    case "sleep window": return "You are probably asleep \(value)."
    case "binge propensity": return "Your binge-watching: \(value)."
    case "home region": return "You live in or near \(value)."
    case "time zone": return "Your time zone is \(value)."
    case "devices": return "You watch on \(list)."
    case "viewers": return value == "1" ? "One person uses this profile." : "\(value) people share this profile."
    case "people in the account": return value == "1" ? "You live alone (one person uses the account)." : "\(value) people use your account."
    case "children": return value == "present" ? "Children live in your household." : "No sign of children in your household."
    default: return "\(name.prefix(1).uppercased() + name.dropFirst()): \(count > 1 ? list : value)."
    }
  }
}
