import ArgumentParser
import Counterfactual
import DataAccess
import Events
import Foundation

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
      file there, whole and readable). Exit codes: 0 success; 64 bad usage; \
      65 an unreadable log, a damaged run folder or an unknown profile (the \
      message names the file and what is wrong).
      """)

  @Argument(help: "The profile: PROFILE or ACCOUNT/PROFILE.")
  var profile: String

  @Option(help: "An event log (JSON Lines).")
  var events: String?

  @Option(name: .customLong("run"), help: "A run's output folder holding events.jsonl.")
  var runDirectory: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(name: .customLong("all-events"), help: "With text output, list every record under its group.")
  var allEvents = false

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  func validate() throws {
    guard (events == nil) != (runDirectory == nil) else {
      throw ValidationError("give exactly one of --events FILE or --run DIR")
    }
  }

  func run() throws {
    let path = events ?? URL(fileURLWithPath: runDirectory ?? ".").appendingPathComponent("events.jsonl").path
    try reportingInputErrors {
      if let runDirectory {
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
}
