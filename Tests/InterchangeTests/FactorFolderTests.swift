import Datasets
import Evaluation
import Factorization
import Foundation
@testable import Interchange
import LinearAlgebra
import TestSupport
import Testing

/// Factor folders as the Spark job writes them: reading, id-map and
/// dimension checks, and laying rows out in a consumer's order.
@Suite("Factor import")
struct FactorFolderTests {
  static let userIDs = ["u1", "u2", "u3", "u4"]
  static let itemIDs = ["a", "b", "c", "d", "e"]

  static func manifest(rank: Int = 3) -> FactorManifest {
    FactorManifest(
      engine: "spark-mllib-als", engineVersion: "test", rank: rank, regularization: 0.1,
      regularizationScaling: "weighted", alpha: 2, iterations: 4, master: "local[2]", trainingSeconds: 1.5)
  }

  static func model() -> ImplicitModel {
    ImplicitModel(
      userFactors: RandomInteractions.dense(rows: 4, columns: 3, seed: 1),
      itemFactors: RandomInteractions.dense(rows: 5, columns: 3, seed: 2),
      configuration: ImplicitALS(factors: 3))
  }

  static func written() throws -> String {
    let path = NSTemporaryDirectory() + "glasshouse-factors-\(UUID().uuidString)"
    try FactorFolder.write(model(), userIDs: userIDs, itemIDs: itemIDs, manifest: manifest(), to: path)
    return path
  }

  @Test("write then read gives the same factors in the consumer's order, and Spark's configuration")
  func roundTrip() throws {
    let path = try Self.written()
    let folder = try FactorFolder.read(path: path)
    #expect(folder.manifest == Self.manifest())
    let imported = try folder.model(userIDs: Self.userIDs, itemIDs: Self.itemIDs, maps: ("users", "titles"))
    #expect(imported.model.userFactors == Self.model().userFactors)
    #expect(imported.model.itemFactors == Self.model().itemFactors)
    #expect(imported.usersWithoutFactors == 0 && imported.itemsWithoutFactors == 0)
    let configuration = imported.model.configuration
    #expect(configuration.regularizationScaling == .perPositiveObservation)
    #expect(configuration.confidence == Confidence(scaling: .linear(alpha: 2), convention: .paper))
    #expect(configuration.solver == .cholesky)
  }

  @Test("Spark's part files in a folder, rows in any order, missing rows left zero")
  func partFiles() throws {
    let path = try Self.written()
    let side = path + "/item-factors"
    let lines = try String(contentsOfFile: side + "/part-00000.csv", encoding: .utf8).split(separator: "\n")
    try FileManager.default.removeItem(atPath: side + "/part-00000.csv")
    // Two part files with a header each, index 1 left out, and Spark's marker files.
    try ([lines[0], lines[5], lines[3]].joined(separator: "\n") + "\n")
      .write(toFile: side + "/part-00000-x.csv", atomically: true, encoding: .utf8)
    try ([lines[0], lines[1], lines[4]].joined(separator: "\n") + "\n")
      .write(toFile: side + "/part-00001-x.csv", atomically: true, encoding: .utf8)
    try "".write(toFile: side + "/_SUCCESS", atomically: true, encoding: .utf8)
    try "junk".write(toFile: side + "/.part-00000-x.csv.crc", atomically: true, encoding: .utf8)
    let imported = try FactorFolder.read(path: path).model(
      userIDs: Self.userIDs, itemIDs: Self.itemIDs, maps: ("users", "titles"))
    #expect(imported.itemsWithoutFactors == 1)
    #expect(imported.model.itemFactors.row(1) == [0, 0, 0])
    for i in [0, 2, 3, 4] { #expect(imported.model.itemFactors.row(i) == Self.model().itemFactors.row(i)) }
  }

  @Test("an id that is not the consumer's id at that index is refused with file, line and both ids")
  func idMismatch() throws {
    let path = try Self.written()
    let folder = try FactorFolder.read(path: path)
    let file = path + "/user-factors/part-00000.csv"
    #expect(throws: InterchangeError.idMismatch(
      path: file, line: 3, field: "id", index: 1, found: "u2", expected: "someone", map: "the run's profiles")) {
      try folder.model(userIDs: ["u1", "someone", "u3", "u4"], itemIDs: Self.itemIDs, maps: ("the run's profiles", "t"))
    }
    // More factor rows than the consumer has ids.
    do {
      _ = try folder.model(userIDs: ["u1", "u2"], itemIDs: Self.itemIDs, maps: ("the split's users", "t"))
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("\(file):4: field `id`: index 2 is `u3` here but is beyond the the split's users"))
    }
  }

  @Test("a header or a row of another width than model.json's rank is a dimension error")
  func dimensions() throws {
    let path = try Self.written()
    var manifest = Self.manifest(rank: 4)
    let encoder = JSONEncoder()
    try encoder.encode(manifest).write(to: URL(fileURLWithPath: path + "/model.json"))
    #expect(throws: InterchangeError.dimensionMismatch(
      path: path + "/user-factors/part-00000.csv", line: 1, expected: 4, found: 3,
      reason: "the header's factor columns differ from model.json's rank")) {
      try FactorFolder.read(path: path)
    }
    manifest = Self.manifest()
    try encoder.encode(manifest).write(to: URL(fileURLWithPath: path + "/model.json"))
    let file = path + "/item-factors/part-00000.csv"
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text += "5,f,0.5,0.25\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.dimensionMismatch(
      path: file, line: 7, expected: 3, found: 2, reason: "the row's width differs from model.json's rank")) {
      try FactorFolder.read(path: path)
    }
  }

  @Test("a bad number, a repeated index and a missing manifest name what to fix")
  func badLines() throws {
    let path = try Self.written()
    let file = path + "/user-factors/part-00000.csv"
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
    try ([lines[0], lines[1], "1,u2,0.1,nan,0.3"].joined(separator: "\n") + "\n")
      .write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.malformedLine(
      path: file, line: 3, field: "f1", expected: "a finite number", found: "nan")) {
      try FactorFolder.read(path: path)
    }
    try ([lines[0], lines[1], lines[2], lines[1]].joined(separator: "\n") + "\n")
      .write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: InterchangeError.duplicateIndex(path: file, line: 4, index: 0, firstLine: 2, firstPath: nil)) {
      try FactorFolder.read(path: path)
    }
    try FileManager.default.removeItem(atPath: path + "/model.json")
    #expect(throws: InterchangeError.self) { try FactorFolder.read(path: path) }
  }

  @Test("evaluating a Glasshouse model's factor folder gives the protocol's own metrics")
  func evaluationMatchesProtocol() throws {
    var interactions: [Datasets.Interaction] = []
    var random = SeededGenerator(seed: 3)
    for u in 0..<40 {
      for i in 0..<30 where random.nextUnitFloat() < 0.3 || (u + i) % 7 == 0 {
        interactions.append(.init(user: Label(u), item: Label(i), value: 1 + Float(i % 3), timestamp: Int64(u * 100 + i)))
      }
    }
    let als = ImplicitALS(factors: 4, regularization: 0.05, solver: .cholesky, iterations: 5, threads: 1)
    let expected = EvaluationProtocol(model: als).run(interactions)
    let split = TimeSplit(interactions)
    let model = als.train(split.train)
    let path = NSTemporaryDirectory() + "glasshouse-factors-\(UUID().uuidString)"
    try FactorFolder.write(
      model, userIDs: split.users.labels.map(\.text), itemIDs: split.items.labels.map(\.text),
      manifest: FactorManifest(
        engine: "glasshouse-als", rank: 4, regularization: 0.05, regularizationScaling: "uniform", alpha: 1,
        iterations: 5),
      to: path)
    let report = try FactorEvaluation(threads: 1).run(interactions, factors: FactorFolder.read(path: path))
    #expect(report.model == expected.model)
    #expect(report.popularity == expected.popularity)
    #expect(report.testInteractions == expected.testInteractions)
  }
}
