import ArgumentParser
import Datasets
import Evaluation
import Foundation
import Interchange
import LinearAlgebra

/// `glasshouse evaluate`: measure how well the platform's models work on
/// real data.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Measure recommendation quality or demographic inference on real data.",
    subcommands: [EvaluateRankingCommand.self, EvaluateDemographicsCommand.self],
    defaultSubcommand: EvaluateRankingCommand.self)
}

/// `glasshouse evaluate ranking`: the shared ranking-evaluation protocol.
struct EvaluateRankingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ranking",
    abstract: "Score implicit ALS and the popularity baseline with the shared evaluation protocol.",
    discussion: """
      For every user with at least 5 interactions, sorted by (timestamp, \
      title), the last 20% are held out; the model trains on the rest and \
      recommends top-N with training titles excluded. Prints precision, \
      recall and NDCG at N for the model and for the popularity baseline \
      (the protocol of shared/bench/implicit_als.py eval). To compare with \
      the implicit library like for like, pass --confidence implicit. With \
      --factors-from DIR the factors of a factor folder are scored instead \
      of training (Spark MLlib's ALS trained on `glasshouse matrix export \
      FILE`; see Tools/spark/README.md); their id maps must be the split's.
      """)

  @OptionGroup var source: InteractionSource
  @OptionGroup var model: ModelOptions

  @Option(name: .customShort("n"), help: "N of precision/recall/NDCG@N.")
  var cutoff = 10

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(
    name: .customLong("factors-from"),
    help: "Score the factors of this folder (trained on the protocol's training split) instead of training.")
  var factorsFrom: String?

  func validate() throws {
    guard cutoff >= 1 else {
      throw ValidationError("-n must be at least 1 (the N of precision/recall/NDCG@N), found \(cutoff)")
    }
  }

  func run() throws {
    try reportingInputErrors {
      let interactions = try source.load()
      if let factorsFrom { return try evaluate(interactions, factorsFrom: factorsFrom) }
      let report = EvaluationProtocol(model: model.configuration(), cutoff: cutoff).run(interactions)
      if json {
        try JSONOutput.print(report)
        return
      }
      print("glasshouse evaluate: \(source.summary)")
      print("  \(report.users) users, \(report.items) titles, \(report.interactions) interactions; "
        + "\(report.testInteractions) held out for \(report.model.usersEvaluated) users")
      print("  model: k=\(model.factors) λ=\(model.regularization) α=\(model.alpha) "
        + "confidence=\(model.confidence.rawValue) solver=\(model.solver.rawValue) iterations=\(model.iterations)"
        + String(format: " (trained in %.2f s)", report.trainingSeconds))
      print("")
      print("  ranker        precision@\(cutoff)  recall@\(cutoff)  ndcg@\(cutoff)")
      for (name, m) in [("implicit ALS", report.model), ("popularity", report.popularity)] {
        print("  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
          + String(format: "  %12.4f  %9.4f  %7.4f", m.precision, m.recall, m.ndcg))
      }
    }
  }

  /// Scores a factor folder under the protocol (same split, same top-N and
  /// metrics as the trained model).
  private func evaluate(_ interactions: [Interaction], factorsFrom: String) throws {
    let report: FactorEvaluation.Report
    let folder: FactorFolder
    do throws(InterchangeError) {
      folder = try FactorFolder.read(path: factorsFrom)
      report = try FactorEvaluation(cutoff: cutoff, threads: model.threads ?? ParallelLoop.allCores.threads)
        .run(interactions, factors: folder)
    } catch {
      throw InputError(message: error.description)
    }
    if json {
      try JSONOutput.print(report)
      return
    }
    let m = folder.manifest
    print("glasshouse evaluate: \(source.summary)")
    print("  \(report.users) users, \(report.items) titles, \(report.interactions) interactions; "
      + "\(report.testInteractions) held out for \(report.model.usersEvaluated) users")
    print("  model: factors from \(factorsFrom): \(m.engine)\(m.engineVersion.map { " " + $0 } ?? "") k=\(m.rank) "
      + "λ=\(m.regularization) (\(m.regularizationScaling)) α=\(m.alpha) iterations=\(m.iterations)"
      + String(format: " (trained in %.2f s)", report.trainingSeconds))
    print("")
    print("  ranker        precision@\(cutoff)  recall@\(cutoff)  ndcg@\(cutoff)")
    for (name, r) in [("imported", report.model), ("popularity", report.popularity)] {
      print("  " + name.padding(toLength: 12, withPad: " ", startingAt: 0)
        + String(format: "  %12.4f  %9.4f  %7.4f", r.precision, r.recall, r.ndcg))
    }
  }
}
