import Catalog
import Datasets
import Events
import Factorization
import Inference
import LinearAlgebra
import Signals
import TestSupport
import Testing

@Suite("Demographics of profiles from an event log")
struct DemographicInferenceTests {
  /// 240 single-profile accounts watching the ProfileHistory catalog; women
  /// lean to drama and children's titles, men to horror and comedy. Half the
  /// accounts gave a date of birth or have a broker record with gender.
  struct World {
    var events: [Event] = []
    var truth: [String: Gender] = [:]
  }

  static func world() -> World {
    var world = World()
    var random = SeededGenerator(seed: 21)
    let female = ["d1", "d2", "d3", "d4", "c1", "c2", "c3", "m2"]
    let male = ["h1", "h2", "h3", "h4", "h5", "m1", "m3", "m4"]
    for p in 0..<240 {
      var history = ProfileHistory()
      history.profile = "p\(p)"
      history.account = "a\(p)"
      let isFemale = random.nextUnitDouble() < 0.4
      world.truth[history.profile] = isFemale ? .female : .male
      if p % 2 == 0 {
        history.add(day: 0, second: 60, .partnerRecord(
          partner: "broker", partnerKind: .dataBroker, attributeKind: .demographic,
          attributes: ["gender": isFemale ? "female" : "male", "age_band": "25-34"]))
      }
      for day in 0..<8 {
        let lean = random.nextUnitDouble() < 0.75
        let pool = (isFemale == lean) ? female : male
        history.watch(pool[Int(random.next() % UInt64(pool.count))], day: day + 1, hour: 20)
      }
      world.events += history.events
    }
    return world
  }

  @Test("held labels come from broker records and dates of birth")
  func heldLabels() throws {
    var history = ProfileHistory()
    history.add(day: 0, second: 0, .accountCreated(
      name: "A", email: "a@example.com", postalCode: nil, phone: nil, paymentMethod: .card,
      dateOfBirth: CalendarDate(year: 1990, month: 6, day: 1)))
    history.watch("h1", day: 1, hour: 20)
    let held = HeldDemographics.collect(from: EventLog(events: history.events))
    #expect(held["p1"]?.ageBand == .from35to44)
    #expect(held["p1"]?.gender == nil)
    #expect(held["p1"]?.sourceEventIDs == ["e1"])
  }

  @Test("profiles without labels are classified from their taste vectors, better than the majority, with evidence")
  func classify() throws {
    BLAS.useSingleThread()
    let world = Self.world()
    let log = EventLog(events: world.events)
    let feedback = SignalExtractor().feedback(from: log)
    let matrix = LabeledSparseMatrix<Label, Label>(triples: feedback.triples.map { (row: $0.profile, column: $0.title, value: $0.value) })
    let model = ImplicitALS(factors: 8, regularization: 0.1, solver: .cholesky, iterations: 10, seed: 1, threads: 1)
      .train(matrix.matrix)
    let held = HeldDemographics.collect(from: log)
    #expect(held.count == 120)
    let profiles = matrix.rowLabels.labels.map(\.text)
    let inference = DemographicInference(classifier: TunedSoftmaxRegression(regularizationGrid: [1, 0.1, 0.01]))
    let demographics = inference.train(tastes: model.userFactors, profiles: profiles, held: held)
    var correct = 0
    var unlabelled = 0
    var majority = 0
    for (row, profile) in profiles.enumerated() where held[profile] == nil {
      let traits = demographics.traits(profile: profile, taste: model.userFactors.row(row))
      let gender = try #require(traits.first { $0.name == "gender" })
      #expect(gender.confidence >= 0.5 && gender.confidence <= 1)
      unlabelled += 1
      if gender.text == world.truth[profile]!.rawValue { correct += 1 }
      if world.truth[profile] == .male { majority += 1 }
    }
    let accuracy = Double(correct) / Double(unlabelled)
    #expect(accuracy > Double(majority) / Double(unlabelled) + 0.1, "accuracy \(accuracy)")
    // A held profile reports its held label at confidence 1.
    let heldTraits = demographics.traits(profile: "p0", taste: model.userFactors.row(0))
    #expect(heldTraits.first { $0.name == "gender" }?.confidence == 1)
    #expect(heldTraits.first { $0.name == "age band" }?.text == "25-34")
    // Evidence for one unlabelled profile: the titles that pushed the guess.
    let evidence = TasteVectorEvidence(
      model: model, titles: matrix.columnLabels,
      directions: TasteDirections(model: model, titles: matrix.columnLabels, catalog: ProfileHistory.catalog))
    let profile = "p1"
    let events = log.events(account: "a1", profile: profile)
    let explained = demographics.traits(profile: profile, events: events) { evidence.taste(events: $0, reference: events.last?.timestamp) }
    let gender = try #require(explained.first { $0.name == "gender" })
    #expect(!gender.evidence.isEmpty)
    let leaning = gender.text == "female" ? ["d", "c", "m2"] : ["h", "m1", "m3", "m4"]
    #expect(leaning.contains { gender.evidence[0].title!.hasPrefix($0) })
  }
}
