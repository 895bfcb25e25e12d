import Foundation
import Events

/// Turns `PlaybackRelatedEvents.csv` — the player's own trace of each
/// playback, a JSON list of `{eventType, sessionOffsetMs, mediaOffsetMs}`
/// in the `Playtraces` column — into the pauses, seeks and progress
/// reports of the viewing it belongs to: `paused` → `pause`, `reposition`
/// → `seek` from the last position, `playing` → `heartbeat`. `start` and
/// `stopped` are the viewing's own `play_start` and `stop`. A trace
/// belongs to the viewing of the same profile and title that starts
/// nearest its first event, within five minutes; traces of trailers and
/// clips match none and are counted, not rejected.
enum PlaytraceMapper {
  static func map(
    _ table: LoadedTable, into ledger: inout ImportLedger, playbacks: [ViewingMapper.Playback],
    summary: inout ImportSummary.Viewing
  ) {
    let account = ledger.account
    var attached = 0, unmatched = 0
    ledger.each(table) { row throws(RowProblem) in
      let profile = ExportIdentity.profile(try row.required("Profile Name"))
      let title = try row.required("Title Description")
      let start = try row.timestamp("Playback Start Utc Ts")
      let traces = try Self.traces(row.text("Playtraces"))
      guard let first = traces.first else { return [] }
      let firstTime = start.secondsSinceEpoch + first.session / 1000
      let candidates = playbacks.filter {
        $0.profile == profile && $0.exportTitle == title
          && abs($0.start.secondsSinceEpoch - firstTime) <= 300
      }
      guard let playback = candidates.min(by: {
        abs($0.start.secondsSinceEpoch - firstTime) < abs($1.start.secondsSinceEpoch - firstTime)
      }) else {
        unmatched += 1
        return []
      }
      attached += 1
      var events: [Event] = []
      var position = 0.0
      for trace in traces {
        let media = max(0, min(Double(trace.media) / 1000, 604_800))
        let seconds = min(max(start.secondsSinceEpoch + trace.session / 1000, playback.start.secondsSinceEpoch),
                          playback.end.secondsSinceEpoch)
        guard let time = Timestamp(secondsSinceEpoch: seconds, offsetMinutes: 0) else { continue }
        let payload: EventPayload?
        switch trace.type {
        case "playing": payload = .heartbeat(title: playback.title, playback: playback.id, position: media)
        case "paused": payload = .pause(title: playback.title, playback: playback.id, position: media)
        case "reposition": payload = .seek(title: playback.title, playback: playback.id, from: position, to: media)
        default: payload = nil
        }
        position = media
        if let payload {
          events.append(Event(
            id: table.eventID(row, events.count), timestamp: time, account: account, profile: profile,
            payload: payload))
        }
      }
      return events
    }
    summary.playtracesAttached += attached
    summary.playtracesUnmatched += unmatched
  }

  /// One entry of a `Playtraces` list.
  struct Trace {
    let type: String
    let session: Int64
    let media: Int64
  }

  /// The entries of a `Playtraces` field (empty for `[]` or an empty field).
  static func traces(_ text: String) throws(RowProblem) -> [Trace] {
    guard !text.isEmpty else { return [] }
    guard let list = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
      throw RowProblem(column: "Playtraces", reason: "expected a JSON list of {eventType, sessionOffsetMs, mediaOffsetMs}")
    }
    var traces: [Trace] = []
    for (number, entry) in list.enumerated() {
      guard let type = entry["eventType"] as? String, let session = (entry["sessionOffsetMs"] as? NSNumber)?.int64Value,
        let media = (entry["mediaOffsetMs"] as? NSNumber)?.int64Value
      else {
        throw RowProblem(column: "Playtraces", reason: "entry \(number + 1) lacks eventType, sessionOffsetMs or mediaOffsetMs")
      }
      traces.append(Trace(type: type, session: session, media: media))
    }
    return traces
  }
}
