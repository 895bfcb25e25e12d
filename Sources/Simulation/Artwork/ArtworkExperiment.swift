import Artwork
import Catalog
import Events
import Support
import Platform
import Population
import Scenarios

/// An online A/B test of artwork policies against the simulated
/// population, many impressions at a time: each impression shows a member
/// (as the profile they watch on) a title, the policy picks its artwork
/// from the platform's context for that profile (day part and device from
/// one of the member's viewing windows), and the member plays it with the
/// behaviour model's click probability,
/// `logistic(−3 + 0.9·affinity + 0.8·artwork appeal)` (a click always
/// starts playback in the day loop, so this is the take probability).
///
/// The impressions — who, which title, when, on what — come from a
/// generator seeded by (``seed``, round, impression) alone, so every policy
/// is tested on the same stream (common random numbers) and a policy's
/// online take fraction can be compared with an off-policy estimate from
/// another policy's log of that stream. Policies learn at the end of each
/// round, as the platform does at the end of a day.
///
/// The context is built by the platform from its own state (a run's final
/// ``SimulationResult/platform``); only the reward reads hidden truth.
public struct ArtworkExperiment: Sendable {
  /// What a policy achieved.
  public struct Outcome: Sendable {
    /// The policy's name.
    public let policy: String
    /// Impressions shown.
    public let impressions: Int
    /// Plays that followed.
    public let plays: Int
    /// The sum of the true take probabilities of what was shown (the
    /// expected number of plays).
    public let expectedPlays: Double
    /// Every impression with its context, propensity and reward.
    public let log: [LoggedImpression]
    /// Plays in the last half of the rounds, and impressions there (the
    /// policy's level once it has learned).
    public let lateRounds: (plays: Int, impressions: Int)

    /// Plays per impression.
    public var takeFraction: Double { impressions > 0 ? Double(plays) / Double(impressions) : 0 }
    /// The standard error of ``takeFraction`` (binomial).
    public var standardError: Double {
      let p = takeFraction
      return impressions > 0 ? (p * (1 - p) / Double(impressions)).squareRoot() : 0
    }
    /// The expected take fraction: the mean true take probability.
    public var expectedTakeFraction: Double {
      impressions > 0 ? expectedPlays / Double(impressions) : 0
    }
    /// The take fraction of the last half of the rounds.
    public var lateTakeFraction: Double {
      lateRounds.impressions > 0 ? Double(lateRounds.plays) / Double(lateRounds.impressions) : 0
    }
  }

  /// The platform whose context the policies see.
  public let platform: StreamingPlatform
  /// The hidden truth that decides the rewards.
  public let population: Population
  /// The behaviour model (click constants).
  public let behavior: ViewingBehavior
  /// Learning rounds.
  public var rounds: Int
  /// Impressions per round.
  public var impressionsPerRound: Int
  /// The seed of the impression stream.
  public var seed: UInt64
  private let viewers: [(member: Int, profile: String)]
  private let titles: [Int]

  /// Prepares an experiment on a finished run's platform and population.
  public init(
    result: SimulationResult, behavior: ViewingBehavior = ViewingBehavior(), rounds: Int = 20,
    impressionsPerRound: Int = 2000, seed: UInt64 = 1
  ) {
    self.platform = result.platform
    self.population = result.population
    self.behavior = behavior
    self.rounds = max(1, rounds)
    self.impressionsPerRound = max(1, impressionsPerRound)
    self.seed = seed
    let population = result.population
    self.viewers = population.members.indices.compactMap { m in
      let member = population.members[m]
      guard let first = member.profiles.first, !member.schedule.isEmpty || !member.devices.isEmpty
      else { return nil }
      return (m, population.households[member.household].profiles[first].id)
    }
    let artwork = result.platform.artwork
    self.titles = (0..<artwork.titleCount).filter { artwork.variantCount(of: $0) > 1 }
  }

  /// Runs a policy over the stream; with `learns`, it learns from each
  /// round's impressions at the round's end.
  ///
  /// - Complexity: O(rounds · impressions) decisions and updates.
  public func run(_ policy: some ArtworkPolicy, learns: Bool = true) -> Outcome {
    var policy = policy
    var log: [LoggedImpression] = []
    log.reserveCapacity(rounds * impressionsPerRound)
    var plays = 0
    var expected = 0.0
    var late = (plays: 0, impressions: 0)
    guard !viewers.isEmpty, !titles.isEmpty else {
      return Outcome(
        policy: policy.name, impressions: 0, plays: 0, expectedPlays: 0, log: [], lateRounds: late)
    }
    let artwork = platform.artwork
    for round in 0..<rounds {
      var batch: [ArtworkFeedback] = []
      batch.reserveCapacity(impressionsPerRound)
      for i in 0..<impressionsPerRound {
        var stream = SeededGenerator(
          seed: seed ^ (UInt64(round) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(i) &* 0xC2B2_AE3D_27D4_EB4F))
        let viewer = viewers[Int(stream.next() % UInt64(viewers.count))]
        let title = titles[Int(stream.next() % UInt64(titles.count))]
        let member = population.members[viewer.member]
        let (dayPart, device) = situation(member, random: &stream)
        let context = platform.artworkContext(profile: viewer.profile, dayPart: dayPart, device: device)
        var choiceRandom = SeededGenerator(seed: stream.next())
        let rewardDraw = stream.nextUnitDouble()
        let choice = policy.choose(title: title, context: context, random: &choiceRandom)
        let variant = artwork.variants(of: title)[artwork.offsets[title] + choice.variant]
        let take = ViewingBehavior.logistic(
          behavior.clickIntercept
            + behavior.clickPerAffinity * population.affinity(member: viewer.member, title: title)
            + behavior.clickPerAppeal * population.artworkAppeal(member: viewer.member, variant: variant))
        let played = rewardDraw < take
        plays += played ? 1 : 0
        expected += take
        if round >= rounds / 2 {
          late.plays += played ? 1 : 0
          late.impressions += 1
        }
        let logged = LoggedImpression(
          title: title, variant: choice.variant, propensity: choice.propensity, context: context,
          reward: played ? 1 : 0)
        log.append(logged)
        batch.append(logged.feedback)
      }
      if learns { policy.learn(batch) }
    }
    return Outcome(
      policy: policy.name, impressions: log.count, plays: plays, expectedPlays: expected, log: log,
      lateRounds: late)
  }

  /// A day part and device from one of the member's viewing windows.
  private func situation(_ member: Member, random: inout SeededGenerator) -> (DayPart, DeviceType) {
    let devices = member.devices.isEmpty ? [Device.tv] : member.devices
    guard !member.schedule.isEmpty else {
      return (.evening, DeviceIdentity.type(devices[Int(random.next() % UInt64(devices.count))]))
    }
    let window = member.schedule[Int(random.next() % UInt64(member.schedule.count))]
    let device = window.device ?? devices[Int(random.next() % UInt64(devices.count))]
    return (DayPart(hour: window.start.minutes / 60), DeviceIdentity.type(device))
  }
}
