import ArgumentParser
import Assessment
import Catalog
import Counterfactual
import DataFlows
import Events
import Foundation
import Inference
import Interchange
import LinearAlgebra
import Population
import Report
import Scenarios
import Simulation

/// `glasshouse run`: simulate a scenario and show what the platform now
/// believes about each persona, how sure it is, why, and how right.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario: simulate the population, then show what the platform infers.",
    discussion: """
      Simulates the scenario day by day (the platform sees only the events \
      it logs), then prints, per persona, what the platform now believes — \
      with confidence, the events that gave it away, and the hidden truth \
      beside it — and checks the scenario's expectations. Writes to --out \
      the self-contained HTML report (report.html), the event log \
      (events.jsonl), rejected scripted events (rejects.jsonl), the trained \
      taste vectors (model/), the assessment (assessment.json) and this \
      summary (summary.txt); the folder is \
      replaced only once everything is written. With --factors-from DIR \
      the platform's final model is replaced by factors trained elsewhere \
      (Spark MLlib's ALS on `glasshouse matrix export --run` of the same \
      scenario; see Tools/spark/README.md) before anything is assessed. \
      Exit codes: 0 all \
      expectations held; 1 an expectation failed (the failing lines are \
      printed); 65 the scenario or its data is invalid.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Argument(help: "The scenario file (YAML).")
  var scenario: String

  @Option(help: "Output folder (default: out/<scenario name>).")
  var out: String?

  @Option(help: "Output format on the terminal: text or json.")
  var format: Format = .text

  @Option(help: "Override the scenario's seed.")
  var seed: UInt64?

  @Option(help: "Override the number of simulated days.")
  var days: Int?

  @Option(help: "Override the number of background (crowd) members.")
  var crowd: Int?

  @Option(help: "Worker threads (default: every core); results do not depend on it.")
  var threads: Int?

  @Option(
    name: .customLong("factors-from"),
    help: "A factor folder (Tools/spark/train_als.py) to use as the platform's final model.")
  var factorsFrom: String?

  @Option(
    name: .customLong("param"),
    help: "A value for one of the scenario's parameters, name=VALUE (e.g. ratings=../shared/data/ml-latest-small).")
  var parameters: [String] = []

  func validate() throws {
    if let days, days < 1 { throw ValidationError("--days must be at least 1") }
    if let crowd, crowd < 0 { throw ValidationError("--crowd must not be negative") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    _ = try ScenarioParameterValues.parse(parameters)
  }

  func run() throws {
    var loaded: Scenario
    let values = try ScenarioParameterValues.parse(parameters)
    do throws(ScenarioError) {
      loaded = try ScenarioLoader.load(path: scenario, parameters: values)
    } catch {
      let all = ScenarioLoader.validate(path: scenario, parameters: values)
      for problem in (all.isEmpty ? [error] : all) { FileHandleOutput.standardError("glasshouse: error: \(problem)") }
      throw ExitCode(65)
    }
    if let seed { loaded.seed = seed }
    let catalog: Catalog
    do throws(CatalogError) {
      catalog = try loaded.catalog.load()
    } catch {
      FileHandleOutput.standardError("glasshouse: error: \(scenario): catalog: \(error)")
      throw ExitCode(65)
    }
    for problem in CounterfactualExpectationChecker.problems(in: loaded, catalog: catalog) {
      FileHandleOutput.standardError("glasshouse: error: \(problem)")
    }
    if !CounterfactualExpectationChecker.problems(in: loaded, catalog: catalog).isEmpty { throw ExitCode(65) }
    let workers = threads ?? ParallelLoop.allCores.threads
    let configuration = SimulationConfiguration(crowdMembers: crowd, days: days)
    var bar = ProgressBar()
    bar.update(0, "building the population")
    let population = Population(scenario: loaded, catalog: catalog, crowdMembers: crowd, threads: workers)
    let clock = Simulator(scenario: loaded, catalog: catalog, configuration: configuration).clock(for: population)
    let replay = ScriptedEventReplay(scenario: loaded, population: population, clock: clock)
    for rejection in replay.rejections { FileHandleOutput.standardError("glasshouse: warning: \(rejection)") }
    var ratings: [Event] = []
    if let source = loaded.replay {
      bar.update(0, "reading \(source.path ?? source.written)")
      do throws(RatingsReplay.Failure) {
        ratings = try RatingsReplay(source: source, catalog: catalog, clock: clock).events
      } catch {
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(65)
      }
    }
    let simulator = Simulator(
      scenario: loaded, catalog: catalog, threads: workers, configuration: configuration,
      population: population, scripted: replay.events + ratings)
    // The log goes to the output's staging folder day by day as the
    // simulation runs; the folder replaces --out only once everything is
    // written, and is removed if the run fails before that.
    let folder = out ?? "out/" + Self.slug(loaded.name)
    var output = RunOutput(folder: folder)
    let stream: EventLogStream
    do {
      stream = try output.beginEventLog()
    } catch {
      FileHandleOutput.standardError("glasshouse: error: could not write \(folder): \(error)")
      throw ExitCode(74)
    }
    var result = simulator.run(
      progress: { progress in
        bar.update(progress.fraction * 0.9, "day \(progress.daysCompleted)/\(progress.days), \(progress.events) events")
      },
      eventSink: { stream.append($0) })
    var imported: ImportedModel?
    if let factorsFrom {
      do throws(InterchangeError) {
        (result, imported) = try FactorInstallation.install(
          path: factorsFrom, into: result, catalog: catalog, threads: workers)
      } catch {
        bar.finish()
        output.discard()
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(65)
      }
    }
    bar.update(0.92, "inferring profiles")
    let assessment = RunAssessment(result: result, scenario: loaded, catalog: catalog)
    let flows = DataFlowReport(result: result, scenario: loaded, catalog: catalog) { bar.update(0.96, $0) }
    bar.update(0.98, "replaying checkpoints")
    let counterfactual = CounterfactualReport(result: result, scenario: loaded, catalog: catalog, assessment: assessment)
    bar.finish()

    var narrative = RunNarrative(
      assessment: assessment, result: result, scriptedRejected: replay.rejections.count,
      scriptedReplayed: replay.events.count, flows: flows)
    narrative.counterfactual = counterfactual
    var recorded = narrative
    recorded.showsTiming = false
    do {
      let report = HTMLReport(
        result: result, assessment: assessment, catalog: catalog, scenario: loaded, flows: flows.analysis,
        minimisation: flows.comparison, flowOutcomes: flows.outcomes
      ).html
      var manifest = RunManifest()
      manifest.scenario = scenario
      manifest.seed = seed
      manifest.days = days
      manifest.crowd = crowd
      manifest.parameters = values.isEmpty ? nil : ScenarioParameterValues.recorded(values)
      output.manifest = manifest
      try output.write(
        result: result, assessment: assessment, replay: replay, summary: recorded.text, report: report,
        flows: flows, counterfactual: counterfactual, events: stream)
    } catch {
      output.discard()
      FileHandleOutput.standardError("glasshouse: error: could not write \(folder): \(error)")
      throw ExitCode(74)
    }
    if format == .json {
      try JSONOutput.print(assessment)
    } else {
      if let imported, let factorsFrom {
        print("Model: factors from \(factorsFrom) — \(imported.summary)\n")
      }
      print(narrative.text)
      print("Wrote \(folder)/: report.html (open it in a browser), events.jsonl, rejects.jsonl, model/, assessment.json, summary.txt")
      let profile = assessment.personas.first?.profile ?? "PROFILE"
      print("Next: `glasshouse explain --run \(folder) --profile \(profile)` says why; "
        + "`glasshouse whatif --run \(folder) --profile \(profile) --without genre=Horror` shows what changes; "
        + "`glasshouse export \(profile) --run \(folder)` lists everything held.")
    }
    let failures = assessment.expectations.filter { !$0.passed }.map { ($0.location, $0.statement, $0.found) }
      + counterfactual.outcomes.filter { !$0.passed }.map { ($0.location, $0.statement, $0.found) }
      + flows.outcomes.filter { !$0.passed }.map { ($0.location, $0.statement, $0.found) }
    if !failures.isEmpty {
      for (location, statement, found) in failures {
        FileHandleOutput.standardError("\(location): expectation failed: \(statement) — \(found)")
      }
      throw ExitCode(1)
    }
  }

  /// A folder name from a scenario name: lower case, dashes.
  static func slug(_ name: String) -> String {
    let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(mapped).split(separator: "-").joined(separator: "-")
  }
}
