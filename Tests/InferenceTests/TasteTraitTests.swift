import Catalog
import Datasets
import Events
import Factorization
import Inference
import LinearAlgebra
import Signals
import TestSupport
import Testing

@Suite("Taste traits with counterfactual evidence")
struct TasteTraitTests {
  static func horrorFan() -> ProfileHistory {
    var history = ProfileHistory()
    for (day, title) in ["h1", "h2", "h3", "h4", "h5"].enumerated() { history.watch(title, day: day, hour: 21) }
    history.watch("m1", day: 6, hour: 20)
    history.watch("d1", day: 7, hour: 20, finish: false)
    return history
  }

  @Test("genre affinity: Horror first by excess share, its evidence the horror titles, each taking share away when removed")
  func genres() throws {
    let baseline = GenreBaseline(shares: [.horror: 0.1, .comedy: 0.1, .drama: 0.4, .children: 0.4])
    let inference = TasteInference(catalog: ProfileHistory.catalog, baseline: baseline)
    let events = Self.horrorFan().events
    let traits = inference.genreAffinities(events: events)
    // The shares by hand from the signal values: five horror titles, one comedy, one drama.
    let values = SignalExtractor().values(ofProfileEvents: events, at: events.last?.timestamp).filter { $0.value > 0 }
    let total = values.reduce(0.0) { $0 + Double($1.value) }
    func share(_ prefix: String) -> Double {
      values.filter { $0.title.hasPrefix(prefix) }.reduce(0.0) { $0 + Double($1.value) } / total
    }
    let top = try #require(traits.first)
    #expect(top.text == "Horror")
    #expect(abs(top.score - (share("h") - 0.1)) < 1e-9)
    #expect(abs(top.confidence - baseline.confidence(share: share("h"), titles: values.count, of: .horror)) < 1e-12)
    #expect(top.confidence > 0.99)
    #expect(top.evidence.count == 5)
    #expect(top.evidence.allSatisfy { $0.title?.hasPrefix("h") == true && $0.effect > 0 })
    #expect(zip(top.evidence, top.evidence.dropFirst()).allSatisfy { $0.effect >= $1.effect })
    #expect(top.evidence[0].eventIDs.count == 2)
    // Comedy (one title of seven) is above its audience share of 0.1; drama, below 0.4, is not listed.
    #expect(traits.map(\.text) == (share("m") > 0.1 ? ["Horror", "Comedy"] : ["Horror"]))
    #expect(share("m") > 0.1 && share("d") < 0.4)
    // The top genres are the same ranking without a limit.
    #expect(inference.topGenres(events: events, reference: events.last?.timestamp).map(\.name) == traits.map(\.text))
    // Without evidence: the same traits, no search.
    let quick = inference.genreAffinities(events: events, withEvidence: false)
    #expect(quick.map(\.text) == traits.map(\.text) && quick.allSatisfy(\.evidence.isEmpty))
  }

  @Test("favourite cast needs two titles; the evidence names them")
  func cast() throws {
    let traits = TasteInference(catalog: ProfileHistory.catalog).favouriteCast(events: Self.horrorFan().events)
    #expect(traits.map(\.text) == ["Ada Vance"])
    #expect(Set(traits[0].evidence.compactMap(\.title)) == ["h1", "h2", "h4"])
  }

  @Test("artwork tone from clicked impressions")
  func tone() throws {
    var history = ProfileHistory()
    for (i, title) in ["d1", "d2", "d3", "m1", "m2", "m3"].enumerated() {
      history.add(day: 0, second: 3600 * 20 + i * 10, .impression(
        title: title, row: "top", rowIndex: 0, position: i, artwork: "\(title)-dark", propensity: 0.5))
      history.add(day: 1, second: 3600 * 20 + i * 10, .impression(
        title: title, row: "top", rowIndex: 0, position: i, artwork: "\(title)-comic", propensity: 0.5))
    }
    history.add(day: 0, second: 3600 * 21, .artworkClick(title: "d2", artwork: "d2-dark"))
    history.add(day: 0, second: 3600 * 21 + 5, .artworkClick(title: "m3", artwork: "m3-dark"))
    history.add(day: 1, second: 3600 * 21, .artworkClick(title: "m1", artwork: "m1-dark"))
    let trait = try #require(TasteInference(catalog: ProfileHistory.catalog).tone(events: history.events))
    #expect(trait.text == "dark")
    #expect(trait.score > 0.2)
    #expect(Set(trait.evidence.compactMap(\.title)) == ["d2", "m3", "m1"])
    #expect(TasteInference(catalog: ProfileHistory.catalog).tone(events: []) == nil)
  }

  @Test("no events, no NaN: empty traits; out-of-range numbers are cleaned")
  func degenerate() {
    let inference = TasteInference(catalog: ProfileHistory.catalog)
    #expect(inference.genreAffinities(events: []).isEmpty)
    let trait = InferredTrait(.genreAffinity, .genre("Horror"), score: .nan, confidence: 3)
    #expect(trait.score == 0 && trait.confidence == 1)
  }

  @Test("taste vector: genre directions from title factors read a horror fan as Horror +, with horror titles as evidence")
  func directions() throws {
    // Signals of 60 profiles: 30 horror fans, 30 children's fans, each with a
    // drama or comedy (two titles each, too few for a direction).
    let catalog = ProfileHistory.catalog
    var triples: [(row: Label, column: Label, value: Float)] = []
    var random = SeededGenerator(seed: 3)
    for p in 0..<60 {
      let genre = p < 30 ? "h" : "c"
      for i in 1...6 where random.nextUnitDouble() < 0.7 {
        triples.append((Label("p\(p)"), Label("\(genre)\(i)"), 2))
      }
      triples.append((Label("p\(p)"), Label(p % 2 == 0 ? "d\(1 + p % 4)" : "m\(1 + p % 4)"), 1))
    }
    let matrix = LabeledSparseMatrix<Label, Label>(triples: triples)
    let model = ImplicitALS(factors: 6, regularization: 0.1, solver: .cholesky, iterations: 10, seed: 1, threads: 1)
      .train(matrix.matrix)
    let directions = TasteDirections(model: model, titles: matrix.columnLabels, catalog: catalog)
    #expect(directions.genres == [.children, .horror])
    let all = directions.affinities(of: model.userFactors)
    let horror = try #require(directions.index(of: .horror))
    let children = try #require(directions.index(of: .children))
    let fan = matrix.rowLabels.index(of: "p1")!
    #expect(all[fan, horror] > 0.5 && all[fan, children] < -0.5)
    let explained = TasteVectorEvidence(model: model, titles: matrix.columnLabels, directions: directions)
      .summary(events: Self.horrorFan().events)
    #expect(explained.text.hasPrefix("strongest directions: "))
    #expect(explained.text.contains("Horror +") || explained.text.contains("Children −"))
    #expect(explained.confidence > 0 && explained.confidence <= 1)
    #expect(!explained.evidence.isEmpty)
    #expect(explained.evidence.allSatisfy { $0.title?.hasPrefix("h") == true })
  }
}
