import Beliefs
import Catalog
import Events
import Foundation
import Inference
import TestSupport
import Testing

/// A MovieLens crowd a person points to (`import netflix --crowd`): its
/// folder recognised, its taste space and fold-in, its genre mix, and its
/// demographic classifier applied to a profile from a log alone. The crowd
/// is the hand-made one of Tests/NetflixExportTests/Fixtures/crowd (its
/// README gives the rule): women rate romance, men action, and ages have
/// nothing to do with either.
@Suite("A MovieLens crowd for beliefs from a log alone")
struct CrowdModelTests {
  static let fixtures = SharedData.repositoryRoot.appendingPathComponent("Tests/NetflixExportTests/Fixtures/crowd")

  static func crowd(_ name: String) throws -> CrowdModel {
    try CrowdModel.load(
      CrowdFolder.locate(fixtures.appendingPathComponent(name).path), configuration: .init(threads: 1))
  }

  /// One profile that watched these crowd titles (movie ids) to the end, a
  /// day apart at 20:00.
  static func viewer(_ titles: [String], profile: String = "p1") -> ProfileHistory {
    var history = ProfileHistory()
    history.profile = profile
    for (day, title) in titles.enumerated() { history.watch(title, day: day, hour: 20) }
    return history
  }

  static let romance = ["1", "2", "3", "4", "5", "6", "7"]
  static let action = ["11", "12", "13", "14", "15", "16", "17"]

  @Test("a folder is recognised by its files; a folder without ratings or movies is refused by name")
  func folders() throws {
    let hundred = try CrowdFolder.locate(Self.fixtures.appendingPathComponent("ml-100k").path)
    #expect(hundred.release == .movieLens100K && hundred.users?.hasSuffix("ml-100k/u.user") == true)
    #expect(hundred.ratings.hasSuffix("ml-100k/u.data") && hundred.movies.hasSuffix("ml-100k/u.item"))
    let million = try CrowdFolder.locate(Self.fixtures.appendingPathComponent("ml-1m").path)
    #expect(million.release == .movieLens1M && million.users?.hasSuffix("ml-1m/users.dat") == true)

    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("crowd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect {
      try CrowdFolder.locate(empty.path)
    } throws: { "\($0)".contains("no MovieLens ratings: expected ratings.csv and movies.csv") }
    try Data("1\t1\t5\t0\n".utf8).write(to: empty.appendingPathComponent("u.data"))
    #expect {
      try CrowdFolder.locate(empty.path)
    } throws: { "\($0)" == "\(empty.path): u.data is there but not u.item, which names and gives the genres of its movies" }
    #expect {
      try CrowdFolder.locate(empty.appendingPathComponent("u.data").path)
    } throws: { "\($0)".contains("not a folder") }
  }

  @Test("the fold-in is the exact user-side solve against the crowd's title factors (naive Gaussian elimination)")
  func foldInEqualsNaiveSolve() throws {
    let crowd = try Self.crowd("ml-100k")
    var history = Self.viewer(["3", "5", "6"])
    history.watch("12", day: 4, hour: 21, finish: false)  // 10 of 90 minutes
    history.watch("not-a-crowd-title", day: 5, hour: 20)
    let interactions = crowd.interactions(events: history.events)
    // Four crowd titles; the fifth is none of the crowd's.
    #expect(interactions.count == 4)
    let taste = crowd.taste(events: history.events)

    // (YᵀY + λI + Σ (c − 1) y yᵀ) x = Σ p c y with c = 1 + |v|, p = [v > 0]
    // (Hu, Koren and Volinsky 2008, eq. 4; the paper's confidence, α = 1).
    let y = crowd.model.itemFactors
    let k = y.columns
    let lambda = Double(CrowdModel.Configuration().regularization)
    var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var b = [Double](repeating: 0, count: k)
    for i in 0..<y.rows {
      let row = y.row(i)
      for r in 0..<k { for c in 0..<k { a[r][c] += Double(row[r]) * Double(row[c]) } }
    }
    for r in 0..<k { a[r][r] += lambda }
    for entry in interactions {
      let row = y.row(entry.item)
      let v = Double(entry.value)
      let c = 1 + abs(v)
      for r in 0..<k {
        for s in 0..<k { a[r][s] += (c - 1) * Double(row[r]) * Double(row[s]) }
        b[r] += (v > 0 ? 1 : 0) * c * Double(row[r])
      }
    }
    let naive = NaiveLinearAlgebra.solve(a, b)
    let scale = naive.map(abs).max() ?? 1
    #expect(scale > 1e-3, "a non-trivial taste vector")
    #expect(NaiveLinearAlgebra.maxDifference(taste, naive) <= 1e-3 * scale)
  }

  @Test("a romance watcher is guessed female, more surely than the base rate, and an action watcher male")
  func demographicGuess() throws {
    let crowd = try Self.crowd("ml-100k")
    let skill = try #require(crowd.summary.skill(of: .gender))
    // 36 of the 60 labelled members are male; the held-out guesses beat that.
    #expect(skill.labelled == 60 && skill.commonest == "male" && abs(skill.commonestShare - 0.6) < 1e-12)
    #expect(skill.folds == 5 && skill.accuracy > skill.commonestShare && !skill.isGuessing)

    let rosa = Self.viewer(Self.romance)
    let maxHistory = Self.viewer(Self.action, profile: "p2")
    var renamed = maxHistory.events
    for i in renamed.indices { renamed[i].id = "m-" + renamed[i].id }
    let log = EventLog(events: rosa.events + renamed)
    let beliefs = PlatformBeliefs(log: log, catalog: crowd.catalog, crowd: crowd)
    let traits = beliefs.traits(profile: "p1", events: rosa.events, withEvidence: true)
    let gender = try #require(traits.first { $0.kind == .gender })
    #expect(gender.value == .gender(.female))
    #expect(gender.confidence > skill.commonestShare && gender.caveat == nil)
    // Its evidence is a romance title the profile watched.
    #expect(gender.evidence.first?.title.map(Self.romance.contains) == true)
    let taste = try #require(traits.first { $0.kind == .tasteVector })
    guard case .directions(let directions) = taste.value else { Issue.record("not directions"); return }
    #expect(directions.count == 3)
    #expect(directions.contains(TraitValue.GenreDirection(genre: .romance, towards: true))
      || directions.contains(TraitValue.GenreDirection(genre: .action, towards: false)))
    #expect(beliefs.crowdKinds(profile: "p1", events: rosa.events) == [.ageBand, .gender, .tasteVector])

    let maxTraits = beliefs.traits(profile: "p2", events: renamed, withEvidence: false)
    #expect(maxTraits.first { $0.kind == .gender }?.value == .gender(.male))
  }

  @Test("the ratings say nothing about age, and the age-band guess says it is no better than the base rate")
  func ageBandIsGuessing() throws {
    let crowd = try Self.crowd("ml-100k")
    let skill = try #require(crowd.summary.skill(of: .ageBand))
    // Members u, u + 20, u + 40 have the same ratings and three age bands.
    #expect(skill.labelled == 60 && abs(skill.commonestShare - 1.0 / 3) < 1e-12)
    #expect(skill.isGuessing)
    let rosa = Self.viewer(Self.romance)
    let beliefs = PlatformBeliefs(log: EventLog(events: rosa.events), catalog: crowd.catalog, crowd: crowd)
    let band = try #require(beliefs.traits(profile: "p1", events: rosa.events, withEvidence: false)
      .first { $0.kind == .ageBand })
    #expect(band.caveat?.hasPrefix("no better than guessing the most common answer: 33% of the 60 labelled members") == true)
  }

  @Test("the 1M layout of the same crowd gives the same model, skills and guesses")
  func millionLayoutReadsTheSame() throws {
    let hundred = try Self.crowd("ml-100k")
    let million = try Self.crowd("ml-1m")
    #expect(million.summary.source.release == .movieLens1M)
    #expect(million.summary.members == 60 && million.summary.ratings == 600 && million.summary.titles == 24)
    #expect(million.summary.skills == hundred.summary.skills)
    #expect(million.catalog.titles.map(\.name) == hundred.catalog.titles.map(\.name))
    #expect(million.catalog.titles.map(\.genres) == hundred.catalog.titles.map(\.genres))
    let events = Self.viewer(Self.romance).events
    let a = hundred.taste(events: events)
    let b = million.taste(events: events)
    #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-5 * max(1, abs($0)) })
  }

  @Test("genres rank against the crowd's genre mix: each member's shares of the movies they rated, averaged")
  func crowdGenreBaseline() throws {
    let crowd = try Self.crowd("ml-100k")
    // 24 members rate 7 romance titles of their 10, the other 36 one: the
    // mean romance share is (24 · 0.7 + 36 · 0.1) / 60 = 0.34.
    #expect(abs(crowd.baseline.share(of: .romance) - 0.34) < 1e-9)
    #expect(abs(crowd.baseline.share(of: .action) - (24 * 0.1 + 36 * 0.7) / 60) < 1e-9)
    let rosa = Self.viewer(Self.romance)
    let log = EventLog(events: rosa.events)
    let withCrowd = PlatformBeliefs(log: log, catalog: crowd.catalog, crowd: crowd)
    #expect(withCrowd.tasteInference.baseline == crowd.baseline)
    // Without the crowd, one profile's log ranks against the catalog's mix.
    #expect(PlatformBeliefs(log: log, catalog: crowd.catalog).tasteInference.baseline
      == GenreBaseline(catalog: crowd.catalog))
  }

  @Test("a kids' profile keeps its settings' age band; a profile with no crowd title gets nothing from the crowd")
  func whatTheCrowdDoesNotDecide() throws {
    let crowd = try Self.crowd("ml-100k")
    var kids = ProfileHistory()
    kids.add(day: 0, second: 3600, .profileSettings(profileName: "Kids", kids: true, language: "nl", maturity: .olderKids))
    for (day, title) in Self.romance.enumerated() { kids.watch(title, day: day, hour: 20) }
    let beliefs = PlatformBeliefs(log: EventLog(events: kids.events), catalog: crowd.catalog, crowd: crowd)
    let traits = beliefs.traits(profile: "p1", events: kids.events, withEvidence: false)
    #expect(traits.filter { $0.kind == .ageBand }.map(\.value) == [.ageBand(.under18)])
    #expect(beliefs.crowdKinds(profile: "p1", events: kids.events) == [.gender, .tasteVector])

    var stranger = ProfileHistory()
    stranger.watch("h1", day: 0, hour: 20)
    let none = PlatformBeliefs(log: EventLog(events: stranger.events), catalog: ProfileHistory.catalog, crowd: crowd)
    let strangerTraits = none.traits(profile: "p1", events: stranger.events, withEvidence: false)
    #expect(!strangerTraits.contains { [.gender, .ageBand, .tasteVector].contains($0.kind) })
    #expect(none.crowdKinds(profile: "p1", events: stranger.events).isEmpty)
  }

  @Test("ml-latest-small gives a taste vector and no demographic guess (SharedData)",
        .enabled(if: SharedData.isAvailable("ml-latest-small/ratings.csv")))
  func latestSmallSharedData() throws {
    let folder = try CrowdFolder.locate(SharedData.path("ml-latest-small"))
    #expect(folder.release == .latest && folder.users == nil)
    let crowd = try CrowdModel.load(folder, configuration: .init(threads: 1))
    #expect(crowd.summary.members == 610 && !crowd.summary.guessesDemographics && crowd.demographics == nil)
    // Notting Hill, Pretty Woman, Casablanca, Titanic (1997), The Notebook,
    // Love Actually, Before Sunrise.
    let rosa = Self.viewer(["2671", "597", "912", "1721", "8533", "6942", "215"])
    let beliefs = PlatformBeliefs(log: EventLog(events: rosa.events), catalog: crowd.catalog, crowd: crowd)
    let traits = beliefs.traits(profile: "p1", events: rosa.events, withEvidence: false)
    #expect(!traits.contains { $0.kind == .gender || $0.kind == .ageBand })
    let taste = try #require(traits.first { $0.kind == .tasteVector })
    guard case .directions(let directions) = taste.value else { Issue.record("not directions"); return }
    #expect(directions.contains(TraitValue.GenreDirection(genre: .romance, towards: true)))
    #expect(beliefs.crowdKinds(profile: "p1", events: rosa.events) == [.tasteVector])
  }
}
