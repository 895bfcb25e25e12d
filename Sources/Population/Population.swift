import Catalog
import Datasets
import Support
import Scenarios

#if canImport(Glibc)
import Glibc
#endif

/// Everyone in a simulation with their hidden truth: the scenario's named
/// personas and a background crowd drawn from the latent taste model, the
/// households (accounts and profiles) they belong to, and the truth about
/// the titles their tastes act on.
///
/// Nothing here is visible to the platform; the simulation turns it into
/// behaviour, and the behaviour into events.
public struct Population: Sendable {
  /// Everyone: the personas in scenario order, then the crowd.
  public var members: [Member]
  /// The accounts: the scenario's accounts, then the crowd's.
  public var households: [Household]
  /// The hidden truth about the titles.
  public let titles: TitleTruth
  /// The taste model members were drawn from.
  public let tasteModel: TasteModel
  /// The genre lifts fitted to MovieLens 100K.
  public let calibration: GenreLiftCalibration

  /// Household sizes of the crowd and their weights: 1 to 4 people.
  public static let householdSizes: [(size: Int, weight: Double)] = [
    (1, 0.40), (2, 0.35), (3, 0.15), (4, 0.10),
  ]

  /// Builds the population of a scenario.
  ///
  /// - Parameters:
  ///   - scenario: personas, accounts and the crowd's description.
  ///   - catalog: the titles.
  ///   - crowdMembers: overrides the scenario's crowd size (benchmarks).
  ///   - threads: worker threads for the calibration; the result does not
  ///     depend on it.
  /// - Complexity: the calibration dominates: O(12 · 32 · titles · rounds).
  public init(
    scenario: Scenario, catalog: Catalog, crowdMembers: Int? = nil,
    threads: Int = ParallelLoop.allCores.threads
  ) {
    let crowd = scenario.crowd
    let model = TasteModel(spread: crowd.tasteSpread)
    let truth = TitleTruth(catalog: catalog, seed: scenario.seed)
    let calibration = GenreLiftCalibration(
      truth: truth, model: model, seed: scenario.seed ^ 0x6361_6C69_6272, threads: threads)
    self.titles = truth
    self.tasteModel = model
    self.calibration = calibration
    self.members = []
    self.households = []
    var random = SeededGenerator(seed: scenario.seed ^ 0x706F_7075_6C61)
    addPersonas(scenario, using: &random)
    addCrowd(crowd, count: crowdMembers ?? crowd.members, using: &random)
  }

  /// Wraps members and households built elsewhere (tests, scrambled truth).
  public init(
    members: [Member], households: [Household], titles: TitleTruth, tasteModel: TasteModel,
    calibration: GenreLiftCalibration
  ) {
    self.members = members
    self.households = households
    self.titles = titles
    self.tasteModel = tasteModel
    self.calibration = calibration
  }

  /// The member with an id.
  public func member(id: String) -> Member? { members.first { $0.id == id } }

  /// The household and profile indices of a profile id.
  public func profile(id: String) -> (household: Int, profile: Int)? {
    for (h, household) in households.enumerated() {
      if let p = household.profiles.firstIndex(where: { $0.id == id }) { return (h, p) }
    }
    return nil
  }

  // MARK: Building

  private mutating func addPersonas(_ scenario: Scenario, using random: inout SeededGenerator) {
    let firstMember = members.count
    for persona in scenario.personas {
      members.append(
        Member(
          id: persona.id, personaID: persona.id, ageBand: persona.ageBand, gender: persona.gender,
          region: persona.region, timeZone: persona.timeZone, devices: persona.devices,
          schedule: persona.schedule, taste: personaTaste(persona, using: &random),
          bingeTendency: persona.bingeTendency, household: -1, profiles: []))
    }
    let index = Dictionary(
      uniqueKeysWithValues: scenario.personas.enumerated().map { ($1.id, firstMember + $0) })
    for account in scenario.accounts {
      let h = households.count
      var memberSet: [Int] = []
      let profiles = account.profiles.enumerated().map { p, profile in
        let viewers = profile.viewers.compactMap { index[$0] }
        for viewer in viewers {
          if !memberSet.contains(viewer) { memberSet.append(viewer) }
          if members[viewer].household < 0 { members[viewer].household = h }
          if members[viewer].household == h { members[viewer].profiles.append(p) }
        }
        return HouseholdProfile(id: profile.id, name: profile.name, isKids: profile.isKids, viewers: viewers)
      }
      households.append(Household(id: account.id, profiles: profiles, members: memberSet))
    }
  }

  private func personaTaste(_ persona: Persona, using random: inout SeededGenerator) -> TasteProfile {
    let model = tasteModel
    let base = calibration.lifts(ageBand: persona.ageBand, gender: persona.gender)
    var stated = [Double](repeating: 0, count: titles.genres.count)
    for (slot, genre) in titles.genres.enumerated() {
      stated[slot] = persona.tastes.genres[genre] ?? 0
    }
    let lifts = zip(base, stated).map {
      model.personaDemographicWeight * $0 + model.personaGenreScale * $1
    }
    let tones = ArtworkTone.allCases.map { tone in
      let cueing = titles.genres.indices.filter { ArtworkTone(cueing: titles.genres[$0]) == tone }
      let strongest = cueing.map { stated[$0] }.max { abs($0) < abs($1) } ?? 0
      return 1.5 * strongest + 0.1 * random.nextGaussian()
    }
    return TasteProfile(
      genreLifts: lifts, castLifts: persona.tastes.cast.mapValues { model.castScale * $0 },
      toneLifts: tones, faceLift: 0.2 * random.nextGaussian(),
      latent: [Double](repeating: 0, count: titles.latentDimension),
      audience: AudiencePosition.coordinates(ageBand: persona.ageBand, gender: persona.gender)
        .map { model.personaDemographicWeight * $0 },
      hasGenreTastes: !persona.tastes.genres.isEmpty)
  }

  private mutating func addCrowd(_ crowd: Crowd, count: Int, using random: inout SeededGenerator) {
    let model = tasteModel
    var made = 0
    var accountNumber = 0
    while made < count {
      let size = min(
        count - made,
        Self.householdSizes[WeightedDraw.index(Self.householdSizes.map(\.weight), using: &random)].size)
      accountNumber += 1
      let accountID = "crowd\(accountNumber)"
      let h = households.count
      var memberIndices: [Int] = []
      for _ in 0..<size {
        made += 1
        memberIndices.append(members.count)
        members.append(crowdMember(crowd, number: made, household: h, model: model, using: &random))
      }
      let shares = size >= 2 && random.nextUnitDouble() < crowd.sharedProfiles
      var profiles: [HouseholdProfile] = []
      for (position, m) in memberIndices.enumerated() {
        if shares && position == 1 {
          profiles[0].viewers.append(m)
          members[m].profiles = [0]
          continue
        }
        let isKids = members[m].ageBand == .under18 && size >= 2 && position > 0
        members[m].profiles = [profiles.count]
        profiles.append(
          HouseholdProfile(
            id: "\(accountID)-\(profiles.count + 1)", name: isKids ? "Kids" : "Profile \(profiles.count + 1)",
            isKids: isKids, viewers: [m]))
      }
      households.append(Household(id: accountID, profiles: profiles, members: memberIndices))
    }
  }

  private func crowdMember(
    _ crowd: Crowd, number: Int, household: Int, model: TasteModel,
    using random: inout SeededGenerator
  ) -> Member {
    let band =
      WeightedDraw.draw(crowd.ageBands, order: { a, b in rank(a) < rank(b) }, using: &random)
      ?? .from25to34
    let gender =
      WeightedDraw.draw(crowd.genders, order: { $0.rawValue < $1.rawValue }, using: &random) ?? .female
    let region = WeightedDraw.draw(crowd.regions, order: <, using: &random) ?? "US"
    let zone = WeightedDraw.draw(crowd.timeZones, order: <, using: &random) ?? "America/New_York"
    let deviceOrder: (Device, Device) -> Bool = { $0.rawValue < $1.rawValue }
    var devices = [WeightedDraw.draw(crowd.devices, order: deviceOrder, using: &random) ?? .tv]
    let secondChance = band == .under18 ? 0.7 : 0.4
    if random.nextUnitDouble() < secondChance {
      var rest = crowd.devices
      rest[devices[0]] = 0
      if band == .under18, devices[0] != .tablet { rest = [.tablet: 1] }
      if let second = WeightedDraw.draw(rest, order: deviceOrder, using: &random) {
        devices.append(second)
      }
    }
    let activity = exp(0.5 * random.nextGaussian() - 0.125)
    let noise = model.drawNoise(
      genres: titles.genres.count, latentDimension: titles.latentDimension, using: &random)
    let lifts = zip(calibration.lifts(ageBand: band, gender: gender), noise.genres).map { $0 + $1 }
    let tones = model.toneLifts(
      genreLifts: lifts, genres: titles.genres, noise: model.toneNoise, using: &random)
    let binge = min(1, max(0, crowd.bingeTendency + 0.15 * random.nextGaussian()))
    return Member(
      id: "m\(number)", personaID: nil, ageBand: band, gender: gender, region: region,
      timeZone: zone, devices: devices,
      schedule: ScheduleTemplate.schedule(
        for: band, devices: devices, sessionsPerWeek: crowd.sessionsPerWeek * activity, using: &random),
      taste: TasteProfile(
        genreLifts: lifts, castLifts: [:], toneLifts: tones,
        faceLift: 0.3 * random.nextGaussian(), latent: noise.latent,
        audience: AudiencePosition.coordinates(ageBand: band, gender: gender)),
      bingeTendency: binge, household: household, profiles: [])
  }

  private func rank(_ band: AgeBand) -> Int { AgeBand.allCases.firstIndex(of: band) ?? 0 }
}
