import Events

/// `GamePlaySession.csv` → `game_activity` (a launch, with the session's
/// duration from `Duration` or from `End Time`).
enum GameMapper {
  static func sessions(_ table: LoadedTable, into ledger: inout ImportLedger) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let game = ExportIdentity.game(try row.required("Game Title"))
      let start = try row.timestamp("Start Time")
      var duration = try row.optionalDuration("Duration")
      if duration == nil, let end = try row.optionalTimestamp("End Time") {
        guard end >= start else { throw RowProblem(column: "End Time", reason: "is before 'Start Time'") }
        duration = Double(end.secondsSinceEpoch - start.secondsSinceEpoch)
      }
      var out = RowEvents(table, row, account: account)
      out.add(start, profile: profile, .gameActivity(game: game, action: .launch, duration: duration))
      return out.events
    }
  }
}
