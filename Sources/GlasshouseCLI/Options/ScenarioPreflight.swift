import Catalog
import Counterfactual
import Events
import Foundation
import Population
import Scenarios
import Simulation

/// The checks `glasshouse run` makes of a scenario before it simulates,
/// shared with `glasshouse validate`, so that a file `validate` accepts
/// does not fail `run` (issue 14). In `run`'s order: the file itself
/// (``load(path:parameters:)``: every key, value, reference and file, with
/// `--param` values), its catalog (``catalog(of:)``: a MovieLens file is
/// imported), the expectations that need the catalog
/// (``expectationProblems(in:catalog:)``: `reveals` filters, their titles,
/// genres and devices), then the scripted events and replayed ratings
/// (``inputProblems(of:catalog:)``). Every message names the file, line,
/// column and field. Not checked by `validate`: the memory estimate (it
/// depends on the machine and on `--days` and `--crowd`) and what only a
/// simulation shows (whether an expectation holds).
enum ScenarioPreflight {
  /// What `validate` found in a scenario file.
  struct Report {
    /// Problems that make `run` stop with exit code 65.
    var errors: [String] = []
    /// Problems `run` reports and goes on (a scripted event it skips).
    var warnings: [String] = []
    /// What could not be checked, and what to pass to check it.
    var notes: [String] = []
  }

  /// The scenario, or every problem in the file (empty when it loads).
  ///
  /// - Parameter parameters: `--param` values; `nil` checks the file
  ///   without them (paths that use one are then not checked).
  static func load(path: String, parameters: [String: String]?) -> (scenario: Scenario?, problems: [String]) {
    let (scenario, errors) = ScenarioLoader.check(path: path, parameters: parameters)
    return (scenario, errors.map(\.description))
  }

  /// The scenario's catalog, generated or imported, or the problem.
  static func catalog(of scenario: Scenario) -> (catalog: Catalog?, problems: [String]) {
    do throws(CatalogError) {
      return (try scenario.catalog.load(), [])
    } catch {
      let field = if case .movieLens = scenario.catalog { "'catalog.movielens'" } else { "catalog" }
      return (nil, ["\(scenario.path): \(field): \(error)"])
    }
  }

  /// The problems of `reveals` expectations, in line order: a filter the
  /// grammar or the catalog rejects (an unknown key, type, title, genre or
  /// device), and a `device` clause naming only devices the subject's
  /// sessions never start on (``ScenarioDevices``).
  static func expectationProblems(in scenario: Scenario, catalog: Catalog) -> [String] {
    var found: [(SourceLocation, String)] = CounterfactualExpectationChecker.problems(in: scenario, catalog: catalog)
      .map { problem in
        switch problem { case .badFilter(let location, _, _): (location, problem.description) }
      }
    for expectation in scenario.counterfactualExpectations {
      guard case .reveals(let subject, let text, _, _) = expectation.check,
        let filter = try? EventFilter(parsing: text, catalog: catalog),
        let wanted = ScenarioDevices.required(by: filter),
        let possible = ScenarioDevices.of(subject, in: scenario), wanted.isDisjoint(with: possible)
      else { continue }
      let location = expectation.filterLocation ?? expectation.location
      let name: String
      switch subject {
      case .persona(let id): name = "persona '\(id)'"
      case .profile(let id): name = "profile '\(id)'"
      }
      let devices = wanted.map(\.rawValue).sorted().joined(separator: "|")
      let uses =
        possible.isEmpty
        ? "has no sessions (replayed ratings carry no device), so a device filter matches nothing"
        : "has sessions only on " + possible.map(\.rawValue).sorted().joined(separator: ", ")
          + " (the 'devices' of the personas on its profile and their scripted session_start events)"
      found.append(
        (location, "\(location): 'reveals.without' must match some of the subject's events, found 'device=\(devices)' "
          + "in '\(text)': \(name) \(uses)"))
    }
    return found.enumerated()
      .sorted { ($0.element.0.line, $0.element.0.column, $0.offset) < ($1.element.0.line, $1.element.0.column, $1.offset) }
      .map(\.element.1)
  }

  /// What `run` finds converting the scenario's scripted events (each
  /// rejection is a warning: the run skips the event) and reading its
  /// replayed ratings (an error), with the personas alone and the
  /// scenario's days.
  static func inputProblems(of scenario: Scenario, catalog: Catalog) -> (warnings: [String], errors: [String]) {
    guard !scenario.events.isEmpty || scenario.replay?.path != nil else { return ([], []) }
    let population = Population(scenario: scenario, catalog: catalog, crowdMembers: 0)
    let clock = Simulator(scenario: scenario, catalog: catalog).clock(for: population)
    let warnings = ScriptedEventReplay(scenario: scenario, population: population, clock: clock).rejections
      .map(\.description)
    guard let source = scenario.replay, source.path != nil else { return (warnings, []) }
    do throws(RatingsReplay.Failure) {
      _ = try RatingsReplay(source: source, catalog: catalog, clock: clock)
      return (warnings, [])
    } catch {
      return (warnings, [describe(error, of: source)])
    }
  }

  /// The message for ratings that cannot be read: where `replay.ratings` is
  /// written, and what is wrong with the file.
  static func describe(_ failure: RatingsReplay.Failure, of source: RatingsReplaySource) -> String {
    "\(source.location): 'replay.ratings': \(failure)"
  }

  /// Every check `run` makes before it simulates, for `glasshouse validate`.
  static func validate(path: String, parameters: [String: String]?) -> Report {
    var report = Report()
    let (loaded, problems) = load(path: path, parameters: parameters)
    guard let scenario = loaded else {
      report.errors = problems.isEmpty ? ["\(path): cannot read the scenario"] : problems
      return report
    }
    let unbound = parameters == nil ? scenario.parameters.map(\.name) : []
    let flags = unbound.map { "--param \($0)=VALUE" }.joined(separator: " ")
    if case .movieLens(let file) = scenario.catalog, !FileManager.default.fileExists(atPath: file) {
      report.notes.append(
        "\(path): the catalog (\(file)), the replayed ratings and the reveals filters are not checked "
          + "without the scenario's parameters; pass \(flags)")
      return report
    }
    let (built, catalogProblems) = catalog(of: scenario)
    guard let catalog = built else {
      report.errors = catalogProblems
      return report
    }
    report.errors += expectationProblems(in: scenario, catalog: catalog)
    let (warnings, errors) = inputProblems(of: scenario, catalog: catalog)
    report.warnings += warnings
    report.errors += errors
    if let replay = scenario.replay, replay.path == nil {
      report.notes.append("\(path): the replayed ratings (\(replay.written)) are not checked without \(flags)")
    }
    return report
  }
}
