import ArgumentParser
import Datasets
import Evaluation
import Foundation

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
      the implicit library like for like, pass --confidence implicit.
      """)

  @OptionGroup var source: InteractionSource
  @OptionGroup var model: ModelOptions

  @Option(name: .customShort("n"), help: "N of precision/recall/NDCG@N.")
  var cutoff = 10

  @Flag(help: "Print the report as JSON.")
  var json = false

  func run() throws {
    try reportingInputErrors {
      let interactions = try source.load()
      let report = EvaluationProtocol(model: model.configuration(), cutoff: cutoff).run(interactions)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
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
}
