import ArgumentParser
import Foundation
import Inference

/// `glasshouse evaluate demographics`: how well gender and age band can be
/// guessed from ratings, on MovieLens files with demographics.
struct EvaluateDemographicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demographics",
    abstract: "Evaluate gender and age-band inference on MovieLens 100K or 1M files.",
    discussion: """
      Reads the ratings (u.data or ratings.dat) and the users' demographics \
      (u.user or users.dat), which MovieLens 100K and 1M ship and which you \
      download yourself. Stratified k-fold cross-validation scores three \
      models on the same folds: the majority class, a plain logistic \
      regression on the rating vectors (the anchor), and Glasshouse's \
      calibrated classifier on taste vectors. Prints gender accuracy and \
      AUC, age-band accuracy and calibration error.
      """)

  @Option(help: "Ratings file: u.data (100K) or ratings.dat (1M).")
  var ratings: String

  @Option(help: "Users file: u.user (100K) or users.dat (1M).")
  var users: String

  @Option(help: "Cross-validation folds.")
  var folds = 5

  @Option(help: "Seed of the fold assignment and the factorization.")
  var seed: UInt64 = 1

  @Option(help: "Taste-vector width.")
  var factors = 32

  @Option(help: "Worker threads (default: every core).")
  var threads: Int?

  @Flag(help: "Print the report as JSON.")
  var json = false

  func validate() throws {
    guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
    guard factors >= 1 else { throw ValidationError("--factors must be at least 1") }
  }

  func run() throws {
    try reportingInputErrors {
      var configuration = DemographicsEvaluation.Configuration(factors: factors)
      if let threads { configuration.threads = threads }
      let report: DemographicsReport
      do throws(InferenceError) {
        report = try DemographicsEvaluation.run(
          ratingsPath: ratings, usersPath: users, folds: folds, seed: seed, configuration: configuration)
      } catch {
        throw InputError(message: error.description)
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
      } else {
        print(report.text)
      }
    }
  }
}
