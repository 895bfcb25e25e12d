import Events

/// Turns what a member did besides watching into activity and provided
/// events: searches, ratings, My List, indicated preferences and the
/// choices in interactive titles.
enum ActivityMapper {
  /// `SearchHistory.csv` → `search`: the query typed (or, when the member
  /// picked a suggestion without typing, the name shown), and the title
  /// chosen when the row records an action on the result shown. A row
  /// with `Is Kids` 1 marks its profile a kids' profile.
  static func searches(
    _ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry, kids: inout Set<String>
  ) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let time = try row.timestamp("Utc Timestamp")
      let shown = row.text("Displayed Name")
      let typed = row.text("Query Typed")
      guard !typed.isEmpty || !shown.isEmpty else {
        throw RowProblem(column: "Query Typed", reason: "is empty, and so is 'Displayed Name'")
      }
      if try row.flag("Is Kids") == true { kids.insert(profile) }
      let clicked = !shown.isEmpty && !row.text("Action").isEmpty ? titles.resolve(shown).id : nil
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: profile, .search(query: typed.isEmpty ? shown : typed, clicked: clicked))
      return out.events
    }
  }

  /// `Ratings.csv` → `rating`: `Thumbs Value` 1 down, 2 up, 3 two up
  /// (0 is a rating taken back: rejected, so it is seen), or `Star Value`
  /// 1–5, as `Rating Type` (`thumb` or `star`) says.
  static func ratings(_ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let title = titles.resolve(try row.required("Title Name")).id
      let time = try row.timestamp("Event Utc Ts")
      let type = row.text("Rating Type").lowercased()
      let thumbs = row.text("Thumbs Value"), stars = row.text("Star Value")
      let rating: Rating
      if type.hasPrefix("star") || (type.isEmpty && !stars.isEmpty && thumbs.isEmpty) {
        guard let value = Int(stars), (1...5).contains(value) else {
          throw RowProblem(column: "Star Value", reason: "expected 1 to 5, found '\(stars)'")
        }
        rating = .stars(value)
      } else if type.hasPrefix("thumb") || type.isEmpty {
        switch thumbs {
        case "1": rating = .thumbsDown
        case "2": rating = .thumbsUp
        case "3": rating = .twoThumbsUp
        case "0": throw RowProblem(column: "Thumbs Value", reason: "0: the rating was taken back")
        default: throw RowProblem(column: "Thumbs Value", reason: "expected 1 (down), 2 (up) or 3 (two up), found '\(thumbs)'")
        }
      } else {
        throw RowProblem(column: "Rating Type", reason: "expected 'thumb' or 'star', found '\(row.text("Rating Type"))'")
      }
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: profile, .rating(title: title, rating: rating))
      return out.events
    }
  }

  /// `MyList.csv` → `list_add` (at the date added, midnight UTC).
  static func myList(_ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let title = titles.resolve(try row.required("Title Name")).id
      var out = RowEvents(table, row, account: account)
      out.add(try row.timestamp("Utc Title Add Date"), profile: profile, .listAdd(title: title))
      return out.events
    }
  }

  /// `IndicatedPreferences.csv` — titles the member said they were or were
  /// not interested in, when the service asked — → a thumbs-up or
  /// thumbs-down `rating`, information the member provided.
  static func preferences(_ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let title = titles.resolve(try row.required("Show")).id
      let time = try row.timestamp("Event Date")
      guard let interested = try row.flag("Is Interested") else {
        throw RowProblem(column: "Is Interested", reason: "is empty; expected true or false")
      }
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: profile, .rating(title: title, rating: interested ? .thumbsUp : .thumbsDown))
      return out.events
    }
  }

  /// `InteractiveTitles.csv` → `interactive_choice`, in the playback of the
  /// same title running at the time (within ten minutes), or a playback of
  /// its own.
  static func interactive(
    _ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry,
    playbacks: [ViewingMapper.Playback]
  ) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let title = titles.resolve(try row.required("Title Desc")).id
      let time = try row.timestamp("Utc Timestamp")
      let choice = try row.required("Choice Segment")
      let point = row.text("Selection Type")
      let t = time.secondsSinceEpoch
      let playback = playbacks.first {
        $0.profile == profile && $0.title == title && t >= $0.start.secondsSinceEpoch - 600
          && t <= $0.end.secondsSinceEpoch + 600
      }?.id ?? "nf-ipb-\(row.record.line)"
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: profile, .interactiveChoice(
        title: title, playback: playback, choicePoint: point.isEmpty ? "choice" : point, choice: choice))
      return out.events
    }
  }

  /// `Clickstream.csv`: read and checked, no events — its rows name pages
  /// by Netflix's own numeric ids, which match nothing in a catalog.
  static func clickstream(
    _ table: LoadedTable, into ledger: inout ImportLedger, addresses: inout SessionAddresses, playbacks: [ViewingMapper.Playback]
  ) {
    // Page views outside any viewing sitting are app sessions in which
    // nothing was played: one `session_start` per run of a profile's page
    // views on one device less than 30 minutes apart, on the device the
    // Source column names, at the address its stream had then. Page views
    // during viewing are that sitting's own (not events). The pages name
    // titles by Netflix's numeric ids only, so nothing else is made of them.
    let sittings = Dictionary(grouping: playbacks, by: \.profile)
    let account = ledger.account
    var last: [String: Int64] = [:]
    ledger.each(table) { row throws(RowProblem) in
      let name = try row.required("Profile Name")
      let time = try row.timestamp("Click Utc Ts")
      let profile = ExportIdentity.profile(name)
      let t = time.secondsSinceEpoch
      let gap = ViewingMapper.sittingGap
      let during = (sittings[profile] ?? []).contains {
        t >= $0.start.secondsSinceEpoch - gap && t <= $0.end.secondsSinceEpoch + gap
      }
      let source = row.text("Source")
      let key = profile + "\u{1}" + source.lowercased()
      defer { last[key] = t }
      guard !during, last[key].map({ t - $0 > gap }) ?? true else { return [] }
      let device = source.isEmpty ? "unknown device" : source
      let description = DeviceDescription(device)
      let id = addresses.deviceID(named: device)
      let ip = addresses.address(at: time, device: device, id: id) ?? IPAddress(ipv4: 0)
      return [Event(
        id: table.eventID(row), timestamp: time, account: account, profile: profile,
        payload: .sessionStart(
          device: id, deviceType: description.type, os: description.operatingSystem, appVersion: "unknown", ip: ip,
          connection: .wifi))]
    }
  }
}
