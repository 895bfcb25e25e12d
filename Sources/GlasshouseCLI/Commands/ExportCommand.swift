import ArgumentParser
import Catalog
import Counterfactual
import DataAccess
import Events
import Foundation
import NetflixExport
import Support

/// `glasshouse export`: everything the platform holds about one profile.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Show everything the platform holds about a profile, grouped as privacy statements group it.",
    discussion: """
      Reads an event log (--events FILE, or events.jsonl in a run's output \
      folder with --run DIR) and prints what you gave, what was collected as \
      you used the service, device and connection data, communications, and \
      data from partners — like the "information the service knows about \
      me" page streaming services offer. PROFILE is a profile id or \
      ACCOUNT/PROFILE. With --run the whole folder is checked first (every \
      file there, whole and readable). --format netflix --out FILE.zip \
      writes the profile's account (all its profiles) as a Netflix data \
      export, in the layout `glasshouse import netflix` reads, so a class \
      can practise on a simulated persona's export first (needs --run: \
      titles are named from the run's catalog). Exit codes: 0 success; 64 bad usage; \
      65 an unreadable log, a damaged run folder or an unknown profile (the \
      message names the file and what is wrong).
      """)

  @Argument(help: "The profile: PROFILE or ACCOUNT/PROFILE.")
  var profile: String

  @Option(help: "An event log (JSON Lines).")
  var events: String?

  @Option(name: .customLong("run"), help: "A run's output folder holding events.jsonl.")
  var runDirectory: String?

  @Option(help: "Output format: text, json, or netflix (a data export ZIP; with --run and --out).")
  var format: Format = .text

  @Option(help: "With --format netflix: the ZIP to write.")
  var out: String?

  @Flag(name: .customLong("all-events"), help: "With text output, list every record under its group.")
  var allEvents = false

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, netflix }

  func validate() throws {
    guard (events == nil) != (runDirectory == nil) else {
      throw ValidationError("give exactly one of --events FILE or --run DIR")
    }
    if format == .netflix {
      guard runDirectory != nil, out != nil else {
        throw ValidationError("--format netflix needs --run DIR (for the run's catalog) and --out FILE.zip")
      }
    } else if out != nil {
      throw ValidationError("--out is for --format netflix; text and json go to the terminal")
    }
  }

  func run() throws {
    let path = events ?? URL(fileURLWithPath: runDirectory ?? ".").appendingPathComponent("events.jsonl").path
    try reportingInputErrors {
      if format == .netflix, let runDirectory, let out {
        try exportNetflix(run: runDirectory, to: out)
        return
      }
      // A folder `glasshouse import` wrote holds its log the same way; a
      // run's folder is checked whole first.
      if let runDirectory, !ImportFolder.isImport(path: runDirectory) {
        do throws(RunFolderError) {
          try RunFolder.verify(path: runDirectory)
        } catch {
          throw InputError(message: error.description)
        }
      }
      let ingestion: Ingestion
      do throws(EventLogError) {
        ingestion = try EventLogReader.ingest(path: path, rejectsPath: nil)
      } catch {
        throw InputError(message: error.description)
      }
      if ingestion.summary.rejected > 0 {
        FileHandleOutput.standardError("glasshouse: warning: \(ingestion.summary.rejected) line(s) of \(path) were rejected and are not in the export (run `glasshouse validate \(path)`)")
      }
      do throws(DataAccessError) {
        let (account, profileID) = try DataAccessReport.resolve(profile, in: ingestion.log)
        let report = try DataAccessReport(log: ingestion.log, account: account, profile: profileID)
        print(format == .json ? report.json : report.text(includeEvents: allEvents))
      } catch {
        throw InputError(message: "\(path): \(error.description)")
      }
    }
  }
  /// Writes the account of ``profile`` as a Netflix data export ZIP, the
  /// whole file or nothing (``StagedFolder`` stages it beside the output).
  func exportNetflix(run: String, to out: String) throws {
    try OutputPathCheck.require(out, option: "--out", notAmong: [run + "/events.jsonl", run])
    // The folder read once: its events and the catalog that names them.
    let events: [Event], catalog: Catalog
    if ImportFolder.isImport(path: run) {
      do throws(NetflixExportError) {
        (events, catalog) = try ImportFolder.open(path: run)
      } catch {
        throw InputError(message: error.description)
      }
    } else {
      do throws(RunFolderError) {
        (events, catalog) = try RunFolder.eventsAndCatalog(path: run)
      } catch {
        throw InputError(message: error.description)
      }
    }
    let log = EventLog(events: events)
    let account: String
    do throws(DataAccessError) {
      account = try DataAccessReport.resolve(profile, in: log).account
    } catch {
      throw InputError(message: "\(run)/events.jsonl: \(error.description)")
    }
    let held = log.timelines.filter { $0.key.account == account }.flatMap(\.events)
    let staged = StagedFolder(path: out)
    do {
      try staged.beginFile()
      try NetflixExportWriter(catalog: catalog).writeZIP(events: held, to: staged.staging.path)
      try staged.commit()
    } catch {
      staged.discard()
      throw InputError(message: "could not write \(out): \(error)")
    }
    let profiles = Set(held.compactMap(\.profile)).count
    print("Wrote \(out): the Netflix data export of account \(account) (\(Words.count(profiles, "profile")), "
      + "\(Words.count(held.count, "event"))). Read it back with `glasshouse import netflix \(out) --out DIR`.")
  }
}
