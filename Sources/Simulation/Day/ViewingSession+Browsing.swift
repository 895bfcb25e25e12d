#if canImport(Glibc)
import Glibc
#endif
import Catalog
import Events
import Platform
import Support

/// Browsing: the homepage scanned row by row with its artwork, a click, a
/// title saved for later, or a search.
extension ViewingSession {
  /// Scans the homepage; returns the clicked title (and its artwork's
  /// appeal), a title found by searching, or `nil` when the member leaves.
  mutating func browse(
    log: inout HouseholdEventLog, random: inout SeededGenerator, listed: inout Set<Int>
  ) -> (title: Int, appeal: Double?)? {
    let platform = context.platform
    let m = plan.member
    let activity = log.activity(of: profile) ?? ProfileActivity()
    let page = platform.homepage(profile: profile, activity: activity)
    for (r, row) in page.rows.enumerated() {
      if r > 0 && random.nextUnitDouble() >= behavior.nextRow { break }
      let visible = row.titles.prefix(behavior.visibleTiles)
      var shown: [(title: Int, variant: ArtworkVariant)] = []
      let situation = platform.artworkContext(
        profile: profile, time: log.time(zone: zone, seconds: now), device: DeviceIdentity.type(plan.device))
      for (position, title) in visible.enumerated() {
        let (variant, choice) = platform.chooseArtwork(title: title, context: situation, random: &random)
        log.log(
          .impression(
            title: context.catalog.titles[title].id.text, row: row.kind.description, rowIndex: r,
            position: position, artwork: variant.id, propensity: choice.propensity),
          profile: profile, zone: zone, seconds: now)
        shown.append((title, variant))
      }
      advance(2)
      for (title, variant) in shown {
        advance(1)
        let affinity = population.affinity(member: m, title: title)
        let appeal = population.artworkAppeal(member: m, variant: variant)
        let click = ViewingBehavior.logistic(
          behavior.clickIntercept + behavior.clickPerAffinity * affinity
            + behavior.clickPerAppeal * appeal)
        if random.nextUnitDouble() < click {
          let id = context.catalog.titles[title].id.text
          log.log(.artworkClick(title: id, artwork: variant.id), profile: profile, zone: zone, seconds: now)
          advance(3)
          log.log(.titlePageOpen(title: id), profile: profile, zone: zone, seconds: now)
          advance(10 + Int(random.next() % 30))
          return (title, appeal)
        }
        // Worth watching, but not now: saved to My List.
        if behavior.listAdd > 0, affinity >= behavior.listAddAffinity, !listed.contains(title),
          random.nextUnitDouble() < behavior.listAdd
        {
          listed.insert(title)
          advance(2)
          log.log(
            .listAdd(title: context.catalog.titles[title].id.text), profile: profile, zone: zone, seconds: now)
        }
        if random.nextUnitDouble() >= behavior.nextTile { break }
      }
    }
    guard random.nextUnitDouble() < behavior.search else { return nil }
    return search(activity: activity, log: &log, random: &random)
  }

  /// Searches for a title the member would choose freely (∝ exp(affinity)),
  /// typing the first word of its name; `nil` when nothing is left to
  /// choose.
  mutating func search(
    activity: ProfileActivity, log: inout HouseholdEventLog, random: inout SeededGenerator
  ) -> (title: Int, appeal: Double?)? {
    let index = context.platform.index
    let candidates = (0..<index.count).filter {
      !activity.watched.contains($0) && !(activity.isKids && index.maturity[$0] > .pg)
    }
    guard !candidates.isEmpty else { return nil }
    let scores = candidates.map { population.affinity(member: plan.member, title: $0) }
    let top = scores.max() ?? 0
    let weights = scores.map { exp($0 - top) }
    var u = random.nextUnitDouble() * weights.reduce(0, +)
    var chosen = candidates[candidates.count - 1]
    for (i, weight) in weights.enumerated() {
      u -= weight
      if u < 0 {
        chosen = candidates[i]
        break
      }
    }
    let title = context.catalog.titles[chosen]
    let query = title.name.split(separator: " ").first.map { $0.lowercased() } ?? title.name
    advance(8 + Int(random.next() % 20))
    log.log(.search(query: query, clicked: title.id.text), profile: profile, zone: zone, seconds: now)
    advance(5)
    log.log(.titlePageOpen(title: title.id.text), profile: profile, zone: zone, seconds: now)
    advance(10)
    return (chosen, nil)
  }
}
