import ArgumentParser
import Datasets
import Factorization
import Foundation
import LinearAlgebra

/// `glasshouse factorize`: train taste vectors on an interaction file (or a
/// generated one) and show what the model recommends.
struct FactorizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factorize",
    abstract: "Train taste vectors with ALS and print recommendations.",
    discussion: """
      Trains implicit-feedback ALS (or, with --explicit, a biased rating \
      model) on the interactions, prints the loss per iteration and the top \
      titles for a few users. With --json it prints only timings, in the \
      same shape as shared/bench/implicit_als.py time, for peer comparison.
      """)

  @OptionGroup var source: InteractionSource
  @OptionGroup var model: ModelOptions

  @Option(name: .customShort("n"), help: "Titles to recommend per user.")
  var top = 10

  @Option(name: .customLong("show-users"), help: "Users whose recommendations are printed.")
  var showUsers = 3

  @Flag(help: "Explain each shown recommendation: which watched titles made its score (Hu, Koren and Volinsky §5).")
  var explain = false

  @Flag(help: "Train the explicit biased rating model instead and report RMSE.")
  var explicit = false

  @Flag(help: "Print timings as one JSON object (no loss computation).")
  var json = false

  func run() throws {
    try reportingInputErrors {
      let interactions = try source.load()
      let labeled = LabeledSparseMatrix(triples: interactions.map { ($0.user, $0.item, $0.value) })
      if explicit {
        runExplicit(labeled)
      } else {
        runImplicit(labeled)
      }
    }
  }

  private func runImplicit(_ data: LabeledSparseMatrix<Label, Label>) {
    let matrix = data.matrix
    let configuration = model.configuration(computesLoss: !json)
    if !json {
      print("glasshouse factorize: \(source.summary)")
      print("  \(matrix.rows) users × \(matrix.columns) titles, \(matrix.nonZeroCount) interactions")
      print("  implicit ALS: k=\(configuration.factors) λ=\(configuration.regularization) "
        + "confidence=\(configuration.confidence.convention.rawValue) solver=\(configuration.solver.name) "
        + "threads=\(configuration.threads)  [\(BLAS.configuration)]")
    }
    var iterationSeconds: [Double] = []
    let fitStart = Date()
    let trained = configuration.train(matrix) { iteration in
      iterationSeconds.append(iteration.seconds)
      if !json, let loss = iteration.loss {
        print(String(format: "  iteration %2d  %7.3f s  loss %.6f", iteration.number, iteration.seconds, loss.normalized))
      }
    }
    let fitSeconds = Date().timeIntervalSince(fitStart)
    let recommendStart = Date()
    let lists = TopNRecommender(threads: configuration.threads).recommend(
      userFactors: trained.userFactors, itemFactors: trained.itemFactors, count: top, excluding: matrix)
    let recommendSeconds = Date().timeIntervalSince(recommendStart)
    if json {
      let sorted = iterationSeconds.sorted()
      let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
      let object: [String: Any] = [
        "peer": "glasshouse", "mode": "time", "users": matrix.rows, "items": matrix.columns,
        "nnz": matrix.nonZeroCount, "factors": configuration.factors, "iterations": configuration.iterations,
        "solver": model.solver.rawValue, "threads": configuration.threads,
        "fit_seconds": fitSeconds, "seconds_per_iteration_median": median,
        "recommend_all_seconds": recommendSeconds, "top_n": top,
      ]
      let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
      return
    }
    print(String(format: "  trained in %.2f s; top-%d for all %d users in %.3f s", fitSeconds, top, matrix.rows, recommendSeconds))
    print("")
    for user in 0..<min(showUsers, matrix.rows) {
      let label = data.rowLabels.label(at: user)
      let seen = matrix.count(ofRow: user)
      let titles = lists[user].map { "\(data.columnLabels.label(at: $0.item))" }.joined(separator: ", ")
      print("  user \(label) (\(seen) titles seen) → \(titles)")
      if explain {
        let history = matrix.entries(ofRow: user).map { (item: $0.column, value: $0.value) }
        for explanation in trained.explain(history, items: lists[user].map(\.item)) {
          let reasons = explanation.topContributors(3).map {
            "\(data.columnLabels.label(at: $0.item)) (\(Int(($0.share * 100).rounded()))%)"
          }.joined(separator: ", ")
          print("      \(data.columnLabels.label(at: explanation.item)): because of \(reasons)")
        }
      }
    }
    if source.file == nil {
      reportGroupAgreement(data, lists: lists)
    }
  }

  /// On generated data the hidden favourite group of each user is known:
  /// report how often the recommendations fall in it.
  private func reportGroupAgreement(_ data: LabeledSparseMatrix<Label, Label>, lists: [[ScoredItem]]) {
    let generator = source.generator
    var hits = 0, total = 0
    for (user, list) in lists.enumerated() {
      let favourite = generator.favouriteGroup(ofUser: Int(data.rowLabels.label(at: user).number! - 1))
      for entry in list {
        total += 1
        if generator.group(ofItem: Int(data.columnLabels.label(at: entry.item).number! - 1)) == favourite { hits += 1 }
      }
    }
    let share = total > 0 ? Double(hits) / Double(total) : 0
    print("")
    print(String(format: "  The data hid a favourite taste group in every user. %.1f%% of the recommendations "
      + "fall in it (chance: %.1f%%).", 100 * share, 100 / Double(generator.groups)))
    print("  Next: `glasshouse evaluate FILE` scores the model on a MovieLens ratings file.")
  }

  private func runExplicit(_ data: LabeledSparseMatrix<Label, Label>) {
    let configuration = ExplicitALS(
      factors: model.factors, regularization: model.regularization, iterations: model.iterations,
      seed: model.seed, threads: model.threads ?? ParallelLoop.allCores.threads)
    print("glasshouse factorize --explicit: \(source.summary)")
    print("  \(data.matrix.rows) users × \(data.matrix.columns) titles, \(data.matrix.nonZeroCount) ratings; "
      + "biased MF k=\(configuration.factors) λ=\(configuration.regularization) (ALS-WR)")
    let trained = configuration.train(data.matrix) { iteration in
      print(String(format: "  iteration %2d  %7.3f s  training RMSE %.4f", iteration.number, iteration.seconds, iteration.trainingRMSE))
    }
    print(String(format: "  global mean %.3f", trained.mean))
  }
}
