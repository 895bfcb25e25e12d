import Catalog
import Recommendation
import Testing

@testable import Platform

@Suite("Learned tastes: affinities, top genres and the strongest signal")
struct LearnedTastesTests {
  typealias F = PlatformFixtures
  static let index = CatalogIndex(catalog: F.catalog)

  /// A trained model of the fixture crowd (18 profiles).
  static let trained = {
    var platform = StreamingPlatform(catalog: F.catalog, configuration: F.configuration)
    platform.endOfDay(F.crowdDay(perGenre: 6))
    return platform.model!
  }()

  @Test("genre affinity is the share of positive feedback; negative feedback counts for nothing")
  func affinity() throws {
    let model = LearnedTastes(index: Self.index)
    let shares = model.affinity(of: [(0, 2), (4, 1), (8, -1)])
    let horror = try #require(Self.index.genres.firstIndex(of: .horror))
    let comedy = try #require(Self.index.genres.firstIndex(of: .comedy))
    let drama = try #require(Self.index.genres.firstIndex(of: .drama))
    #expect(abs(shares[horror] - 2.0 / 3) < 1e-12 && abs(shares[comedy] - 1.0 / 3) < 1e-12 && shares[drama] == 0)
    #expect(model.affinity(of: [(8, -1)]).allSatisfy { $0 == 0 })
  }

  @Test("before any retrain the model knows nobody, and fold-in does nothing")
  func untrained() {
    var model = LearnedTastes(index: Self.index)
    model.appendProfile()
    model.foldIn([0], rows: [[(0, 1)]], threads: 1)
    #expect(model.scores(profile: 0) == nil && model.foldIns == 0 && model.tastes == [nil])
    #expect(model.topGenres(profile: 0).isEmpty && model.strongestSignal(profile: 0) == nil)
  }

  @Test("top genres by share, ties in genre order; the strongest signal ties to the lower title")
  func rankings() throws {
    var model = LearnedTastes(index: Self.index)
    for _ in 0..<3 { model.appendProfile() }
    model.install(Self.trained, rows: [[(5, 1), (1, 1), (9, 3)], [(8, -4), (2, 0.5)], []])
    #expect(model.retrains == 1)
    let comedyFirst = Self.index.genres.firstIndex(of: .comedy)! < Self.index.genres.firstIndex(of: .horror)!
    #expect(model.topGenres(profile: 0) == [.drama] + (comedyFirst ? [.comedy, .horror] : [.horror, .comedy]))
    #expect(model.strongestSignal(profile: 0) == 9)
    #expect(model.strongestSignal(profile: 1) == 2)  // negative feedback is no signal
    #expect(model.topGenres(profile: 1) == [.horror])
    var tie = LearnedTastes(index: Self.index)
    tie.appendProfile()
    tie.install(Self.trained, rows: [[(7, 2), (3, 2)]])
    #expect(tie.strongestSignal(profile: 0) == 3)
    // A profile without feedback gets no taste vector, one with feedback its row of the model.
    #expect(model.tastes[2] == nil && model.scores(profile: 2) == nil)
    #expect(model.tastes[0] == Self.trained.userFactors.row(0))
    let scores = try #require(model.scores(profile: 0))
    #expect(scores.count == F.catalog.count)
  }
}
