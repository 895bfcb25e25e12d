import ArgumentParser
import Assessment
import Beliefs
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
      taste vectors (model/), the assessment (assessment.json), this \
      summary (summary.txt), a copy of the scenario (scenario.yaml) and of \
      its catalog file (catalog.yaml), so that explain, whatif and export \
      work on the folder from anywhere (a MovieLens catalog or ratings \
      file is not copied: run.json records its absolute path and size); \
      the folder is replaced only once everything is written. With --factors-from DIR \
      the platform's final model is replaced by factors trained elsewhere \
      (Spark MLlib's ALS on `glasshouse matrix export --run` of the same \
      scenario; see Tools/spark/README.md) before anything is assessed. \
      Before it starts, the run estimates the memory it needs (the whole \
      log is kept: members × days × events per member-day, plus the \
      catalog) and refuses a scenario that needs more than the machine \
      has, unless --force. SIGINT or SIGTERM remove the staging folder \
      (.NAME.partial-PID beside --out) and exit 130 or 143; a staging \
      folder left by a process that ended is removed by the next run. \
      Exit codes: 0 all \
      expectations held; 1 an expectation failed (the failing lines are \
      printed); 64 bad usage (--out would overwrite an input, or is a \
      file or a folder other than an earlier run's, which replacing would \
      delete); 65 the \
      scenario or its data is invalid, or the run needs more memory than \
      the machine has; 74 the output cannot be written; 130 and 143 \
      interrupted.
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

  @Flag(help: "Run even when the estimated memory exceeds the machine's.")
  var force = false

  func validate() throws {
    if let days, days < 1 { throw ValidationError("--days must be at least 1") }
    if let crowd, crowd < 0 { throw ValidationError("--crowd must not be negative") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    _ = try ScenarioParameterValues.parse(parameters)
  }

  func run() throws {
    // The checks before simulating are ScenarioPreflight's, shared with `glasshouse validate`.
    let values = try ScenarioParameterValues.parse(parameters)
    let (found, problems) = ScenarioPreflight.load(path: scenario, parameters: values)
    guard var loaded = found else {
      for problem in problems { FileHandleOutput.standardError("glasshouse: error: \(problem)") }
      throw ExitCode(65)
    }
    if let seed { loaded.seed = seed }
    let folder = out ?? "out/" + Self.slug(loaded.name)
    try OutputPathCheck.require(
      folder, option: "--out", notAmong: inputs(of: loaded), replacing: ["run.json", "events.jsonl", "report.html"])
    try checkMemory(loaded)
    let (built, catalogProblems) = ScenarioPreflight.catalog(of: loaded)
    guard let catalog = built else {
      for problem in catalogProblems { FileHandleOutput.standardError("glasshouse: error: \(problem)") }
      throw ExitCode(65)
    }
    let expectationProblems = ScenarioPreflight.expectationProblems(in: loaded, catalog: catalog)
    for problem in expectationProblems { FileHandleOutput.standardError("glasshouse: error: \(problem)") }
    if !expectationProblems.isEmpty { throw ExitCode(65) }
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
        FileHandleOutput.standardError("glasshouse: error: \(ScenarioPreflight.describe(error, of: source))")
        throw ExitCode(65)
      }
    }
    let simulator = Simulator(
      scenario: loaded, catalog: catalog, threads: workers, configuration: configuration,
      population: population, scripted: replay.events + ratings)
    // The log goes to the output's staging folder day by day as the
    // simulation runs; the folder replaces --out only once everything is
    // written, and is removed if the run fails before that.
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
    // The platform's beliefs, computed once: the assessment and the hint use them.
    let beliefs = PlatformBeliefs(record: result.record)
    let assessment = RunAssessment(result: result, scenario: loaded, beliefs: beliefs)
    let flows = DataFlowReport(result: result, scenario: loaded, catalog: catalog) { bar.update(0.96, $0) }
    bar.update(0.98, "replaying checkpoints")
    let counterfactual = CounterfactualReport(result: result, scenario: loaded, catalog: catalog, assessment: assessment)
    bar.finish()

    var narrative = RunNarrative(
      assessment: assessment, result: result, scriptedRejected: replay.rejections.count,
      scriptedReplayed: replay.events.count, flows: flows, names: RunNames(events: result.events, catalog: catalog))
    narrative.counterfactual = counterfactual
    var recorded = narrative
    recorded.showsTiming = false
    do {
      let report = HTMLReport(
        result: result, assessment: assessment, catalog: catalog, scenario: loaded, flows: flows.analysis,
        minimisation: flows.comparison, outcomes: narrative.outcomes, checkpoints: counterfactual.progressions
      ).html
      var manifest = RunManifest()
      manifest.scenario = scenario
      manifest.seed = seed
      manifest.days = days
      manifest.crowd = crowd
      manifest.parameters = values.isEmpty ? nil : ScenarioParameterValues.recorded(values)
      output.manifest = manifest
      output.inputs = RunInputs(scenarioPath: scenario, scenario: loaded)
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
      print("Wrote \(folder)/: report.html (open it in a browser), events.jsonl, rejects.jsonl, model/, assessment.json, "
        + "summary.txt, and a copy of the scenario (scenario.yaml)")
      let profile = assessment.personas.first?.profile ?? "PROFILE"
      // The folder holds what these need, so they work from anywhere.
      let run = Self.shellWord(RunInputs.absolute(folder).path)
      // A filter that changes something for this persona, found on the fast path.
      let hint = WhatIfHint.best(profile: profile, profiler: PlatformProfiler(beliefs: beliefs), catalog: catalog)
      let whatif = hint.map { hint in
        "`glasshouse whatif --run \(run) --profile \(profile) --without \(Self.shellWord(hint.filter))` shows what changes "
          + "(\(hint.changed) kind\(hint.changed == 1 ? "" : "s") of belief\(hint.topGenreChanges ? ", the top genre among them" : ""))"
      } ?? "`glasshouse whatif --run \(run) --profile \(profile) --without FILTER` shows what changes"
      print("Next: `glasshouse explain --run \(run) --profile \(profile)` says why; \(whatif); "
        + "`glasshouse export \(profile) --run \(run)` lists everything held.")
    }
    let failures = narrative.outcomes.filter { !$0.passed }.map { ($0.location, $0.statement, $0.found) }
    if !failures.isEmpty {
      for (location, statement, found) in failures {
        FileHandleOutput.standardError("\(location): expectation failed: \(statement) — \(found)")
      }
      throw ExitCode(1)
    }
  }

  /// The files and folders a run of `scenario` reads: the scenario, its
  /// catalog and ratings files, and --factors-from.
  func inputs(of scenario: Scenario) -> [String] {
    var paths = [self.scenario]
    switch scenario.catalog {
    case .file(let path, _), .movieLens(let path): paths.append(path)
    case .inline, .generated: break
    }
    if let path = scenario.replay?.path { paths.append(path) }
    if let factorsFrom { paths.append(factorsFrom) }
    return paths
  }

  /// The memory estimate of a run of `scenario` with this command's
  /// overrides (before the catalog is built).
  func memoryEstimate(of scenario: Scenario) -> RunMemoryEstimate {
    let titles: Int
    switch scenario.catalog {
    case .inline(let catalog), .file(_, let catalog): titles = catalog.titles.count
    case .generated(let generator): titles = generator.size
    case .movieLens(let path):
      let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
      titles = data.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
    return RunMemoryEstimate(
      members: scenario.personas.count + (crowd ?? scenario.crowd.members), days: days ?? scenario.days,
      titles: titles)
  }

  /// Prints the memory estimate on standard error, and stops with exit code
  /// 65 when it exceeds the machine's memory (unless --force).
  func checkMemory(_ scenario: Scenario) throws {
    let estimate = memoryEstimate(of: scenario)
    let available = RunMemoryEstimate.available()
    let machine = RunMemoryEstimate.format(bytes: available)
    guard estimate.bytes > available else {
      FileHandleOutput.standardError("glasshouse: note: estimated memory \(estimate.description), of \(machine)")
      return
    }
    let crowdField = crowd.map { "--crowd \(RunMemoryEstimate.grouped($0))" }
      ?? "crowd: members (\(RunMemoryEstimate.grouped(scenario.crowd.members)))"
    let daysField = days.map { "--days \($0)" } ?? "days (\(scenario.days))"
    let catalogField: String
    if case .generated(let generator) = scenario.catalog {
      catalogField = "catalog: generate: size (\(RunMemoryEstimate.grouped(generator.size)))"
    } else {
      catalogField = "the catalog (\(RunMemoryEstimate.grouped(estimate.titles)) titles)"
    }
    let message = "\(self.scenario): the run needs \(estimate.description), more than the \(machine) of memory "
      + "this machine has; lower \(crowdField), \(daysField) or \(catalogField), or pass --force to try anyway"
    if force {
      FileHandleOutput.standardError("glasshouse: warning: \(message) (--force given: trying)")
      return
    }
    FileHandleOutput.standardError("glasshouse: error: \(message)")
    throw ExitCode(65)
  }

  /// A path as one shell word: as it is when it holds only safe
  /// characters, else in single quotes.
  static func shellWord(_ text: String) -> String {
    let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+=:@%,".contains($0) }
    return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// A folder name from a scenario name: lower case, dashes.
  static func slug(_ name: String) -> String {
    let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(mapped).split(separator: "-").joined(separator: "-")
  }
}
