import Artwork
import Catalog
import Events
import Platform

extension PlatformState {
  /// The artwork context the platform would build for a profile whose
  /// feedback is `interactions`: genre and tone shares of its positive
  /// feedback, featured-cast shares, and its folded-in taste's alignment
  /// with each tone, at `time` on `device` — as
  /// `StreamingPlatform.artworkContext(profile:time:device:)` builds it from
  /// the platform's stored state, here from any list of events. It carries
  /// no profile number, so LinUCB scores it without the per-profile
  /// response it learned from the profile's own impressions (which removed
  /// events would have changed).
  /// `nil` for an imported log, which has no platform to build one.
  ///
  /// - Complexity: O(feedback · genres + cast) and one fold-in.
  public func artworkContext(
    of interactions: [(item: Int, value: Float)], time: Timestamp, device: DeviceType
  ) -> ArtworkContext? {
    guard let platform else { return nil }
    var context = platform.artworkContext(profile: "", time: time, device: device)
    let genres = platform.index.genres
    let tones = genres.map { ArtworkTone.allCases.firstIndex(of: ArtworkTone(cueing: $0)) ?? 0 }
    var shares = [Double](repeating: 0, count: genres.count)
    var cast: [Int: Double] = [:]
    var total = 0.0
    for entry in interactions where entry.value > 0 {
      let value = Double(entry.value)
      total += value
      for g in platform.index.genreIndicesByTitle[entry.item] { shares[g] += value }
      for name in catalog.titles[entry.item].cast {
        if let c = platform.artwork.castNumber(of: name) { cast[c, default: 0] += value }
      }
    }
    guard total > 0 else { return context }
    context.genreShares = shares.map { $0 / total }
    for (g, share) in context.genreShares.enumerated() where share > 0 { context.toneShares[tones[g]] += share }
    context.castShares = cast.mapValues { $0 / total }
    if let model = platform.model, platform.tonePrototypes.count == context.toneAlignment.count {
      let taste = model.foldIn(interactions)
      let length = taste.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if length > 0 {
        for (t, prototype) in platform.tonePrototypes.enumerated() where prototype.count == taste.count {
          var dot: Float = 0
          for f in taste.indices { dot += taste[f] * prototype[f] }
          context.toneAlignment[t] = Double(dot / length)
        }
      }
    }
    return context
  }

  /// The variant (id and tone) a contextual policy would show for a title
  /// in a context, or `nil` when the platform's policy does not choose by
  /// profile deterministically (only LinUCB does).
  public func artworkChoice(title: Int, context: ArtworkContext?) -> String? {
    guard let platform, let context, let policy = platform.artworkPolicy as? LinUCBPolicy else { return nil }
    let variant = policy.explain(title: title, context: context).variant
    let slot = platform.artwork.slot(title: title, variant: variant)
    let chosen = platform.artwork.variants[slot]
    return "\(chosen.id) (\(chosen.tone.rawValue))"
  }

  /// The device of a profile's latest session in a list of events (TV
  /// when none).
  public static func lastDevice(in events: [Event]) -> DeviceType {
    var device = DeviceType.tv
    for event in events {
      if case .sessionStart(_, let type, _, _, _, _) = event.payload { device = type }
    }
    return device
  }
}
