import ArgumentParser
import Beliefs
import Catalog
import Counterfactual
import Events
import Foundation
import NetflixExport
import Report

/// `glasshouse import`: read data from outside Glasshouse into a run folder.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read a person's own data from a streaming service into a Glasshouse folder.",
    subcommands: [NetflixImport.self])

  /// `glasshouse import netflix EXPORT --out DIR [--titles FILE] [--crowd CROWD]`.
  struct NetflixImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "netflix",
      abstract: "Read a Netflix data export (the ZIP, or its folder) into an event log.",
      discussion: """
        EXPORT is the ZIP Netflix delivers from "Download your personal \
        information", or the folder it unpacks to; the ZIP is read in \
        memory, nothing is unpacked and nothing goes over the network. DIR \
        receives events.jsonl (Glasshouse's event log: check it with \
        `glasshouse validate DIR/events.jsonl`), rejects.jsonl (each row \
        that did not become events, with file, line, column and why) and \
        import.json (files read and not read, rows, rejects, titles \
        matched). DIR is written all at once (staged beside it, then \
        renamed), and replaced only when it is new, empty or an earlier \
        import. The folder holds personal data.

        With --crowd CROWD, a MovieLens folder you downloaded (latest-small: \
        ratings.csv and movies.csv; 100K: u.data, u.item, u.user; 1M: \
        ratings.dat, movies.dat, users.dat), the profiles are placed among \
        those people: implicit ALS is trained on their ratings, each \
        profile's matched titles are folded in for a taste vector, genres \
        are ranked against their genre mix, and with a users file (100K, \
        1M) a classifier trained on their ages and genders guesses each \
        profile's, with its cross-validated accuracy and the base rate \
        beside the guess. Titles are matched against the crowd's movies \
        file (--titles may only name that file). Everything is trained on \
        this machine; nothing is sent anywhere.

        Exit codes: 65 the export or the crowd cannot be read (the message \
        names the file); 64 DIR is an input or holds something else, or \
        --titles is not the crowd's movies file; 74 DIR cannot be written.
        """)

    @Argument(help: "The export: Netflix's ZIP file, or the folder it unpacks to.")
    var export: String

    @Option(help: "The folder to write (events.jsonl, rejects.jsonl, import.json).")
    var out: String

    @Option(help: "A catalog to match titles against: MovieLens movies.csv or u.item, a Glasshouse catalog file, or a run folder (its scenario's catalog).")
    var titles: String?

    @Option(help: "A MovieLens folder (latest-small, 100K or 1M) whose people the profiles are placed among: taste vectors, genre mix and, with a users file, age and gender guesses.")
    var crowd: String?

    func run() throws {
      try OutputPathCheck.require(
        out, option: "--out", notAmong: [export] + (titles.map { [$0] } ?? []) + (crowd.map { [$0] } ?? []),
        replacing: ["import.json", "events.jsonl", "profile.json", "titles.json", "report.html"])
      let crowdFolder: CrowdFolder?
      do throws(CrowdError) {
        crowdFolder = try crowd.map { path throws(CrowdError) in try CrowdFolder.locate(path) }
      } catch {
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(65)
      }
      if let crowdFolder, let titles, !Self.isSameFile(titles, crowdFolder.movies) {
        FileHandleOutput.standardError(
          "glasshouse: error: --titles \(titles) is not the crowd's movies file \(crowdFolder.movies): with --crowd, "
            + "titles are matched against the crowd's own movies (leave --titles out, or give that file)")
        throw ExitCode(64)
      }
      let titles = self.titles ?? crowdFolder?.movies
      let result: NetflixExport.NetflixImport
      do throws(NetflixExportError) {
        let catalog = try titles.map { path throws(NetflixExportError) in
          // A run folder: the catalog its scenario made (an export written
          // with `export --format netflix` names titles from it).
          if FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent("run.json").path) {
            do throws(RunFolderError) {
              return try RunFolder.eventsAndCatalog(path: path).catalog
            } catch {
              throw NetflixExportError.cannotOpen(path: path, reason: error.description)
            }
          }
          return try TitleCatalogFile.load(path: path)
        }
        let archive = try ExportArchive.open(path: export)
        result = try NetflixImporter(catalog: catalog, catalogPath: titles).read(archive)
      } catch {
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(65)
      }
      // The crowd's models, trained here on the crowd's files alone.
      let crowdModel: CrowdModel?
      do throws(CrowdError) {
        crowdModel = try crowdFolder.map { folder throws(CrowdError) in try CrowdModel.load(folder) }
      } catch {
        FileHandleOutput.standardError("glasshouse: error: \(error)")
        throw ExitCode(65)
      }
      // What a platform holding these events can infer, from the log alone
      // or among the crowd.
      let log = EventLog(events: result.events)
      let profiler = crowdModel.map { PlatformProfiler(log: log, catalog: result.catalog, crowd: $0) }
        ?? PlatformProfiler(log: log, catalog: result.catalog)
      let names = Dictionary(result.summary.profiles.map { ($1, $0) }, uniquingKeysWith: min)
      let profiles = profiler.profiles
        .sorted { (names[$0] ?? $0, $0) < (names[$1] ?? $1, $1) }
        .map { profiler.inferredProfile($0, name: names[$0]) }
      let staged = StagedFolder(path: out)
      do {
        try staged.begin()
        let folder = staged.staging
        try EventLogWriter.write(result.events, to: folder.appendingPathComponent("events.jsonl").path)
        let rejects = result.rejects.map { $0.jsonLine + "\n" }.joined()
        try Data(rejects.utf8).write(to: folder.appendingPathComponent("rejects.jsonl"))
        var summary = result.summary
        summary.crowd = crowdFolder.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path }
        try JSONOutput.data(summary).write(to: folder.appendingPathComponent("import.json"))
        try JSONOutput.data(profiles).write(to: folder.appendingPathComponent("profile.json"))
        try ImportFolder.titlesJSON(result.catalog).write(to: folder.appendingPathComponent(ImportFolder.titlesFile))
        let report = ImportReport(
          source: "a Netflix data export", notice: result.summary.notice, profiles: profiles,
          facts: result.summary.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            + result.rejects.prefix(20).map { "Rejected: \($0)" })
        try Data(report.html.utf8).write(to: folder.appendingPathComponent("report.html"))
        try staged.commit()
      } catch {
        staged.discard()
        FileHandleOutput.standardError("glasshouse: error: could not write \(out): \(error)")
        throw ExitCode(74)
      }
      print("Personal data: \(out)/ holds personal data read from a Netflix export. Keep it private; delete it when done.")
      print(result.summary.text)
      for reject in result.rejects.prefix(5) { print("  rejected: \(reject)") }
      if result.rejects.count > 5 { print("  … \(result.rejects.count - 5) more in \(out)/rejects.jsonl") }
      if let crowdModel { print(ImportNarrative.crowdLine(crowdModel.summary)) }
      print(ImportNarrative(profiles: profiles, names: RunNames(events: result.events, catalog: result.catalog)).text)
      print("")
      print("Wrote \(out)/: report.html (open it in a browser), events.jsonl, rejects.jsonl, import.json, profile.json, titles.json")
      let first = profiles.first.map(\.profile) ?? "PROFILE"
      print("Next: `glasshouse explain --run \(out) --profile \(first)` shows the events behind each inference; "
        + "`glasshouse whatif --run \(out) --profile \(first) --without device=phone` what changes without them; "
        + "`glasshouse export \(first) --run \(out)` everything held.")
    }

    /// Whether two paths name the same file (symbolic links and `..` resolved).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
      URL(fileURLWithPath: a).resolvingSymlinksInPath().standardizedFileURL.path
        == URL(fileURLWithPath: b).resolvingSymlinksInPath().standardizedFileURL.path
    }
  }
}
