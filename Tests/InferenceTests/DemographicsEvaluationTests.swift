import Datasets
import Foundation
import Inference
import LinearAlgebra
import TestSupport
import Testing

@Suite("Demographic inference evaluated on generated MovieLens files")
struct DemographicsEvaluationTests {
  /// A smaller λ grid than the default keeps the debug-build tests quick.
  static var quick: DemographicsEvaluation.Configuration {
    var configuration = DemographicsEvaluation.Configuration()
    configuration.classifier.regularizationGrid = [0.3, 0.03, 0.003]
    return configuration
  }

  @Test("100K layout: the platform's classifier beats the majority class and the anchor on the same folds")
  func hundredK() throws {
    BLAS.useSingleThread()
    let files = GeneratedMovieLens(members: 400, titles: 250, seed: 11).write100K()
    let report = try DemographicsEvaluation.run(
      ratingsPath: files.ratings, usersPath: files.users, folds: 5, seed: 3, configuration: Self.quick)
    print(report.text)
    #expect(report.dataSet.members == 400)
    #expect(report.gender.classes == ["female", "male"])
    #expect(report.ageBand.classes == ["under-18", "18-24", "25-34", "35-44", "45-54", "55+"])
    let gender = report.gender
    #expect(gender.majorityClass == "male")
    #expect(abs(gender.majority.areaUnderROC - 0.5) < 0.05)
    #expect(gender.platform.accuracy > gender.majority.accuracy + 0.08)
    #expect(gender.platform.accuracy > gender.anchor.accuracy)
    #expect(gender.platform.areaUnderROC > gender.anchor.areaUnderROC)
    let age = report.ageBand
    #expect(age.platform.accuracy > age.majority.accuracy + 0.03)
    #expect(age.platform.accuracy > age.anchor.accuracy)
    #expect(age.platform.areaUnderROC > age.anchor.areaUnderROC)
    // Calibrated: small ECE, far below the uncalibrated anchor's.
    #expect(gender.platform.calibration.expectedCalibrationError < 0.06)
    #expect(age.platform.calibration.expectedCalibrationError < age.anchor.calibration.expectedCalibrationError / 3)
    #expect(gender.platform.foldAccuracies.count == 5 && gender.platform.temperatures.count == 5)
    #expect(report.text.contains("anchor: logistic regression on ratings"))
  }

  @Test("1M layout: users.dat age codes are read, and the same seed gives the same report")
  func oneM() throws {
    let generator = GeneratedMovieLens(members: 150, titles: 120, seed: 5)
    let files = generator.write1M()
    var configuration = Self.quick
    configuration.classifier.regularizationGrid = [0.1, 0.01]
    configuration.factors = 8
    let a = try DemographicsEvaluation.run(
      ratingsPath: files.ratings, usersPath: files.users, folds: 3, seed: 2, configuration: configuration)
    let b = try DemographicsEvaluation.run(
      ratingsPath: files.ratings, usersPath: files.users, folds: 3, seed: 2, configuration: configuration)
    let truth = generator.generate().demographics
    var counts: [String: Int] = [:]
    for member in truth { counts[member.ageBand.rawValue, default: 0] += 1 }
    #expect(zip(a.ageBand.classes, a.ageBand.classCounts).allSatisfy { counts[$0] == $1 })
    #expect(a.gender == b.gender)
    #expect(a.ageBand == b.ageBand)
    let json = try JSONEncoder().encode(a)
    let decoded = try JSONDecoder().decode(DemographicsReport.self, from: json)
    #expect(decoded == a)
  }

  @Test("no demographics for the rated users, too few members, one fold: actionable errors")
  func errors() throws {
    let ratings = TemporaryFile.write("1\t10\t4\t0\n2\t10\t3\t0\n")
    let users = TemporaryFile.write("7|30|F|other|00000\n")
    do {
      _ = try DemographicsEvaluation.run(ratingsPath: ratings, usersPath: users)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("no user in this file has a rating"))
      #expect(error.description.contains(users))
    }
    let fewUsers = TemporaryFile.write("1|30|F|other|00000\n2|40|M|other|00000\n")
    #expect(throws: InferenceError.tooFewMembers(usersPath: fewUsers, found: 2, needed: 10)) {
      try DemographicsEvaluation.run(ratingsPath: ratings, usersPath: fewUsers)
    }
    #expect(throws: InferenceError.invalidOption(name: "folds", expected: "at least 2", found: "1")) {
      try DemographicsEvaluation.run(ratingsPath: ratings, usersPath: fewUsers, folds: 1)
    }
    do {
      _ = try DemographicsEvaluation.run(ratingsPath: "/nonexistent/u.data", usersPath: users)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("/nonexistent/u.data"))
    }
  }
}
