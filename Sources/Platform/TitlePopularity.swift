/// Recent plays per title, on the whole service and in each geo-IP region:
/// the day's plays are counted as they are ingested, and at the end of the
/// day every count decays by ``PlatformConfiguration/popularityDecay``
/// before the day's plays are added.
struct TitlePopularity: Sendable {
  /// Per title, recent plays on the service.
  private(set) var global: [Float]
  /// Per region, recent plays per title there.
  private(set) var regional: [String: [Float]] = [:]
  private var todayGlobal: [Float]
  private var todayRegional: [String: [Int: Float]] = [:]

  /// No plays yet, for a catalog of `titles` titles.
  init(titles: Int) {
    global = [Float](repeating: 0, count: titles)
    todayGlobal = global
  }

  /// Counts one play started today, in a region if the profile's is known.
  mutating func recordPlay(title t: Int, region: String?) {
    todayGlobal[t] += 1
    if let region { todayRegional[region, default: [:]][t, default: 0] += 1 }
  }

  /// Ends the day: `count = decay · count + today's plays`, on the service
  /// and in every region seen so far.
  ///
  /// - Complexity: O(titles · regions).
  mutating func endDay(decay: Float) {
    for t in global.indices {
      global[t] = decay * global[t] + todayGlobal[t]
    }
    for region in Set(regional.keys).union(todayRegional.keys) {
      var values = regional[region] ?? [Float](repeating: 0, count: global.count)
      for t in values.indices { values[t] *= decay }
      for (t, count) in todayRegional[region] ?? [:] { values[t] += count }
      regional[region] = values
    }
    todayGlobal = [Float](repeating: 0, count: global.count)
    todayRegional = [:]
  }
}
