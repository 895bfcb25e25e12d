import Catalog
import Datasets
import Events
import Factorization
import Foundation
import Inference
import LinearAlgebra
import Signals
import Testing

/// Timings of inference for 10,000 profiles (batch, without evidence) and of
/// the evidence for one member. Opt-in, as a measurement rather than a
/// check: `GLASSHOUSE_TIMING=1 swift test -c release --filter InferenceTiming`.
@Suite("Inference timings", .enabled(if: ProcessInfo.processInfo.environment["GLASSHOUSE_TIMING"] != nil))
struct InferenceTimingTests {
  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  @Test("10,000 profiles: taste, rhythm, location and demographic traits; evidence for one member")
  func tenThousand() throws {
    BLAS.useSingleThread()
    let profiles = 10_000
    var random = SeededGenerator(seed: 5)
    let titles = ProfileHistory.catalog.titles.map(\.id.text)
    var events: [Event] = []
    events.reserveCapacity(profiles * 45)
    for p in 0..<profiles {
      var history = ProfileHistory()
      history.profile = "p\(p)"
      history.account = "a\(p)"
      history.offset = [60, 0, -300, 540][p % 4]
      let lean = Int(random.next() % 4)
      if p % 3 == 0 {
        history.add(day: 0, second: 30, .partnerRecord(
          partner: "broker", partnerKind: .dataBroker, attributeKind: .demographic,
          attributes: ["gender": lean < 2 ? "female" : "male"]))
      }
      history.session(day: 0, hour: 19, ip: ["198.51.100.130", "192.0.2.7", "203.0.113.9"][p % 3], device: "tv-\(p)", type: .tv)
      for day in 0..<20 {
        let t = random.nextUnitDouble() < 0.7 ? lean * 5 + Int(random.next() % 5) : Int(random.next() % 20)
        history.watch(titles[t], day: day, hour: 18 + Int(random.next() % 5), finish: random.nextUnitDouble() < 0.6)
      }
      events += history.events
    }
    var clock = ContinuousClock.now
    let log = EventLog(events: events)
    let feedback = SignalExtractor().feedback(from: log)
    let matrix = LabeledSparseMatrix<Label, Label>(
      triples: feedback.triples.map { (row: $0.profile, column: $0.title, value: $0.value) })
    let model = ImplicitALS(factors: 32, regularization: 0.1, solver: .cholesky, iterations: 10, seed: 1)
      .train(matrix.matrix)
    let platformSeconds = Self.seconds(ContinuousClock.now - clock)

    clock = ContinuousClock.now
    let held = HeldDemographics.collect(from: log)
    let ids = matrix.rowLabels.labels.map(\.text)
    // What the platform's classifier reads: taste, rhythms, devices, titles.
    let space = ProfileFeatures(titles: titles, tasteWidth: model.userFactors.columns)
    var rows = DenseMatrix(rows: ids.count, columns: space.width)
    for (r, id) in ids.enumerated() {
      let profileEvents = log.events(account: "a" + id.dropFirst(), profile: id)
      rows.setRow(r, to: space.row(taste: model.userFactors.row(r), events: profileEvents))
    }
    let demographics = DemographicInference().train(
      features: rows, profiles: ids, held: held, standardizedColumns: space.tasteWidth + ProfileFeatures.behaviourWidth)
    let trainSeconds = Self.seconds(ContinuousClock.now - clock)

    clock = ContinuousClock.now
    let directions = TasteDirections(model: model, titles: matrix.columnLabels, catalog: ProfileHistory.catalog)
    let affinities = directions.affinities(of: model.userFactors)
    let probabilities = demographics.probabilities(of: rows)
    let taste = TasteInference(catalog: ProfileHistory.catalog)
    let rhythm = RhythmInference()
    let location = LocationInference(geoIP: .sample)
    var traitCount = 0
    for timeline in log.timelines where timeline.key.profile != nil {
      traitCount += taste.genreAffinities(events: timeline.events, withEvidence: false).count
      traitCount += rhythm.infer(events: timeline.events, withEvidence: false).count
      traitCount += location.infer(events: timeline.events, withEvidence: false).count
    }
    let batchSeconds = Self.seconds(ContinuousClock.now - clock)

    clock = ContinuousClock.now
    let events0 = log.events(account: "a1", profile: "p1")
    let vector = TasteVectorEvidence(model: model, titles: matrix.columnLabels, directions: directions)
    var explained = taste.genreAffinities(events: events0) + rhythm.infer(events: events0)
      + location.infer(events: events0)
    explained.append(vector.summary(events: events0))
    explained += demographics.traits(profile: "p1", events: events0) {
      space.row(taste: vector.taste(events: $0, reference: events0.last?.timestamp), events: $0)
    }
    let evidenceSeconds = Self.seconds(ContinuousClock.now - clock)

    print("TIMING events \(events.count); log + signals + ALS (platform): \(platformSeconds) s")
    print("TIMING demographic classifier training (\(held.count) labelled): \(trainSeconds) s")
    print("TIMING batch inference, \(profiles) profiles, \(traitCount) traits: \(batchSeconds) s")
    print("TIMING evidence for one member (\(explained.count) traits): \(evidenceSeconds) s")
    for trait in explained { print("  ", trait.summary, "evidence:", trait.evidence.count) }
    #expect(affinities.rows == profiles && probabilities.gender?.rows == profiles)
  }
}
