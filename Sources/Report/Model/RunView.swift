import Assessment
import Catalog
import Counterfactual
import DataFlows
import Events
import Inference
import Platform
import Scenarios
import Simulation

/// The run as the report reads it: the assessment, the personas with their
/// profiles' data, the catalog, and the model's title factors.
struct RunView: Sendable {
  /// The scenario run.
  let scenario: Scenario
  /// The assessment of the run.
  let assessment: RunAssessment
  /// The catalog.
  let catalog: Catalog
  /// One view per persona, in the assessment's order.
  let personas: [PersonaView]
  /// The model's title factors, one row per catalog title (empty when the
  /// platform never trained).
  let titleFactors: [[Double]]
  /// Days simulated.
  let days: Int
  /// Where the data went (recipients, linkage), when the run computed it.
  let flows: DataFlowAnalysis?
  /// The standard and the minimising platform side by side, when computed.
  let minimisation: MinimisationComparison?
  /// Every expectation the run checked, in the terminal's order.
  let outcomes: [ExpectationOutcome]
  /// What the platform believed after a subject's first plays.
  let checkpoints: [CheckpointProgression]
  /// What the report calls devices, titles and addresses.
  let names: RunNames
  /// The personas grouped by the profile they watch on.
  let groups: [ProfileGroup]
  /// The commonest gender among the simulated members (the hidden truth),
  /// when one is commoner than every other: what "always guessing the
  /// commonest answer" would say.
  let commonestGender: String?

  /// Gathers the run.
  ///
  /// - Complexity: O(events + titles·factors + profiles·genres).
  init(
    result: SimulationResult, assessment: RunAssessment, catalog: Catalog, scenario: Scenario,
    flows: DataFlowAnalysis? = nil, minimisation: MinimisationComparison? = nil,
    outcomes: [ExpectationOutcome] = [], checkpoints: [CheckpointProgression] = []
  ) {
    self.scenario = scenario
    self.assessment = assessment
    self.catalog = catalog
    self.flows = flows
    self.minimisation = minimisation
    self.outcomes = outcomes
    self.checkpoints = checkpoints
    names = RunNames(events: result.events, catalog: catalog)
    var genders: [String: Int] = [:]
    for member in result.population.members { genders[member.gender.rawValue, default: 0] += 1 }
    let ranked = genders.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    commonestGender = ranked.first.flatMap { first in
      ranked.count > 1 && ranked[1].value == first.value ? nil : first.key
    }
    titleIndex = Dictionary(
      catalog.titles.enumerated().map { ($1.id.text, $0) }, uniquingKeysWith: { a, _ in a })
    let platform = result.platform
    if let model = platform.model, model.itemFactors.rows == platform.index.count {
      let factors = model.itemFactors
      titleFactors = (0..<factors.rows).map { factors.row($0).map(Double.init) }
    } else {
      titleFactors = []
    }

    // Each event's day: from the per-day counts when they cover the log,
    // otherwise from whole UTC days since the first event.
    let keys = Set(assessment.personas.map { "\($0.account)\u{0}\($0.profile)" })
    let accounts = Set(assessment.personas.map(\.account))
    var byKey: [String: [(day: Int, event: Event)]] = [:]
    let countsCover = result.eventsPerDay.reduce(0, +) == result.events.count
    let firstDay = result.events.first.map { Self.floorDiv($0.timestamp.secondsSinceEpoch, 86_400) } ?? 0
    var day = 0, remaining = result.eventsPerDay.first ?? 0
    for event in result.events {
      var eventDay: Int
      if countsCover {
        while remaining == 0 && day + 1 < result.eventsPerDay.count {
          day += 1
          remaining = result.eventsPerDay[day]
        }
        remaining -= 1
        eventDay = day
      } else {
        eventDay = Int(Self.floorDiv(event.timestamp.secondsSinceEpoch, 86_400) - firstDay)
      }
      guard accounts.contains(event.account) else { continue }
      if let profile = event.profile {
        let key = "\(event.account)\u{0}\(profile)"
        if keys.contains(key) { byKey[key, default: []].append((eventDay, event)) }
      } else {
        byKey["\(event.account)\u{0}", default: []].append((eventDay, event))
      }
    }
    let lastDay = byKey.values.flatMap { $0.map(\.day) }.max() ?? 0
    days = max(countsCover ? result.eventsPerDay.count : 0, lastDay + 1, 1)

    let active = platform.genreAffinity.filter { $0.contains { $0 > 0 } }
    let genres = platform.index.genres
    let mean = genres.indices.map { g in
      active.isEmpty ? 0 : active.reduce(0) { $0 + $1[g] } / Double(active.count)
    }
    personas = assessment.personas.enumerated().map { position, report in
      let index = platform.profileIndex(report.profile)
      let shares = index.map { platform.genreAffinity[$0] } ?? []
      let own = byKey["\(report.account)\u{0}\(report.profile)"] ?? []
      let shared = byKey["\(report.account)\u{0}"] ?? []
      // Merge the two lists in log order (both are in log order already).
      var merged: [(day: Int, event: Event)] = []
      merged.reserveCapacity(own.count + shared.count)
      var i = 0, j = 0
      while i < own.count || j < shared.count {
        if j == shared.count || (i < own.count && own[i].event.timestamp <= shared[j].event.timestamp) {
          merged.append(own[i]); i += 1
        } else {
          merged.append(shared[j]); j += 1
        }
      }
      let ranked = shares.indices.filter { shares[$0] > 0 }
        .sorted { shares[$0] != shares[$1] ? shares[$0] > shares[$1] : genres[$0] < genres[$1] }
        .map { (genre: genres[$0], share: shares[$0], mean: mean[$0]) }
      return PersonaView(
        report: report, colour: Palette.persona(position),
        taste: index.flatMap { platform.tastes[$0] }.map { $0.map(Double.init) },
        events: merged, genres: ranked)
    }
    groups = ProfileGroup.grouping(personas)
  }

  /// ⌊a / b⌋ for a positive b.
  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

  /// The display name of a persona id (the id when it is not a persona).
  func personaName(_ id: String) -> String {
    personas.first { $0.report.persona == id }?.name ?? id
  }

  /// The catalog title with an id, if any.
  func title(id: String) -> Title? { titleIndex[id].map { catalog.titles[$0] } }

  /// Catalog positions by title id.
  private let titleIndex: [String: Int]
}

extension RunView {
  /// A piece of evidence in words, with a title id at its start replaced
  /// by the title's name (`212: 17 events` → `“Night Tide”: 17 events`).
  func describe(_ evidence: Evidence) -> String {
    guard let id = evidence.title, let title = title(id: id), evidence.description.hasPrefix(id + ":") else {
      return evidence.description
    }
    return "“\(title.name)”" + evidence.description.dropFirst(id.count)
  }
}
