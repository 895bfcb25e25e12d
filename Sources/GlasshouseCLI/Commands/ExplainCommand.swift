import ArgumentParser
import Beliefs
import Catalog
import Counterfactual
import DataFlows
import Events
import Foundation
import LinearAlgebra
import NetflixExport
import Report

/// `glasshouse explain`: why the platform recommends a title to a profile,
/// why it shows that artwork, and which events gave each inference away.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a profile's recommendations, artwork and inferences from a finished run.",
    discussion: """
      Opens a run folder written by `glasshouse run --out DIR`, rebuilds the \
      platform's models by replaying its event log day by day (the catalog \
      and settings come from the folder's copy of the scenario, \
      DIR/scenario.yaml, and of its catalog file, so it works from any \
      folder; a MovieLens catalog is read where the run read it, and \
      --param gives its new place when it has moved), and \
      explains what the platform makes of one profile. With --title: the \
      title's rank and score, split exactly into the profile's past titles \
      (Hu, Koren and Volinsky 2008); why its artwork looks as it does; and \
      which inferences its events fed. Without: the top recommendations with \
      their reasons, and every inference with the events that gave it away. \
      When the run recorded data flows (DIR/flows.json), it then says where \
      the profile's data went: each recipient, what it received about the \
      profile, what it can tell from that alone, and with whom it can link \
      the profile's records. \
      Exit codes: 0 success; 64 bad usage; 65 not a run folder, unknown \
      profile or title (the message lists what exists).
      """)

  /// The options `explain` and `whatif` share: which run and profile.
  struct RunOptions: ParsableArguments {
    @Option(name: .customLong("run"), help: "A run's output folder (from `glasshouse run --out DIR`).")
    var folder: String

    @Option(help: "The profile: PROFILE or ACCOUNT/PROFILE.")
    var profile: String

    @Option(help: "A scenario file to use instead of the run folder's copy (scenario.yaml).")
    var scenario: String?

    @Option(
      name: .customLong("param"),
      help: "A value for one of the scenario's parameters, name=VALUE, when its data has moved since the run.")
    var parameters: [String] = []

    @Option(help: "The run's seed, when run.json does not record it.")
    var seed: UInt64?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Recommendations to list.")
    var count = 10

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
      if count < 1 { throw ValidationError("--count must be at least 1") }
      _ = try ScenarioParameterValues.parse(parameters)
    }

    /// The profile id without an account prefix.
    var profileID: String { profile.split(separator: "/").last.map(String.init) ?? profile }

    /// A folder read and checked once: a run's contents, or the events and
    /// titles of a folder `glasshouse import` wrote.
    enum Prepared {
      case run(RunFolder.Contents)
      case imported(events: [Event], catalog: Catalog)

      /// The catalog the folder's events name.
      var catalog: Catalog {
        switch self {
        case .run(let contents): return contents.catalog
        case .imported(_, let catalog): return catalog
        }
      }

      /// The folder's whole event log.
      var events: [Event] {
        switch self {
        case .run(let contents): return contents.events
        case .imported(let imported, _): return imported
        }
      }

      /// The profiles of the log, in order of first appearance.
      var profiles: [String] {
        var seen = Set<String>()
        return events.compactMap(\.profile).filter { seen.insert($0).inserted }
      }
    }

    /// The folder read once, the profile checked against its log: what a
    /// command checks its other arguments against before the replay (or
    /// the crowd's training) starts, and what ``open(_:)`` then builds on.
    func prepare() throws(RunFolderError) -> Prepared {
      let prepared: Prepared
      if ImportFolder.isImport(path: folder) {
        do throws(NetflixExportError) {
          let (events, catalog) = try ImportFolder.open(path: folder)
          prepared = .imported(events: events, catalog: catalog)
        } catch {
          throw .badManifest(path: folder, reason: error.description)
        }
      } else {
        let values = (try? ScenarioParameterValues.parse(parameters)) ?? [:]
        prepared = .run(try RunFolder.read(path: folder, scenario: scenario, seed: seed, parameters: values))
      }
      let profiles = prepared.profiles
      guard profiles.contains(profileID) else { throw .unknownProfile(profile: profileID, known: profiles) }
      return prepared
    }

    /// The state of a prepared folder: a run's platform replayed, or an
    /// import's log with no platform model (placed among its crowd again
    /// when it was imported with one).
    func open(_ prepared: Prepared) throws(RunFolderError) -> PlatformState {
      let state: PlatformState
      switch prepared {
      case .imported(let events, let catalog):
        // The crowd the import used, trained again (it is not copied).
        var crowd: CrowdModel?
        if let path = ImportFolder.crowd(path: folder) {
          do throws(CrowdError) {
            crowd = try CrowdModel.load(CrowdFolder.locate(path))
          } catch {
            throw .badManifest(
              path: folder + "/import.json", reason: "the crowd the import used cannot be read again: \(error.description)")
          }
        }
        state = PlatformState(importedEvents: events, catalog: catalog, crowd: crowd)
      case .run(let contents):
        state = try RunFolder.open(contents, threads: ParallelLoop.allCores.threads)
        if let deviation = state.replayDeviation, deviation > 1e-3 {
          FileHandleOutput.standardError(
            "glasshouse: warning: replaying \(folder)/events.jsonl gives taste vectors up to \(deviation) away from "
              + "\(folder)/model/profiles.tsv; was the run made with another scenario, seed or glasshouse build?")
        }
      }
      guard state.profiles.contains(profileID) else {
        throw .unknownProfile(profile: profileID, known: state.profiles)
      }
      return state
    }

    /// ``prepare()`` for a command: a folder, scenario or profile problem
    /// becomes an ``InputError`` (exit 65).
    func preflight() throws -> Prepared {
      do throws(RunFolderError) {
        return try prepare()
      } catch {
        throw InputError(message: error.description)
      }
    }

    /// ``open(_:)`` for a command: a folder, scenario or profile problem
    /// becomes an ``InputError`` (exit 65).
    func openForCommand(_ prepared: Prepared) throws -> PlatformState {
      do throws(RunFolderError) {
        return try open(prepared)
      } catch {
        throw InputError(message: error.description)
      }
    }
  }

  @OptionGroup var options: RunOptions

  @Option(help: "A title (catalog id or exact name) to explain.")
  var title: String?

  func run() throws {
    try reportingInputErrors {
      // The profile and the title are checked before the replay, against
      // the catalog the replay then uses.
      let prepared = try options.preflight()
      let catalog = prepared.catalog
      var index: Int?
      if let title {
        guard let found = PlatformState.title(named: title, in: catalog) else {
          let near = catalog.titles.filter { $0.name.lowercased().contains(title.lowercased()) }
          let known = (near.isEmpty ? Array(catalog.titles.prefix(10)) : Array(near.prefix(10)))
            .map { "\($0.id.text) (\($0.name))" }
          throw InputError(message: RunFolderError.unknownTitle(title: title, known: known).description)
        }
        index = found
      }
      let state = try options.openForCommand(prepared)
      let explanation = ProfileExplanation(state: state, profile: options.profileID, title: index, count: options.count)
      let flows = profileFlows()
      if options.format == .json {
        try JSONOutput.print(ExplanationWithFlows(explanation: explanation, flows: flows))
      } else {
        // Devices by the names report.html gives them, events by their
        // time and type, example addresses marked; ids only in JSON.
        let names = RunNames(events: prepared.events, catalog: catalog)
        print(names.readable(explanation.text(log: state.events(profile: options.profileID))))
        if let flows {
          print("")
          print(names.readable(flows.text(key: names.key)))
        }
      }
    }
  }

  /// Where the profile's data went, from DIR/flows.json: `nil` when the
  /// run recorded no flows; a note on standard error when the file cannot
  /// be read or does not cover the profile (flows are recorded for the
  /// scenario's personas).
  func profileFlows() -> ProfileFlows? {
    let analysis: DataFlowAnalysis
    do throws(DataFlowReadError) {
      analysis = try DataFlowAnalysis.read(runFolder: options.folder)
    } catch {
      if case .unreadable = error { FileHandleOutput.standardError("glasshouse: warning: \(error)") }
      return nil
    }
    guard let flows = ProfileFlows(analysis: analysis, profile: options.profileID) else {
      let known = ProfileFlows.profiles(in: analysis)
      FileHandleOutput.standardError(
        "glasshouse: note: \(options.folder)/flows.json records where the data of the scenario's personas went "
          + "(profiles \(known.joined(separator: ", "))), not of \(options.profileID)")
      return nil
    }
    return flows
  }
}

/// The JSON of `explain`: the explanation's keys, plus `flows` when the run
/// recorded where the profile's data went.
private struct ExplanationWithFlows: Encodable {
  let explanation: ProfileExplanation
  let flows: ProfileFlows?

  private enum CodingKeys: String, CodingKey { case flows }

  func encode(to encoder: any Encoder) throws {
    try explanation.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(flows, forKey: .flows)
  }
}
