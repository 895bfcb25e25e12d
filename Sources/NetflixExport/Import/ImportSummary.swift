import Support

/// What an import read and made of it, as `import.json` records it: the
/// files read and not read, rows, events and rejects per file, what the
/// viewing history held besides viewing, and how titles matched.
public struct ImportSummary: Codable, Sendable, Equatable {
  /// One file that was read.
  public struct FileReport: Codable, Sendable, Equatable {
    /// The path in the export's layout.
    public var path: String
    /// Rows (records after the header).
    public var rows = 0
    /// Events made from them.
    public var events = 0
    /// Rows rejected (each in `rejects.jsonl`).
    public var rejected = 0
    /// Rows read but not turned into events by design (supplemental videos,
    /// autoplay previews, click-stream pages, device and address rows used
    /// to describe sessions).
    public var notEvents = 0
    /// The header's columns Glasshouse does not read.
    public var columnsNotRead: [String] = []
  }

  /// What the viewing history held and how it became playbacks.
  public struct Viewing: Codable, Sendable, Equatable {
    /// Rows counted as viewing.
    public var viewings = 0
    /// Supplemental videos (trailers, teasers, hooks, recaps) by type: not viewing.
    public var supplemental: [String: Int] = [:]
    /// Autoplayed previews nobody interacted with (under two minutes): not viewing.
    public var autoplayPreviews = 0
    /// Sittings (app sessions) the viewings were grouped into.
    public var sessions = 0
    /// Sessions whose address the export does not give (written as 0.0.0.0).
    public var sessionsWithoutAddress = 0
    /// Completions: the bookmark reached 93% of the runtime.
    public var completions = 0
    /// Where each playback's runtime came from: `catalog`, `longest viewing of the show`, `typical`.
    public var runtimeSources: [String: Int] = [:]
    /// Player traces attached to a viewing, and those matching none (mostly trailers).
    public var playtracesAttached = 0
    /// Player traces matching no viewing.
    public var playtracesUnmatched = 0
  }

  /// How titles matched the catalog given with `--titles`.
  public struct Titles: Codable, Sendable, Equatable {
    /// The catalog file, if one was given.
    public var catalog: String?
    /// Distinct titles (shows and films) matched.
    public var matched = 0
    /// Distinct titles no catalog title matched (they keep ids of their own).
    public var unmatched = 0
    /// Titles matched to one of several catalog titles with the same name.
    public var ambiguous = 0
    /// The unmatched titles, sorted.
    public var unmatchedTitles: [String] = []
  }

  /// The first line of everything the import writes or prints.
  public static let personalDataNotice =
    "This folder holds personal data: it was read from a Netflix data export. Keep it private; delete it when done."

  /// ``personalDataNotice``, so the file says it too.
  public var notice = ImportSummary.personalDataNotice
  /// The export read.
  public var export: String
  /// The account id given to the export.
  public var account = ""
  /// Profile name → profile id.
  public var profiles: [String: String] = [:]
  /// The files read, in layout order.
  public var filesRead: [FileReport] = []
  /// The files of the export not read (unknown files, PDFs, text files).
  public var filesNotRead: [String] = []
  /// Events written, and per source category.
  public var events = 0
  /// Events per source category (`provided`, `activity`, `device`, `communications`).
  public var eventsBySource: [String: Int] = [:]
  /// Rows rejected in all.
  public var rejected = 0
  /// The viewing history.
  public var viewing = Viewing()
  /// Title matching.
  public var titles = Titles()
  /// The local time each profile's events are written in.
  public var localTime: [LocalTime] = []
  /// The crowd the profiles were placed among (`--crowd`), as an absolute
  /// path, so that `explain` and `whatif` on the folder place them there
  /// again; `nil` without one.
  public var crowd: String?

  /// The time zone one profile's events are written in, and why.
  public struct LocalTime: Codable, Sendable, Equatable {
    /// The profile's name.
    public var profile: String
    /// The IANA zone, or `nil` when none was found (times stay UTC).
    public var zone: String?
    /// Where the zone comes from: `country` (the Country column), `address`
    /// (the sessions' addresses in the geo-IP table), `none`, or `no time
    /// zone data` (the system lacks the zone database; times stay UTC).
    public var source: String
    /// Whether the country has several zones, so the one taken is its most
    /// populous.
    public var approximate: Bool
  }

  /// Creates an empty summary for an export.
  public init(export: String) { self.export = export }

  /// A few lines for the terminal.
  public var text: String {
    var lines: [String] = []
    lines.append("Read \(Words.count(filesRead.count, "file")) of \(export); \(filesNotRead.count) not read"
      + (filesNotRead.isEmpty ? "" : ": " + filesNotRead.prefix(6).joined(separator: ", ") + (filesNotRead.count > 6 ? ", …" : "")))
    for file in filesRead {
      var line = "  \(file.path): \(Words.count(file.rows, "row")) → \(Words.count(file.events, "event"))"
      if file.rejected > 0 { line += ", \(file.rejected) rejected" }
      if file.notEvents > 0 { line += ", \(file.notEvents) not events" }
      if !file.columnsNotRead.isEmpty { line += "; columns not read: " + file.columnsNotRead.joined(separator: ", ") }
      lines.append(line)
    }
    let supplemental = viewing.supplemental.values.reduce(0, +)
    lines.append("Viewing: \(Words.count(viewing.viewings, "viewing")) in \(Words.count(viewing.sessions, "session")), \(viewing.completions) completed; "
      + "not viewing: \(Words.count(supplemental, "supplemental video")), \(Words.count(viewing.autoplayPreviews, "autoplay preview"))")
    if viewing.sessionsWithoutAddress > 0 {
      lines.append("  \(Words.count(viewing.sessionsWithoutAddress, "session")) \(viewing.sessionsWithoutAddress == 1 ? "has" : "have") no address in the export (written as 0.0.0.0)")
    }
    if !localTime.isEmpty {
      lines.append("Local time: " + localTime.map { entry in
        guard let zone = entry.zone else {
          return "\(entry.profile) UTC (" + (entry.source == "none" ? "no country or known address" : "the system has no time zone data: install tzdata") + ")"
        }
        return "\(entry.profile) \(zone) (from \(entry.source == "country" ? "the Country column" : "its addresses")"
          + (entry.approximate ? "; approximate, the country has several zones" : "") + ")"
      }.joined(separator: ", "))
    }
    let profileList = profiles.keys.sorted().map { "\($0) (\(profiles[$0] ?? ""))" }.joined(separator: ", ")
    lines.append("Profiles: \(profiles.count): \(profileList); account \(account)")
    if titles.catalog != nil || titles.unmatched > 0 {
      var line = "Titles: \(titles.matched) matched, \(titles.unmatched) unmatched"
      line += titles.catalog.map { " against \($0)" } ?? " (no --titles catalog given)"
      if titles.ambiguous > 0 { line += ", \(titles.ambiguous) ambiguous" }
      lines.append(line)
      if !titles.unmatchedTitles.isEmpty {
        lines.append("  unmatched: " + titles.unmatchedTitles.prefix(8).joined(separator: "; ")
          + (titles.unmatchedTitles.count > 8 ? "; … (all in import.json)" : ""))
      }
    }
    let sources = eventsBySource.keys.sorted().map { "\($0) \(eventsBySource[$0] ?? 0)" }.joined(separator: ", ")
    lines.append("Events: \(events) (\(sources)); rows rejected: \(rejected)")
    return lines.joined(separator: "\n")
  }
}
