import ArgumentParser
import Catalog
import Datasets
import Events
import Foundation
import Scenarios
import Support

/// `glasshouse validate`: check scenario files, catalogs, event logs and
/// interaction files without running anything.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check scenarios, catalogs, event logs and interaction files.",
    discussion: """
      The kind of each file is recognised from its name and content: a YAML \
      file with a top-level 'titles' key is a catalog, another YAML file a \
      scenario; .jsonl/.ndjson files are event logs; movies.csv, u.item and \
      movies.dat are MovieLens catalogs; u.data, ratings.csv and ratings.dat \
      are interaction files. Every problem is printed with its file, line and \
      field. A scenario gets every check `glasshouse run` makes before it \
      simulates: the file, its catalog (a MovieLens catalog is imported), \
      each `reveals` filter against the catalog's titles and genres and \
      the devices its subject's sessions can start on, its scripted events \
      (a rejected one is a warning, as run skips it) and its replayed \
      ratings; a path using a parameter is checked when --param gives it. \
      Not checked: the memory a run needs (it depends on the machine and \
      on --days and --crowd). Exit code 0 when every file is valid, 65 \
      otherwise.
      """)

  /// The kinds of file Glasshouse reads.
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case scenario, catalog, events, movielensCatalog = "movielens-catalog", interactions
  }

  @Argument(help: "Files to check.")
  var files: [String]

  @Option(help: "Treat every file as this kind instead of recognising it: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind: Kind?

  @Option(help: "For event logs: write rejected lines, with the reason, to this file.")
  var rejects: String?

  @Option(
    name: .customLong("param"),
    help: "For scenarios: a value for one of their parameters, name=VALUE, as given to `glasshouse run`.")
  var parameters: [String] = []

  func validate() throws {
    if rejects != nil && files.count > 1 {
      throw ValidationError("--rejects takes one event log at a time")
    }
    _ = try ScenarioParameterValues.parse(parameters)
  }

  func run() throws {
    try OutputPathCheck.require(rejects, option: "--rejects", notAmong: files)
    var failures = 0
    for file in files {
      let fileKind = kind ?? Self.recognise(file)
      let problems = check(file, as: fileKind)
      if problems.isEmpty {
        continue
      }
      failures += 1
      for problem in problems { print(problem) }
    }
    print(failures == 0
      ? "validate: \(Words.count(files.count, "file")) valid"
      : "validate: \(failures) of \(Words.count(files.count, "file")) \(failures == 1 ? "has" : "have") problems")
    if failures > 0 { throw ExitCode(65) }
  }

  /// Problems found in one file, empty when it is valid; a summary line for
  /// valid files is printed here.
  private func check(_ file: String, as kind: Kind) -> [String] {
    switch kind {
    case .scenario:
      let values = (try? ScenarioParameterValues.parse(parameters)) ?? [:]
      let report = ScenarioPreflight.validate(path: file, parameters: parameters.isEmpty ? nil : values)
      for warning in report.warnings { print("warning: \(warning)") }
      for note in report.notes { print("note: \(note)") }
      if report.errors.isEmpty { print("\(file): scenario OK") }
      return report.errors
    case .catalog:
      let errors = CatalogFile.validate(path: file)
      if errors.isEmpty, let catalog = try? CatalogFile.load(path: file) {
        print("\(file): catalog OK, \(catalog.titles.count) titles")
      }
      return errors.map(\.description)
    case .movielensCatalog:
      do {
        let catalog = try MovieLensCatalogImporter.load(path: file)
        print("\(file): MovieLens catalog OK, \(catalog.titles.count) titles, \(catalog.genres.count) genre labels")
        return []
      } catch {
        return [error.description]
      }
    case .interactions:
      do {
        let rows = try InteractionReader.read(path: file)
        print("\(file): interactions OK, \(rows.count) lines")
        return []
      } catch {
        return [error.description]
      }
    case .events:
      do {
        let ingestion = try EventLogReader.ingest(path: file, rejectsPath: rejects)
        print(ingestion.summary.description)
        return ingestion.summary.rejected == 0 ? [] : ["\(file): \(Words.count(ingestion.summary.rejected, "line")) rejected"]
      } catch {
        return [error.description]
      }
    }
  }

  /// Recognises a file's kind from its name, then its first bytes.
  static func recognise(_ file: String) -> Kind {
    let name = (file as NSString).lastPathComponent.lowercased()
    let ext = (name as NSString).pathExtension
    switch name {
    case "movies.csv", "u.item", "movies.dat": return .movielensCatalog
    case "u.data", "ratings.csv", "ratings.dat": return .interactions
    default: break
    }
    if ["jsonl", "ndjson"].contains(ext) { return .events }
    let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: file)))
      .flatMap { try? $0.read(upToCount: 65_536) }
      .map { String(decoding: $0, as: UTF8.self) } ?? ""
    if ext == "json" {
      return head.contains("\"titles\"") ? .catalog : .events
    }
    if ["yaml", "yml"].contains(ext) {
      let topLevelTitles = head.split(separator: "\n").contains { $0.hasPrefix("titles:") }
      return topLevelTitles ? .catalog : .scenario
    }
    if ext == "csv" || ext == "tsv" || ext == "data" || ext == "dat" { return .interactions }
    return .scenario
  }
}
