import ArgumentParser
import Counterfactual
import Evaluation
import Events
import Factorization
import Foundation
import Interchange
import Signals

/// `glasshouse matrix export`: the interaction matrix of a ratings file, a
/// run or an event log as CSV files for Spark.
struct MatrixExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write an interaction matrix as CSV files Spark reads, with its id maps and settings.",
    discussion: """
      Writes to --out: interactions.csv (header user,item,value; integer \
      row and column indices, duplicates summed), users.csv and items.csv \
      (header index,id: the id of each index) and matrix.json (source, \
      sizes, and the settings the Spark job trains with unless told \
      otherwise).

      The matrix comes from a MovieLens-layout FILE (with --split protocol, \
      the default, only the training part of the shared evaluation protocol, \
      so factors trained on it can be scored with `glasshouse evaluate \
      ranking FILE --factors-from DIR`); from a run folder, --run DIR (the \
      profiles × titles feedback the platform retrains on at the end of the \
      run, with the scenario's model settings); or from an event log, \
      --events FILE (each profile's implicit feedback at the log's last \
      event, Docs/Signals.md).

      Spark's implicit ALS weighs an observed value r with c = 1 + α·|r|, \
      Glasshouse's `paper` convention; logarithmic scaling is exported \
      pre-scaled, the `implicit` convention is refused. Exit codes: 0 \
      written; 64 bad usage; 65 bad input data (file, line and field named); \
      74 the folder cannot be written.
      """)

  enum Split: String, ExpressibleByArgument, CaseIterable { case protocol_ = "protocol", all }

  @OptionGroup var source: InteractionSource

  @Option(name: .customLong("run"), help: "A run folder (from `glasshouse run --out`) to export instead of a file.")
  var runFolder: String?

  @Option(help: "An event log (JSON Lines) to export instead of a file.")
  var events: String?

  @Option(help: "For a ratings file: 'protocol' (the evaluation protocol's training split) or 'all'.")
  var split: Split = .protocol_

  @Option(help: "The export folder to write.")
  var out: String

  @Option(help: "Suggested latent factors (default: the run's, else 64).")
  var factors: Int?

  @Option(help: "Suggested λ (default: the run's, else 0.01).")
  var regularization: Float?

  @Option(help: "Suggested confidence α (default: the run's, else 1).")
  var alpha: Float?

  @Option(help: "Suggested iterations (default: the run's, else 15).")
  var iterations: Int?

  func validate() throws {
    let given = [source.file != nil, runFolder != nil, events != nil].filter { $0 }.count
    guard given <= 1 else { throw ValidationError("give one of FILE, --run DIR or --events FILE") }
    if let factors, factors < 1 { throw ValidationError("--factors must be positive") }
    if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
  }

  func run() throws {
    try OutputPathCheck.require(
      out, option: "--out", notAmong: [source.file, runFolder, events].compactMap { $0 }, isFolder: true)
    try reportingInputErrors {
      let matrix = try build()
      do throws(InterchangeError) {
        try matrix.write(to: out)
      } catch {
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(74)
      }
      let s = matrix.manifest.settings
      print("glasshouse matrix export: \(matrix.manifest.source)")
      print("  \(matrix.userIDs.count) users × \(matrix.itemIDs.count) titles, \(matrix.values.nonZeroCount) entries"
        + (matrix.manifest.values == "raw" ? "" : "; values \(matrix.manifest.values)"))
      print("  settings: k=\(s.factors) λ=\(s.regularization) α=\(s.alpha) iterations=\(s.iterations)")
      print("Wrote \(out)/: interactions.csv, users.csv, items.csv, matrix.json")
      print("Next: spark-submit --master local[2] Tools/spark/train_als.py --input \(out) --output FACTORS")
    }
  }

  /// The matrix from the chosen source.
  func build() throws -> InteractionMatrix {
    var settings = MatrixManifest.Settings()
    func overridden(_ base: MatrixManifest.Settings) -> MatrixManifest.Settings {
      var s = base
      if let factors { s.factors = factors }
      if let regularization { s.regularization = regularization }
      if let alpha { s.alpha = alpha }
      if let iterations { s.iterations = iterations }
      return s
    }
    if let runFolder {
      let state: PlatformState
      do throws(RunFolderError) {
        state = try RunFolder.open(path: runFolder, threads: ProcessInfo.processInfo.activeProcessorCount)
      } catch {
        throw InputError(message: error.description)
      }
      guard let platform = state.platform else {
        throw InputError(message: "\(runFolder) holds imported data, not a simulated platform: there is no model to export")
      }
      let configuration = platform.configuration
      settings = MatrixManifest.Settings(
        factors: configuration.factors, regularization: configuration.regularization,
        alpha: Self.alpha(of: configuration.confidence.scaling), iterations: configuration.iterations)
      let matrix = InteractionMatrix(
        userIDs: platform.profileIDs, itemIDs: state.catalog.titles.map(\.id.text),
        values: platform.trainingMatrix(reference: state.now),
        source: "the feedback of run \(runFolder) at its end (profiles × catalog titles)",
        settings: overridden(settings))
      do throws(InterchangeError) {
        return try matrix.prepared(for: configuration.confidence)
      } catch {
        throw InputError(message: "\(runFolder): \(error)")
      }
    }
    if let events {
      let ingestion: Ingestion
      do throws(EventLogError) {
        ingestion = try EventLogReader.ingest(path: events, rejectsPath: nil)
      } catch {
        throw InputError(message: error.description)
      }
      if ingestion.summary.rejected > 0 {
        FileHandleOutput.standardError(
          "glasshouse: warning: \(ingestion.summary.rejected) line(s) of \(events) were rejected and are not in the matrix (run `glasshouse validate \(events)`)")
      }
      return InteractionMatrix(
        log: ingestion.log, signals: SignalConfiguration(),
        source: "the implicit feedback of event log \(events) (profiles × titles with feedback)",
        settings: overridden(settings))
    }
    let interactions = try source.load()
    switch split {
    case .protocol_:
      return InteractionMatrix(
        training: TimeSplit(interactions),
        source: "the training split of the shared evaluation protocol on \(source.summary)",
        settings: overridden(settings))
    case .all:
      let whole = TimeSplit(interactions, minimumInteractions: Int.max)
      return InteractionMatrix(
        training: whole, source: "every interaction of \(source.summary)", settings: overridden(settings))
    }
  }

  /// α of a confidence scaling.
  static func alpha(of scaling: Factorization.Confidence.Scaling) -> Float {
    switch scaling {
    case .linear(let alpha), .logarithmic(let alpha, _): return alpha
    }
  }
}
