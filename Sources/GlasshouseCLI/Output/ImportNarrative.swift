import Beliefs
import Inference
import Report
import Support

/// What `glasshouse import` prints per profile of a person's own export:
/// what a platform holding these events can infer, each trait with its
/// confidence and the evidence that weighed most, and the advertising
/// segments it could sell — as `run` prints a persona's beliefs, with no
/// truth beside them (there is none). With a crowd (`--crowd`), the traits
/// the crowd gave come in a section of their own, each demographic guess
/// with its classifier's cross-validated accuracy and the base rate.
struct ImportNarrative {
  /// The profiles, in the order printed.
  let profiles: [InferredProfile]
  /// The names a person reads for the log's devices and titles (the
  /// report's), in place of their ids.
  let names: RunNames

  var text: String {
    var lines: [String] = []
    for profile in profiles {
      lines.append("")
      lines.append("\((profile.name ?? profile.profile).uppercased()) — profile \(profile.profile), \(Words.count(profile.events, "event"))")
      guard !profile.traits.isEmpty else {
        lines.append("  Too few events for a platform to conclude anything.")
        continue
      }
      let crowdKinds = Set(profile.crowd?.guessed ?? [])
      lines.append("  What a platform holding these events can infer:")
      for trait in profile.traits where Self.shown.contains(trait.kind) && !crowdKinds.contains(trait.kind) {
        lines.append("    " + Self.line(trait))
      }
      if !profile.segments.isEmpty {
        let segments = profile.segments.prefix(6).map { "\($0.name) (\(String(format: "%.2f", $0.confidence)))" }
        lines.append("  Advertising segments it could sell: " + segments.joined(separator: "; ")
          + (profile.segments.count > 6 ? "; and \(profile.segments.count - 6) more" : ""))
      }
      if let standing = profile.crowd {
        lines += Self.crowdSection(profile, standing)
      } else if !profile.traits.contains(where: { $0.kind == .gender }) {
        lines.append("  Not guessed: age band and gender, which a platform learns from the members whose labels it holds;"
          + " this export alone has none (--crowd points to people it could learn them from).")
      }
    }
    return lines.map(names.readable).joined(separator: "\n")
  }

  /// One trait with its top evidence (``RunNarrative/line(_:)``).
  static func line(_ trait: InferredTrait) -> String { RunNarrative.line(trait) }

  /// What the crowd gave a profile: its guesses, each demographic one with
  /// the classifier's skill, and what it could not give.
  static func crowdSection(_ profile: InferredProfile, _ standing: CrowdStanding) -> [String] {
    let crowd = standing.crowd
    let people = "these \(crowd.members) people (\(crowd.source.release.rawValue))"
    guard standing.titlesFolded > 0 else {
      return ["  Not placed among \(people): none of this profile's titles is among the \(crowd.titles) movies they"
        + " rated, so no taste vector and no age or gender guess."]
    }
    var lines = [
      "  A platform that learned from \(people) would guess, from the \(standing.titlesFolded) of this profile's"
        + " titles among the \(crowd.titles) movies they rated:"
    ]
    for trait in profile.traits where standing.guessed.contains(trait.kind) {
      lines.append("    " + line(trait))
      // A guess no better than the base rate says so in its caveat, with
      // the same numbers.
      if let skill = crowd.skill(of: trait.kind), !skill.isGuessing {
        lines.append("      " + skillLine(skill))
      }
    }
    if !crowd.guessesDemographics {
      lines.append("  Not guessed: age band and gender. \(crowd.source.release.rawValue) has no users file"
        + " (u.user or users.dat), and without people's ages and genders no demographic guess is possible.")
    }
    return lines
  }

  /// A classifier's skill beside its guess: `right for 92% of the 60 in
  /// 5-fold cross-validation (AUC 0.97); always guessing "male" is right
  /// for 60%`.
  static func skillLine(_ skill: CrossValidatedSkill) -> String {
    "right for \(CrossValidatedSkill.percent(skill.accuracy)) of the \(skill.labelled) in \(skill.folds)-fold"
      + " cross-validation (AUC \(String(format: "%.2f", skill.areaUnderROC))); always guessing"
      + " \"\(skill.commonest)\" is right for \(CrossValidatedSkill.percent(skill.commonestShare))"
  }

  /// The crowd in one line, printed once before the profiles.
  static func crowdLine(_ crowd: CrowdSummary) -> String {
    let labels =
      crowd.guessesDemographics
      ? "; ages and genders of \(crowd.labelled) from \(crowd.source.users ?? "the users file")"
      : "; no users file, so no ages or genders"
    return "Crowd: \(crowd.source.release.rawValue) in \(crowd.source.folder): \(crowd.members) people, "
      + "\(crowd.ratings) ratings of \(crowd.titles) movies\(labels). Trained on this machine; nothing was sent anywhere."
  }

  /// The traits printed (all are in profile.json).
  static let shown: Set<TraitKind> = RunNarrative.shown.union([.activeDays, .weekdayWeekend, .completionRate, .travel])
}
