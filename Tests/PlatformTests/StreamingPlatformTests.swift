import Catalog
import Events
import Platform
import Recommendation
import Testing

/// The platform on a hand-made catalog (``PlatformFixtures``): what it
/// takes in, what its model learns, what it serves.
@Suite("Streaming platform: ingestion, retraining, fold-in, homepages, artwork")
struct StreamingPlatformTests {
  typealias F = PlatformFixtures

  @Test("ingested events appear in the profile's activity, region and feedback")
  func ingestion() throws {
    var platform = StreamingPlatform(catalog: F.catalog, configuration: F.configuration)
    let own =
      [F.session("s", 10, profile: "viewer", ip: "192.0.2.70")]
      + F.watched(1, profile: "viewer", at: 20) + F.started(5, profile: "viewer", at: 4000)
    let contact = F.event("cs", 9000, .customerServiceContact(channel: .chat, topic: "billing"), profile: nil)
    let day = F.sorted(F.crowdDay() + own + [contact])
    let stored = platform.endOfDay(day)
    #expect(stored == day)  // the standard policy stores what it is offered
    #expect(platform.daysIngested == 1 && platform.retrains == 1 && platform.foldIns == 0)

    // Profiles in order of first appearance; an event without a profile adds none.
    var order: [String] = []
    for event in day { if let id = event.profile, !order.contains(id) { order.append(id) } }
    #expect(platform.profileIDs == order)
    let p = try #require(platform.profileIndex("viewer"))
    #expect(platform.accountIDs[p] == "a-viewer")
    let activity = platform.activity(profile: "viewer")
    #expect(activity == platform.activities[p])
    #expect(activity.watched == [0])
    #expect(activity.continueWatching == [4])
    #expect(activity.resumePosition(title: 4) == 600)
    #expect(activity.lastSeen?.secondsSinceEpoch == F.start + 4600)
    #expect(platform.regions[p] == "Chicago")
    #expect(Set(platform.feedback[p].map(\.item)) == [0, 4])
    #expect(platform.feedback[p].first { $0.item == 0 }.map { $0.value > 0 } == true)
    #expect(platform.tastes[p] != nil)
    // "Now" is the latest event, with or without a profile.
    #expect(platform.latestEventTime == F.start + 9000)

    // A profile the log never mentioned.
    #expect(platform.profileIndex("stranger") == nil)
    #expect(platform.activity(profile: "stranger") == ProfileActivity())
    #expect(platform.scores(profile: "stranger") == nil)
    #expect(platform.topGenres(profile: "stranger").isEmpty)
  }

  @Test("after a retrain, a profile that played only horror gets the other horror titles ranked first")
  func horrorFirst() throws {
    var platform = StreamingPlatform(catalog: F.catalog, configuration: F.configuration)
    let fan = F.watched(1, profile: "fan", at: 100) + F.watched(2, profile: "fan", at: 200)
    platform.endOfDay(F.sorted(F.crowdDay() + fan))
    #expect(platform.retrains == 1)
    let scores = try #require(platform.scores(profile: "fan"))
    let unwatchedHorror = [2, 3], others = Array(4..<12)
    let weakestHorror = try #require(unwatchedHorror.map { scores[$0] }.min())
    let strongestOther = try #require(others.map { scores[$0] }.max())
    #expect(weakestHorror > strongestOther + 0.1, "scores \(scores)")

    let page = platform.homepage(profile: "fan", activity: platform.activity(profile: "fan"))
    let picks = try #require(page.rows.first { $0.kind == .topPicks })
    #expect(Set(picks.titles.prefix(2)) == Set(unwatchedHorror), "top picks \(picks.titles)")
    #expect(platform.topGenres(profile: "fan") == [.horror])
    let horror = try #require(platform.index.genres.firstIndex(of: .horror))
    let p = try #require(platform.profileIndex("fan"))
    #expect(platform.genreAffinity[p][horror] == 1)
    // "Because you watched" is anchored on one of the fan's horror titles.
    #expect(platform.strongestSignal(profile: "fan").map { F.horror.contains($0) } == true)
  }

  @Test("a finished title is never recommended again; a started one only to continue")
  func finishedTitlesStayOff() throws {
    var platform = StreamingPlatform(catalog: F.catalog, configuration: F.configuration)
    let fan = F.watched(1, profile: "fan", at: 100) + F.started(2, profile: "fan", at: 4000)
    platform.endOfDay(F.sorted(F.crowdDay() + fan))
    let activity = platform.activity(profile: "fan")
    let page = platform.homepage(profile: "fan", activity: activity)
    #expect(!page.titles.contains(0))
    let continuing = try #require(page.rows.first { $0.kind == .continueWatching })
    #expect(continuing.titles == [1])
    #expect(page.titles.filter { $0 == 1 }.count == 1)
    #expect(page.titles.count == Set(page.titles).count)
    // Nor is it the title of a notification once the profile is idle.
    let note = try #require(platform.notifications(dayStart: F.start + 5 * F.day).first { $0.profile == "fan" })
    #expect(note.title != 0)
    #expect(note.time.secondsSinceEpoch == F.start + 5 * F.day + 18 * 3600)
    // Within the idle period, no notification.
    #expect(!platform.notifications(dayStart: F.start + F.day).contains { $0.profile == "fan" })
  }

  @Test("fold-in of a new profile equals the user-side ALS solve (YᵀCY + λI)x = YᵀCp done by hand")
  func foldInMatchesNaiveSolve() throws {
    var configuration = F.configuration
    configuration.regularization = 0.5
    #expect(configuration.confidence.scaling == .linear(alpha: 40))
    #expect(configuration.confidence.convention == .paper)
    var platform = StreamingPlatform(catalog: F.catalog, configuration: configuration)
    platform.endOfDay(F.crowdDay())
    let trained = try #require(platform.model)
    let newcomer =
      F.watched(5, profile: "newcomer", at: F.day + 100) + F.watched(6, profile: "newcomer", at: F.day + 200)
      + F.watched(1, profile: "newcomer", at: F.day + 300) + F.started(9, profile: "newcomer", at: F.day + 4000)
    platform.endOfDay(F.sorted(newcomer))
    #expect(platform.retrains == 1 && platform.foldIns == 1)
    let model = try #require(platform.model)
    #expect(model.itemFactors.storage == trained.itemFactors.storage)  // fold-in keeps the titles fixed

    let p = try #require(platform.profileIndex("newcomer"))
    let taste = try #require(platform.tastes[p])
    let feedback = platform.feedback[p]
    #expect(Set(feedback.map(\.item)) == [0, 4, 5, 8])
    // A = YᵀY + λI + Σ_observed (c − 1) y yᵀ, b = Σ_observed c·p·y, with
    // c = 1 + α|r| and p = 1 for r > 0 (Hu, Koren and Volinsky 2008, eq. 4).
    let k = configuration.factors
    let y = (0..<F.catalog.count).map { model.itemFactors.row($0).map(Double.init) }
    var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var b = [Double](repeating: 0, count: k)
    for row in y { for i in 0..<k { for j in 0..<k { a[i][j] += row[i] * row[j] } } }
    for i in 0..<k { a[i][i] += Double(configuration.regularization) }
    for entry in feedback {
      let c = 1 + 40 * abs(Double(entry.value))
      let preference = entry.value > 0 ? 1.0 : 0.0
      for i in 0..<k {
        for j in 0..<k { a[i][j] += (c - 1) * y[entry.item][i] * y[entry.item][j] }
        b[i] += c * preference * y[entry.item][i]
      }
    }
    let expected = try #require(Self.solve(a, b))
    for f in 0..<k {
      #expect(abs(Double(taste[f]) - expected[f]) <= 1e-5 * max(1, abs(expected[f])), "factor \(f): \(taste) vs \(expected)")
    }
  }

  @Test("the same events and seed give the same platform, whatever the thread count; another seed other factors")
  func deterministic() throws {
    let days = [F.crowdDay(), F.sorted(F.watched(3, profile: "fan", at: F.day + 50) + F.watched(7, profile: "horror-1", at: F.day + 90))]
    func run(seed: UInt64 = 1, threads: Int = 1) -> StreamingPlatform {
      var configuration = F.configuration
      configuration.seed = seed
      configuration.threads = threads
      var platform = StreamingPlatform(catalog: F.catalog, configuration: configuration)
      for day in days { platform.endOfDay(day) }
      return platform
    }
    let a = run(), b = run(), threaded = run(threads: 2), reseeded = run(seed: 2)
    #expect(a.profileIDs == b.profileIDs)
    #expect(a.tastes == b.tastes)
    #expect(a.model?.itemFactors.storage == b.model?.itemFactors.storage)
    #expect(a.tastes == threaded.tastes)
    #expect(a.tastes != reseeded.tastes)
    for profile in a.profileIDs {
      let page = a.homepage(profile: profile, activity: a.activity(profile: profile))
      #expect(page == b.homepage(profile: profile, activity: b.activity(profile: profile)))
    }
    let context = a.artworkContext(profile: "fan", time: days[1][0].timestamp, device: .tv)
    #expect(context == b.artworkContext(profile: "fan", time: days[1][0].timestamp, device: .tv))
    #expect(context.profile == a.profileIndex("fan"))
  }

  @Test("impressions are joined to the clicks and plays that followed them, and the policy learns from them")
  func artworkRewards() throws {
    func day(rewardingMinutes: Bool) -> StreamingPlatform {
      var configuration = F.configuration
      configuration.recordsArtworkLog = true
      configuration.artworkReward = rewardingMinutes ? .minutesPlayed : .play
      var platform = StreamingPlatform(catalog: F.catalog, configuration: configuration)
      let impression: (String, Int64, Int, String, Double) -> Event = { id, seconds, title, variant, propensity in
        F.event(
          id, seconds,
          .impression(
            title: "\(title)", row: "Top picks", rowIndex: 0, position: 0, artwork: variant, propensity: propensity),
          profile: "viewer")
      }
      let events = [
        F.session("s", 10, profile: "viewer", ip: "192.0.2.70"),
        impression("i1", 20, 1, "1-v1", 0.5),
        impression("i2", 21, 5, "5-v0", 0.25),
        F.event("k0", 24, .artworkClick(title: "9", artwork: "9-v0"), profile: "viewer"),  // never shown: ignored
        F.event("k1", 25, .artworkClick(title: "1", artwork: "1-v1"), profile: "viewer"),
        F.event("p1", 30, .playStart(title: "1", playback: "b1", position: 0, runtime: 3000), profile: "viewer"),
        F.event("h1", 630, .heartbeat(title: "1", playback: "b1", position: 600), profile: "viewer"),
        F.event("x1", 930, .stop(title: "1", playback: "b1", position: 900, runtime: 3000), profile: "viewer"),
      ]
      platform.endOfDay(F.sorted(F.crowdDay() + events))
      return platform
    }
    let played = day(rewardingMinutes: false)
    #expect(played.artworkLog.count == 2)
    let first = try #require(played.artworkLog.first), second = try #require(played.artworkLog.last)
    #expect((first.title, first.variant, first.propensity, first.reward) == (0, 1, 0.5, 1))
    #expect((second.title, second.variant, second.propensity, second.reward) == (4, 0, 0.25, 0))
    #expect(first.context.device == .tv)
    // The context is the one the day was served with: before the day's
    // retrain the profile was unknown.
    #expect(first.context.profile == played.profileIndex("viewer"))
    #expect(first.context.genreShares.allSatisfy { $0 == 0 })
    let minutes = day(rewardingMinutes: true)
    #expect(minutes.artworkLog.map(\.reward) == [15, 0])
  }

  @Test("plays are counted per title and per region, and decay by day")
  func popularity() {
    var platform = StreamingPlatform(catalog: F.catalog, configuration: F.configuration)
    let first = [F.session("s", 10, profile: "p", ip: "192.0.2.70")]
      + F.watched(1, profile: "p", at: 20) + F.started(1, profile: "p", at: 4000, tag: "b")
      + F.watched(5, profile: "q", at: 30)
    platform.endOfDay(F.sorted(first))
    #expect(platform.popularity[0] == 2 && platform.popularity[4] == 1)
    #expect(platform.regionalPopularity.keys.sorted() == ["Chicago"])
    #expect(platform.regionalPopularity["Chicago"]?[0] == 2 && platform.regionalPopularity["Chicago"]?[4] == 0)
    platform.endOfDay(F.watched(1, profile: "p", at: F.day + 20, tag: "c"))
    let decay = platform.configuration.popularityDecay
    #expect(platform.popularity[0] == decay * 2 + 1)
    #expect(platform.popularity[4] == decay * 1)
    #expect(platform.regionalPopularity["Chicago"]?[0] == decay * 2 + 1)
    let request = platform.homepageRequest(profile: "p", activity: platform.activity(profile: "p"))
    #expect(request.regional?.region == "Chicago")
  }

  /// Solves a x = b by Gaussian elimination with partial pivoting; `nil`
  /// when a is singular.
  static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
    var a = matrix, b = vector
    let n = b.count
    for column in 0..<n {
      let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
      guard abs(a[pivot][column]) > 1e-12 else { return nil }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      for row in (column + 1)..<n {
        let factor = a[row][column] / a[column][column]
        for j in column..<n { a[row][j] -= factor * a[column][j] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in (0..<n).reversed() {
      var sum = b[row]
      for j in (row + 1)..<n { sum -= a[row][j] * x[j] }
      x[row] = sum / a[row][row]
    }
    return x
  }
}
