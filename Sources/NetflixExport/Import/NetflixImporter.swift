import Catalog
import Events

/// Reads a Netflix data export into Glasshouse's typed events.
///
/// The files of the layout (``ExportFileKind``) are read with their
/// headers matched by name; each row becomes its events or a
/// ``RowReject`` naming file, line, column and why; unknown files and
/// columns are listed as not read. Profiles and the account get stable ids
/// from their names (``ExportIdentity``); titles are matched to the catalog
/// given, if any (``TitleMatcher``). Times are UTC, as the export writes
/// them (offset `+00:00`): the export does not say in which time zone the
/// member lives; its countries and addresses do.
public struct NetflixImporter: Sendable {
  /// Matches titles to the person's catalog.
  public let matcher: TitleMatcher
  /// The catalog's path, for the summary.
  public let catalogPath: String?
  /// The person's catalog.
  public let catalog: Catalog?

  /// An importer; `catalog` is the person's `--titles` catalog.
  public init(catalog: Catalog? = nil, catalogPath: String? = nil) {
    matcher = TitleMatcher(catalog: catalog)
    self.catalog = catalog
    self.catalogPath = catalogPath
  }

  /// Reads an export.
  ///
  /// - Throws: ``NetflixExportError`` when a file of the layout cannot be
  ///   read as a whole (not UTF-8, a required column missing, an unclosed
  ///   quote); a problem in one row is a reject instead.
  public func read(_ archive: ExportArchive) throws(NetflixExportError) -> NetflixImport {
    var summary = ImportSummary(export: archive.path)
    var tables: [ExportFileKind: LoadedTable] = [:]
    for file in archive.files {
      guard let kind = ExportFileKind(fileName: file.name), tables[kind] == nil else {
        summary.filesNotRead.append(file.path)
        continue
      }
      tables[kind] = try LoadedTable(file, kind: kind)
    }
    var names: Set<String> = []
    for table in tables.values where table.index.has("Profile Name") {
      for row in table.rows where !row.text("Profile Name").isEmpty { names.insert(row.text("Profile Name")) }
    }
    summary.account = ExportIdentity.account(profiles: names)
    summary.profiles = Dictionary(uniqueKeysWithValues: names.map { ($0, ExportIdentity.profile($0)) })

    var ledger = ImportLedger(account: summary.account)
    for kind in ExportFileKind.allCases { if let table = tables[kind] { ledger.begin(table) } }
    var titles = TitleRegistry(matcher: matcher)
    var addresses = SessionAddresses()
    var kids: Set<String> = []
    if let table = tables[.devices] { DeviceMapper.devices(table, into: &ledger, addresses: &addresses) }
    if let table = tables[.ipAddressesStreaming] { DeviceMapper.streams(table, into: &ledger, addresses: &addresses) }
    var playbacks: [ViewingMapper.Playback] = []
    if let table = tables[.viewingActivity] {
      playbacks = ViewingMapper.map(
        table, into: &ledger, titles: &titles, addresses: &addresses, summary: &summary.viewing)
    }
    if let table = tables[.clickstream] {
      ActivityMapper.clickstream(table, into: &ledger, addresses: &addresses, playbacks: playbacks)
    }
    if let table = tables[.ipAddressesStreaming] {
      DeviceMapper.unusedStreams(table, into: &ledger, addresses: addresses)
    }
    if let table = tables[.ipAddressesLogin] { DeviceMapper.logins(table, into: &ledger, addresses: addresses) }
    if let table = tables[.playbackRelatedEvents] {
      PlaytraceMapper.map(table, into: &ledger, playbacks: playbacks, summary: &summary.viewing)
    }
    if let table = tables[.interactiveTitles] {
      ActivityMapper.interactive(table, into: &ledger, titles: &titles, playbacks: playbacks)
    }
    if let table = tables[.searchHistory] { ActivityMapper.searches(table, into: &ledger, titles: &titles, kids: &kids) }
    if let table = tables[.ratings] { ActivityMapper.ratings(table, into: &ledger, titles: &titles) }
    if let table = tables[.myList] { ActivityMapper.myList(table, into: &ledger, titles: &titles) }
    if let table = tables[.indicatedPreferences] { ActivityMapper.preferences(table, into: &ledger, titles: &titles) }
    if let table = tables[.messagesSentByNetflix] { CommunicationsMapper.messages(table, into: &ledger, titles: &titles) }
    if let table = tables[.customerServiceContacts] { CommunicationsMapper.contacts(table, into: &ledger) }
    if let table = tables[.gamePlaySessions] { GameMapper.sessions(table, into: &ledger) }
    if let table = tables[.accountDetails] { AccountMapper.account(table, into: &ledger) }
    if let table = tables[.profiles] {
      let first = ledger.events.map(\.timestamp).min() ?? Timestamp(secondsSinceEpoch: 0, offsetMinutes: 0)!
      AccountMapper.profiles(table, into: &ledger, kidsSearches: kids, firstEvent: first)
    }

    // Local time: each profile's events in the zone of the country it
    // watched from most (the Country column), else of its session
    // addresses in the geo-IP table; account-level events in the account's
    // commonest zone.
    let clock = LocalClock(viewing: tables[.viewingActivity], profiles: summary.profiles, events: ledger.events)
    summary.localTime = clock.summary(names: summary.profiles)
    let local = ledger.events.map(clock.local)

    // Time order, file order for equal instants.
    let events = local.enumerated()
      .sorted { ($0.element.timestamp.secondsSinceEpoch, $0.element.timestamp.nanoseconds, $0.offset)
        < ($1.element.timestamp.secondsSinceEpoch, $1.element.timestamp.nanoseconds, $1.offset) }
      .map(\.element)
    summary.filesRead = ExportFileKind.allCases.compactMap { kind in tables[kind].flatMap { ledger.reports[$0.path] } }
    summary.events = events.count
    for event in events { summary.eventsBySource[event.source.rawValue, default: 0] += 1 }
    summary.rejected = ledger.rejects.count
    summary.titles = titles.summary(catalog: catalogPath)
    summary.filesNotRead.sort()
    // The registry holds one title per id, and matched ids are the catalog's own.
    let named = (try? Catalog(titles: titles.titles(from: catalog))) ?? (try! Catalog(titles: []))
    return NetflixImport(events: events, rejects: ledger.rejects, summary: summary, catalog: named)
  }
}
