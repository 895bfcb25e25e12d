import ArgumentParser
import Catalog
import Datasets
import Foundation
import Inference
import LinearAlgebra
import Population
import Scenarios

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

      With --simulated N instead of the two files, the same evaluation runs \
      on ratings drawn from N simulated crowd members on a 1,682-title \
      generated catalog (MovieLens 100K's size), in MovieLens 100K's \
      shape: how much the simulated population's tastes give away, \
      measured with the yardstick of the real data. Add --write-sample DIR \
      to also write those ratings and their hidden truth as u.data and \
      u.user (MovieLens 100K's layout), for --ratings/--users or other tools.
      """)

  @Option(help: "Ratings file: u.data (100K) or ratings.dat (1M).")
  var ratings: String?

  @Option(help: "Users file: u.user (100K) or users.dat (1M).")
  var users: String?

  @Option(help: "Evaluate on ratings drawn from this many simulated members instead of files (943 is MovieLens 100K's count).")
  var simulated: Int?

  @Option(help: "With --simulated: also write the sample as DIR/u.data and DIR/u.user (100K layout).")
  var writeSample: String?

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
    if let simulated {
      guard ratings == nil, users == nil else {
        throw ValidationError("give either --simulated or --ratings and --users, not both")
      }
      guard simulated >= 2 * folds else { throw ValidationError("--simulated needs at least \(2 * folds) members") }
    } else {
      guard ratings != nil, users != nil else {
        throw ValidationError("give --ratings and --users (MovieLens u.data and u.user, or ratings.dat and users.dat), or --simulated N")
      }
    }
    if writeSample != nil && simulated == nil {
      throw ValidationError("--write-sample needs --simulated N")
    }
    guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
    guard factors >= 1 else { throw ValidationError("--factors must be at least 1") }
  }

  func run() throws {
    try OutputPathCheck.require(writeSample, option: "--write-sample", notAmong: [ratings, users].compactMap { $0 }, replacing: ["u.data", "u.user"])
    try reportingInputErrors {
      var configuration = DemographicsEvaluation.Configuration(factors: factors)
      if let threads { configuration.threads = threads }
      let sample = simulated.map { Self.simulatedSample(members: $0, seed: seed) }
      if let sample, let writeSample {
        try Self.write(sample: sample, to: writeSample, seed: seed)
      }
      let report: DemographicsReport
      do throws(InferenceError) {
        if let simulated, let sample {
          configuration.folds = folds
          configuration.seed = seed
          report = try DemographicsEvaluation.run(
            interactions: sample.interactions, members: sample.members, configuration: configuration,
            ratingsPath: "<\(simulated) simulated members>", usersPath: "<their hidden truth>")
        } else {
          report = try DemographicsEvaluation.run(
            ratingsPath: ratings ?? "", usersPath: users ?? "", folds: folds, seed: seed,
            configuration: configuration)
        }
      } catch {
        throw InputError(message: error.description)
      }
      if json {
        try JSONOutput.print(report)
      } else {
        print(report.text)
      }
    }
  }

  /// Writes a sample as MovieLens 100K files: `u.data` (user, item, rating,
  /// timestamp 0, tab-separated) and `u.user` (`id|age|gender|occupation|zip`,
  /// with an age in years drawn inside the member's band, occupation
  /// "other" and zip "00000"). Both go to a staging folder that then
  /// replaces `folder`, so a failure leaves nothing half-written.
  static func write(
    sample: (interactions: [Interaction], members: [MemberDemographics]), to folder: String, seed: UInt64
  ) throws {
    var ratings = ""
    for record in sample.interactions {
      ratings += "\(record.user.text)\t\(record.item.text)\t\(Int(record.value))\t0\n"
    }
    var random = SeededGenerator(seed: seed ^ 0x6167_6573)
    var users = ""
    for member in sample.members {
      let span = member.ageBand.years
      let age = span.lowerBound + Int(random.next() % UInt64(span.count))
      let gender = member.gender == .female ? "F" : "M"
      users += "\(member.user.text)|\(age)|\(gender)|other|00000\n"
    }
    let output = StagedFolder(path: folder)
    do {
      try output.begin()
      try ratings.write(to: output.staging.appendingPathComponent("u.data"), atomically: false, encoding: .utf8)
      try users.write(to: output.staging.appendingPathComponent("u.user"), atomically: false, encoding: .utf8)
      try output.commit()
    } catch {
      output.discard()
      throw InputError(message: "\(folder): cannot write the sample (\(error.localizedDescription))")
    }
  }

  /// Ratings of a simulated crowd in MovieLens 100K's shape, with the
  /// members' true age band and gender as the users file.
  static func simulatedSample(members: Int, seed: UInt64) -> (interactions: [Interaction], members: [MemberDemographics]) {
    var crowd = Crowd.standard
    crowd.members = members
    let scenario = Scenario(
      path: "<simulated>", name: "simulated MovieLens", description: "", seed: seed, days: 1,
      catalog: .generated(CatalogGenerator(size: 1682, seed: seed)), personas: [], accounts: [], crowd: crowd,
      platform: .standard, events: [], expectations: [])
    let catalog = CatalogGenerator(size: 1682, seed: seed).generate()
    let population = Population(scenario: scenario, catalog: catalog)
    let sample = RatingSample(population: population, seed: seed)
    let interactions = sample.ratings.map {
      Interaction(user: Label($0.member + 1), item: catalog.titles[$0.title].id, value: Float($0.stars))
    }
    let truth = sample.members.map { m -> MemberDemographics in
      let member = population.members[m]
      // MovieLens records F and M only; a non-binary member is written as M.
      let gender: Gender = member.gender == .female ? .female : .male
      return MemberDemographics(user: Label(m + 1), age: 0, ageBand: member.ageBand, gender: gender)
    }
    return (interactions, truth)
  }
}
