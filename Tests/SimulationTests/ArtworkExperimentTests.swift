import Artwork
import Catalog
import Events
import Platform
import Population
import Scenarios
import Simulation
import Testing

/// Artwork personalisation end to end: the policies against the simulated
/// population, off-policy estimates against online take fractions, and
/// two personas with opposite tastes shown different artwork for the same
/// title, with the reasons.
@Suite("Artwork personalisation in simulation", .serialized)
struct ArtworkExperimentTests {
  static let yaml = """
    name: Artwork test
    seed: 23
    days: 10
    catalog:
      generate:
        size: 300
    personas:
      - id: cleo
        age_band: 25-34
        gender: female
        devices: [tv]
        schedule:
          - {start: "20:00", end: "23:00"}
        tastes:
          genres: {Comedy: 1, Romance: -1, Horror: -1, Thriller: -0.5}
        binge_tendency: 0.5
      - id: rosa
        age_band: 35-44
        gender: female
        devices: [phone]
        schedule:
          - {start: "20:00", end: "23:00"}
        tastes:
          genres: {Romance: 1, Comedy: -1, Horror: -1, Action: -0.5}
        binge_tendency: 0.5
    accounts:
      - id: acct-cleo
        profiles:
          - {id: cleo, viewers: [cleo]}
      - id: acct-rosa
        profiles:
          - {id: rosa, viewers: [rosa]}
    crowd:
      members: 200
    platform:
      factors: 16
      iterations: 6
      retrain_interval_hours: 72
      artwork_policy: random
    """

  static let scenario: Scenario = { try! ScenarioLoader.parse(yaml, path: "artwork-test.yaml") }()
  static let catalog: Catalog = { try! scenario.catalog.load() }()
  /// A run under the uniform random policy: the platform whose context
  /// the experiments use.
  static let result = Simulator(scenario: scenario, catalog: catalog, threads: 2).run()
  static let experiment = ArtworkExperiment(result: result, rounds: 20, impressionsPerRound: 4000, seed: 5)

  static func percent(_ x: Double) -> String { "\((x * 10_000).rounded() / 100)%" }

  @Test("Take fraction: contextual policies > best overall > random, with margins")
  func ordering() {
    let index = Self.result.platform.artwork
    let outcomes = [
      Self.experiment.run(UniformRandomPolicy(index: index)),
      Self.experiment.run(EpsilonGreedyPolicy.bestOverall(index: index)),
      Self.experiment.run(LinUCBPolicy(index: index, alpha: 0.2)),
      Self.experiment.run(LinearThompsonPolicy(index: index, scale: 0.1, propensitySamples: 16)),
    ]
    let random = outcomes[0]
    for outcome in outcomes {
      print(
        "artwork \(outcome.policy): take \(Self.percent(outcome.takeFraction)) ± \(Self.percent(1.96 * outcome.standardError))"
          + " (expected \(Self.percent(outcome.expectedTakeFraction)), late half \(Self.percent(outcome.lateTakeFraction)))"
          + " lift over random \(Self.percent(outcome.expectedTakeFraction / random.expectedTakeFraction - 1))")
    }
    let (best, linucb, thompson) = (outcomes[1], outcomes[2], outcomes[3])
    #expect(best.expectedTakeFraction > random.expectedTakeFraction)
    #expect(linucb.expectedTakeFraction > best.expectedTakeFraction)
    #expect(thompson.expectedTakeFraction > best.expectedTakeFraction)
    #expect(linucb.lateTakeFraction > best.lateTakeFraction)
    #expect(best.lateTakeFraction > random.lateTakeFraction)
  }

  @Test("IPS and DR from a random log agree with a policy's online take fraction")
  func offPolicyAgreesWithOnline() {
    let index = Self.result.platform.artwork
    // Train on one stream, then freeze.
    var training = Self.experiment
    training.seed = 99
    var linucb = LinUCBPolicy(index: index, alpha: 0)
    linucb.learn(training.run(UniformRandomPolicy(index: index), learns: false).log.map(\.feedback))
    var best = EpsilonGreedyPolicy.bestOverall(index: index)
    best.learn(training.run(UniformRandomPolicy(index: index), learns: false).log.map(\.feedback))
    var evaluation = Self.experiment
    evaluation.rounds = 10
    let log = evaluation.run(UniformRandomPolicy(index: index), learns: false).log
    let evaluator = OffPolicyEvaluator(index: index)
    for policy in [linucb as any ArtworkPolicy, best] {
      let online = evaluation.run(policy, learns: false)
      print(
        "online \(policy.name): \(Self.percent(online.takeFraction)) ± \(Self.percent(1.96 * online.standardError))")
      // Replay is printed but not checked: titles have 2 to 6 variants, so
      // it keeps titles with few variants more often (OffPolicyEvaluator).
      for estimate in evaluator.evaluate(policy, log: log) {
        print("  offline \(estimate)")
        guard estimate.estimator != "replay" else { continue }
        // Four estimates are checked: 3 standard errors keeps the chance
        // of a false alarm among them near 1% (1.96 would fail one run in five).
        let tolerance =
          3 * (estimate.standardError * estimate.standardError + online.standardError * online.standardError)
          .squareRoot()
        #expect(abs(estimate.value - online.takeFraction) <= tolerance, "\(policy.name) \(estimate)")
      }
    }
  }

  @Test("A comedy fan and a romance fan get different artwork for the same title, and why")
  func personas() throws {
    let platform = Self.result.platform
    let index = platform.artwork
    var linucb = LinUCBPolicy(index: index, alpha: 0)
    linucb.learn(Self.experiment.run(UniformRandomPolicy(index: index), learns: false).log.map(\.feedback))
    let comic = ArtworkTone.allCases.firstIndex(of: .comic)!
    let romantic = ArtworkTone.allCases.firstIndex(of: .romantic)!
    let title = try #require(
      (0..<index.titleCount).first { t in
        let tones = (0..<index.variantCount(of: t)).map { index.toneOfSlot[index.slot(title: t, variant: $0)] }
        return tones.contains(comic) && tones.contains(romantic)
      })
    func context(_ profile: String) -> ArtworkContext {
      platform.artworkContext(profile: profile, dayPart: .evening, device: .tv)
    }
    let forCleo = linucb.explain(title: title, context: context("cleo"))
    let forRosa = linucb.explain(title: title, context: context("rosa"))
    let tone = { (e: ArtworkExplanation) in index.variants(of: title)[index.offsets[title] + e.variant].tone }
    print("title \(Self.catalog.titles[title].name): cleo sees \(tone(forCleo)), rosa sees \(tone(forRosa))")
    #expect(forCleo.variant != forRosa.variant)
    #expect(tone(forCleo) == .comic)
    #expect(tone(forRosa) == .romantic)
    for explanation in [forCleo, forRosa] {
      let ahead = explanation.contributions.filter { $0.advantage != 0 }
      print("  why: " + ahead.prefix(4).map { "\($0.name) \($0.advantage)" }.joined(separator: "; "))
      #expect(explanation.interactionAdvantage > 0, "the context·tag interactions favour the choice")
    }
    #expect(
      forCleo.interactionAdvantage > -forCleo.contributions.filter { !$0.isInteraction }.reduce(0) { $0 + $1.advantage }
        || forRosa.interactionAdvantage > -forRosa.contributions.filter { !$0.isInteraction }.reduce(0) { $0 + $1.advantage },
      "for at least one persona the interactions overturn the tags' overall appeal")
  }

  @Test("The platform explains its LinUCB artwork with tags and past plays")
  func platformEvidence() throws {
    var scenario = Self.scenario
    scenario.platform.artworkPolicy = .linUCB
    scenario.platform.artworkExploration = 0.2
    var configuration = SimulationConfiguration()
    configuration.days = 6
    configuration.crowdMembers = 60
    let result = Simulator(scenario: scenario, catalog: Self.catalog, threads: 2, configuration: configuration).run()
    let platform = result.platform
    #expect(platform.artworkPolicy.name == "linucb")
    let index = platform.artwork
    let title = try #require((0..<index.titleCount).first { index.variantCount(of: $0) > 2 })
    let time = try #require(Timestamp(secondsSinceEpoch: 1_736_200_000, offsetMinutes: 60))
    let evidence = try #require(platform.explainArtwork(title: title, profile: "cleo", time: time, device: .tv))
    print("cleo, \(Self.catalog.titles[title].name), variant \(evidence.variant.id): \(evidence.reasons())")
    #expect(evidence.evidence.count == evidence.explanation.contributions.count)
    #expect(!evidence.explanation.contributions.isEmpty)
  }

  @Test("Every scenario artwork policy runs in the day loop and logs propensities in (0, 1]")
  func everyPolicyRuns() {
    for name in ArtworkPolicyName.allCases {
      var scenario = Self.scenario
      scenario.platform.artworkPolicy = name
      var configuration = SimulationConfiguration()
      configuration.days = 3
      configuration.crowdMembers = 40
      let result = Simulator(scenario: scenario, catalog: Self.catalog, threads: 2, configuration: configuration).run()
      #expect(result.platform.artworkPolicy.name == name.rawValue)
      var impressions = 0
      for event in result.events {
        guard case .impression(_, _, _, _, _, let propensity) = event.payload else { continue }
        impressions += 1
        #expect((propensity ?? 0) > 0 && (propensity ?? 0) <= 1)
      }
      #expect(impressions > 100)
    }
  }
}
