import Beliefs
import Catalog
import Datasets
import Events
import Inference
import Population

/// The persona reports and the population's accuracy: where the platform's
/// beliefs (module Beliefs) are set beside the hidden truth.
extension PlatformBeliefs {
  func report(
    persona: String, name: String, member: Member, memberIndex: Int, account: String,
    profile: HouseholdProfile, truth: TruthView
  ) -> PersonaReport {
    let events = self.events(profile: profile.id)
    let traits = self.traits(profile: profile.id, events: events, withEvidence: true)
    let home = truth.population.households[member.household]
    let top = topGenres(profile: profile.id).map(\.name)
    let match = viewerMatch(profile: profile.id, memberIndex: memberIndex, truth: truth)
    // The persona's own viewer, where the platform sees one, answers for
    // who they are and what they like; the profile answers otherwise.
    let personal: Set<TraitKind> = [.ageBand, .gender]
    let topTrait = match.map { m in
      m.viewer.beliefs.first { $0.kind == .genreAffinity }.flatMap { trait -> (genre: Genre, confidence: Double)? in
        guard case .genre(let genre) = trait.value else { return nil }
        return (genre, trait.confidence)
      }
    } ?? topGenre(profile: profile.id)
    let truthTop = truth.topGenre(member: memberIndex)
    // Each truth in the trait's own type, compared by value; the time zone
    // by its name, which the inferred offset carries when the geo-IP table
    // knows the place.
    func compare(_ kind: TraitKind, truth: TraitValue, correct: (TraitValue) -> Bool = { _ in false })
      -> PersonaReport.Comparison
    {
      let found = (personal.contains(kind) ? match?.viewer.beliefs : nil)?.first { $0.kind == kind }
        ?? traits.first { $0.kind == kind }
      return PersonaReport.Comparison(
        trait: kind.name, truth: truth.text, inferred: found?.text ?? "—", confidence: found?.confidence ?? 0,
        correct: found.map { $0.value == truth || correct($0.value) } ?? false)
    }
    let comparisons = [
      compare(.ageBand, truth: .ageBand(member.ageBand)),
      compare(.gender, truth: .gender(member.gender)),
      compare(.timeZone, truth: .statement(member.timeZone)) { inferred in
        if case .utcOffset(_, let zone) = inferred { return zone == member.timeZone }
        return false
      },
      compare(.viewers, truth: .count(profile.viewers.count)),
      compare(.peopleInAccount, truth: .count(home.members.count)),
      compare(.children, truth: Self.childrenTruth(home, truth.population)),
    ]
      + (truthTop.map { truthTop in
        [PersonaReport.Comparison(
          trait: "top genre", truth: truthTop.name, inferred: topTrait?.genre.name ?? "—",
          confidence: topTrait?.confidence ?? 0, correct: topTrait?.genre == truthTop)]
      } ?? [])
    var report = PersonaReport(
      persona: persona, name: name, account: account, profile: profile.id, events: events.count,
      beliefs: traits, topGenres: top, artworkTones: artworkTones(events: events), comparisons: comparisons)
    report.viewer = match
    report.otherProfiles = member.profiles.dropFirst().compactMap { p in
      let other = truth.population.households[member.household].profiles[p].id
      return otherProfile(other)
    }
    return report
  }

  /// The detected viewer on a profile holding most of the member's true
  /// sessions there; `nil` when the platform sees one viewer.
  func viewerMatch(profile: String, memberIndex: Int, truth: TruthView) -> ViewerMatch? {
    let viewers = self.viewers(profile: profile)
    guard !viewers.isEmpty else { return nil }
    let own = truth.sessionStarts[profile]?[memberIndex] ?? []
    let startOf = Dictionary(
      events(profile: profile).filter { $0.type == .sessionStart }.map { ($0.id, $0.timestamp.secondsSinceEpoch) },
      uniquingKeysWith: { first, _ in first })
    let counts = viewers.map { viewer in viewer.sessionEventIDs.filter { startOf[$0].map(own.contains) ?? false }.count }
    var best = 0
    for v in counts.indices where counts[v] > counts[best] { best = v }
    return ViewerMatch(viewer: viewers[best], viewers: viewers.count, ownSessions: counts[best], personaSessions: own.count)
  }

  /// A profile in brief: its age band, genres and viewers.
  func otherProfile(_ profile: String) -> OtherProfile? {
    let events = self.events(profile: profile)
    guard !events.isEmpty else { return nil }
    let shown: Set<TraitKind> = [.ageBand, .genreAffinity, .viewers]
    let beliefs = traits(profile: profile, events: events, withEvidence: false, logged: true)
      .filter { shown.contains($0.kind) }
    return OtherProfile(profile: profile, events: events.count, beliefs: Array(beliefs.prefix(5)))
  }

  /// Whether a household has a member under 18, as the children trait
  /// states it.
  static func childrenTruth(_ home: Household, _ population: Population) -> TraitValue {
    .presence(home.members.contains { population.members[$0].ageBand == .under18 })
  }

  /// Accuracy across the population for the inferences with a hidden truth.
  func accuracy(truth: TruthView) -> PopulationAccuracy {
    let population = truth.population
    var gender: [(correct: Bool, confidence: Double)] = [], age: [(correct: Bool, confidence: Double)] = []
    var viewers: [(correct: Bool, confidence: Double)] = [], genre: [(correct: Bool, confidence: Double)] = []
    var femaleScores: [(score: Double, positive: Bool)] = []
    var genderCounts: [String: Int] = [:], ageCounts: [String: Int] = [:], viewerCounts: [String: Int] = [:]
    for household in population.households {
      for profile in household.profiles {
        let events = self.events(profile: profile.id)
        guard !events.isEmpty else { continue }
        let detected = householdViews[profile.id]?.viewers ?? viewerCount.infer(events: events)
        viewers.append((detected.value == .count(profile.viewers.count), detected.confidence))
        viewerCounts[String(profile.viewers.count), default: 0] += 1
        // The other inferences are scored on single-viewer profiles, whose
        // truth is one person's.
        guard profile.viewers.count == 1, let m = profile.viewers.first else { continue }
        let member = population.members[m]
        if held[profile.id] == nil {
          for trait in demographicTraits(profile: profile.id, events: events, withEvidence: false) {
            if trait.kind == .gender {
              gender.append((trait.value == .gender(member.gender), trait.confidence))
              if member.gender != .nonbinary {
                let female = trait.value == .gender(.female) ? trait.confidence : 1 - trait.confidence
                femaleScores.append((female, member.gender == .female))
              }
              genderCounts[member.gender.rawValue, default: 0] += 1
            } else if trait.kind == .ageBand {
              age.append((trait.value == .ageBand(member.ageBand), trait.confidence))
              ageCounts[member.ageBand.rawValue, default: 0] += 1
            }
          }
        }
        if let truthTop = truth.topGenre(member: m), let top = topGenre(profile: profile.id) {
          genre.append((top.genre == truthTop, top.confidence))
        }
      }
    }
    // Account-level: people in the account and children, from all its profiles.
    var people: [(correct: Bool, confidence: Double)] = [], children: [(correct: Bool, confidence: Double)] = []
    var peopleCounts: [String: Int] = [:], childrenCounts: [String: Int] = [:]
    for home in population.households {
      let views = (profilesOfAccount[home.id] ?? []).compactMap { householdViews[$0] }
      guard views.contains(where: { $0.sessions > 0 }) else { continue }
      let traits = household.infer(views: views)
      let truePeople = TraitValue.count(home.members.count), trueChildren = Self.childrenTruth(home, population)
      if let found = traits.first(where: { $0.kind == .peopleInAccount }) {
        people.append((found.value == truePeople, found.confidence))
        peopleCounts[truePeople.text, default: 0] += 1
      }
      if let found = traits.first(where: { $0.kind == .children }) {
        children.append((found.value == trueChildren, found.confidence))
        childrenCounts[trueChildren.text, default: 0] += 1
      }
    }
    func majority(_ counts: [String: Int]) -> Double {
      let total = counts.values.reduce(0, +)
      return total == 0 ? 0 : Double(counts.values.max() ?? 0) / Double(total)
    }
    return PopulationAccuracy(scores: [
      .init(inference: "gender (never told)", outcomes: gender, baseline: majority(genderCounts),
            positiveScores: femaleScores),
      .init(inference: "age band (never told)", outcomes: age, baseline: majority(ageCounts)),
      .init(inference: "top genre", outcomes: genre, baseline: 1 / Double(DemographicGenreShares.genres.count)),
      .init(inference: "viewers per profile", outcomes: viewers, baseline: majority(viewerCounts)),
      .init(inference: "people per account", outcomes: people, baseline: majority(peopleCounts), unit: "accounts"),
      .init(inference: "children at home", outcomes: children, baseline: majority(childrenCounts), unit: "accounts"),
    ])
  }
}
