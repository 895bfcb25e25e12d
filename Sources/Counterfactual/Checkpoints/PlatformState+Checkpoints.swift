import Events
import Inference

extension PlatformState {
  /// What the platform believed about a profile after its first `plays`
  /// plays (``PlayCheckpoint/cut(_:afterPlays:)``), with signals valued at
  /// the checkpoint's last event.
  ///
  /// - Complexity: one ``view(profile:events:count:reasons:at:)``.
  public func checkpoint(profile: String, afterPlays plays: Int, picks: Int = 5) -> PlayCheckpoint {
    let all = events(profile: profile)
    let cut = PlayCheckpoint.cut(all, afterPlays: plays)
    let events = cut ?? all
    let view = self.view(profile: profile, events: events, count: picks, reasons: 0, at: events.last?.timestamp)
    var played: [String] = []
    var seen = Set<String>()
    for event in events {
      guard case .playStart(let title, _, _, _) = event.payload, seen.insert(title).inserted else { continue }
      played.append(self.title(named: title).map { catalog.titles[$0].name } ?? title)
    }
    return PlayCheckpoint(
      plays: plays, reached: cut != nil, events: events.count, played: played, topGenres: view.topGenres,
      ageBand: view.traits.first { $0.kind == .ageBand }, gender: view.traits.first { $0.kind == .gender },
      topPicks: view.recommendations.map(\.name), traits: view.traits)
  }
}
