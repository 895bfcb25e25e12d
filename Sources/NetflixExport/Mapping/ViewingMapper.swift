import Events

/// Turns `ViewingActivity.csv` into playbacks as Glasshouse's simulator
/// logs them: a `session_start` when a sitting begins (a profile's
/// viewings on one device with less than 30 minutes between the end of one
/// and the start of the next are one sitting), then per viewing a
/// `play_start` at its start time and a `stop` — or a `completion` when the
/// bookmark reached 93% of the runtime, the simulator's completion
/// fraction — when the time watched has passed.
///
/// The export gives no runtime. It is the catalog's when a film matched
/// one (a catalog's runtime is a whole show's, never an episode's); else the longest position any viewing of the same show reached,
/// when the show was watched at least three times; else a typical length
/// (45 minutes for an episode, 105 for a film); never less than the
/// position reached. `import.json` counts which.
struct ViewingMapper {
  /// A playback the viewing history produced, for attaching player traces
  /// and interactive choices to it.
  struct Playback {
    let id: String
    let profile: String
    let exportTitle: String
    let title: String
    let start: Timestamp
    let end: Timestamp
    let endPosition: Double
  }

  /// The gap that ends a sitting.
  static let sittingGap: Int64 = 30 * 60
  /// The fraction of the runtime that counts as watched to the end.
  static let completionFraction = 0.93
  /// Runtimes assumed when nothing better is known.
  static let typicalEpisode = 45.0 * 60, typicalFilm = 105.0 * 60

  /// Maps the table; returns the playbacks made.
  static func map(
    _ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry,
    addresses: inout SessionAddresses, summary: inout ImportSummary.Viewing
  ) -> [Playback] {
    // Pass 1: the rows that are viewing, grouped into sittings.
    var viewings: [(line: Int, row: ViewingRow)] = []
    for row in table.rows {
      guard let viewing = try? ViewingRow(row) else { continue }
      switch viewing.kind {
      case .viewing: viewings.append((row.record.line, viewing))
      case .supplemental(let type): summary.supplemental[type, default: 0] += 1
      case .autoplayPreview: summary.autoplayPreviews += 1
      }
    }
    var longest: [String: (count: Int, position: Double)] = [:]
    for (_, viewing) in viewings {
      let show = titles.resolve(viewing.title).id
      let known = longest[show] ?? (0, 0)
      longest[show] = (known.count + 1, max(known.position, viewing.endPosition))
    }
    var sessionAt: [Int: EventPayload] = [:]
    let groups = Dictionary(grouping: viewings) { "\($0.row.profileName)\u{1}\($0.row.device.lowercased())" }
    for key in groups.keys.sorted() {
      let sorted = groups[key]!.sorted { ($0.row.start, $0.line) < ($1.row.start, $1.line) }
      var lastEnd: Int64?
      for (line, viewing) in sorted {
        let start = viewing.start.secondsSinceEpoch
        if lastEnd.map({ start - $0 > sittingGap }) ?? true {
          let name = viewing.device.isEmpty ? "unknown device" : viewing.device
          let description = DeviceDescription(name)
          let id = addresses.deviceID(named: viewing.device)
          let ip = addresses.address(at: viewing.start, device: viewing.device, id: id)
          if ip == nil { summary.sessionsWithoutAddress += 1 }
          sessionAt[line] = .sessionStart(
            device: id, deviceType: description.type, os: description.operatingSystem, appVersion: "unknown",
            ip: ip ?? IPAddress(ipv4: 0), connection: .wifi)
        }
        lastEnd = max(lastEnd ?? .min, start + Int64(viewing.duration))
      }
    }

    // Pass 2: the events, row by row.
    var playbacks: [Playback] = []
    var runtimeSources: [String: String] = [:]
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let viewing = try ViewingRow(row)
      guard viewing.kind == .viewing else { return [] }
      let profile = ExportIdentity.profile(viewing.profileName)
      let title = titles.resolve(viewing.title)
      let playback = "nf-pb-\(row.record.line)"
      var events: [Event] = []
      func event(_ time: Timestamp, _ payload: EventPayload) {
        events.append(Event(
          id: table.eventID(row, events.count), timestamp: time, account: account, profile: profile,
          payload: payload))
      }
      if let session = sessionAt[row.record.line] { event(viewing.start, session) }
      // A catalog's runtime is a film's or a whole show's, not an episode's.
      let isEpisode = EpisodeTitle(viewing.title).isEpisode
      let catalogRuntime = isEpisode ? nil : title.runtime
      let runtime: Double
      if let known = catalogRuntime {
        runtime = known
        runtimeSources[playback] = "catalog"
      } else if let show = longest[title.id], show.count >= 3 {
        runtime = show.position
        runtimeSources[playback] = "longest viewing of the show"
      } else {
        runtime = isEpisode ? typicalEpisode : typicalFilm
        runtimeSources[playback] = "typical"
      }
      let total = max(runtime, viewing.endPosition, 1)
      event(viewing.start, .playStart(title: title.id, playback: playback, position: viewing.startPosition, runtime: catalogRuntime))
      guard let end = Timestamp(
        secondsSinceEpoch: viewing.start.secondsSinceEpoch + Int64(viewing.duration.rounded()), offsetMinutes: 0)
      else { throw RowProblem(column: "Duration", reason: "ends outside the supported range of times") }
      if viewing.endPosition >= completionFraction * total {
        event(end, .completion(title: title.id, playback: playback, runtime: total))
      } else {
        event(end, .stop(title: title.id, playback: playback, position: viewing.endPosition, runtime: total))
      }
      playbacks.append(Playback(
        id: playback, profile: profile, exportTitle: viewing.title, title: title.id, start: viewing.start,
        end: end, endPosition: viewing.endPosition))
      return events
    }
    // Only the playbacks whose row was kept.
    let kept = Set(ledger.events.compactMap { $0.payload.playbackID })
    playbacks = playbacks.filter { kept.contains($0.id) }
    for playback in playbacks {
      summary.viewings += 1
      summary.runtimeSources[runtimeSources[playback.id] ?? "typical", default: 0] += 1
    }
    summary.sessions = ledger.events.filter { $0.id.hasPrefix("nf-va-") && $0.type == .sessionStart }.count
    summary.completions = ledger.events.filter { $0.id.hasPrefix("nf-va-") && $0.type == .completion }.count
    return playbacks
  }
}
