import Catalog
import Events
import Platform
import Testing

/// The platform's intake under a minimising collection policy: partner data
/// never enters, addresses are stored as their region, device ids become
/// platform-only, and retention deletes raw events from what the model
/// learns from as the days go by.
@Suite("Collection policy: the platform collects less")
struct CollectionPolicyTests {
  static let catalog = CatalogGenerator(size: 40, seed: 4).generate()
  static let minimal = CollectionPolicy(
    partnerData: false, location: .region, crossServiceIdentifiers: false, retentionDays: 7)
  static let day: Int64 = 86_400
  static let start: Int64 = 1_736_000_000

  static func event(_ id: String, _ seconds: Int64, _ payload: EventPayload, profile: String? = "p1") -> Event {
    Event(
      id: id, timestamp: Timestamp(secondsSinceEpoch: start + seconds, offsetMinutes: 0)!,
      account: "a-" + (profile ?? "x"), profile: profile, payload: payload)
  }

  static func session(_ id: String, _ seconds: Int64, ip: IPAddress, device: String = "h3tv") -> Event {
    event(
      id, seconds,
      .sessionStart(
        device: device, deviceType: .tv, os: "tvOS 17", appVersion: "1.0", ip: ip, connection: .wifi))
  }

  @Test("partner records and referrals are not taken in; addresses become their region; device ids platform-only")
  func intake() throws {
    let collector = EventCollector(policy: Self.minimal)
    let london = try #require(IPAddress("2001:db8::12"))
    let partner = Self.event(
      "b", 10,
      .partnerRecord(
        partner: "Acme", partnerKind: .dataBroker, attributeKind: .demographic, attributes: ["age_band": "25-34"]))
    #expect(collector.collect(partner) == nil)
    #expect(collector.collect(Self.event("r", 20, .referralShared(title: "3", referral: "r-1", app: "Chirp"))) == nil)
    let stored = try #require(collector.collect(Self.session("s", 30, ip: london)))
    guard case .sessionStart(let device, _, _, _, let ip, _) = stored.payload else {
      Issue.record("a session start stays a session start")
      return
    }
    #expect(ip != london)
    #expect(GeoIPTable.sample.entries.contains { $0.network == ip })
    #expect(GeoIPTable.sample.lookup(ip)?.region == GeoIPTable.sample.lookup(london)?.region)
    #expect(device != "h3tv" && device.hasPrefix(EventCollector.pseudonymPrefix))
    // Distinct devices stay distinct; collecting twice changes nothing.
    #expect(EventCollector.pseudonym(device: "h3tv") != EventCollector.pseudonym(device: "h4tv"))
    #expect(collector.collect(stored) == stored)
    // The standard policy stores what it is offered.
    #expect(EventCollector(policy: .standard).collect(partner) == partner)
  }

  @Test("the platform's log of a day holds no partner record and no full address")
  func platformLog() throws {
    var configuration = PlatformConfiguration()
    configuration.factors = 4
    configuration.collection = Self.minimal
    var platform = StreamingPlatform(catalog: Self.catalog, configuration: configuration)
    let address = try #require(IPAddress("198.51.100.7"))
    let offered = [
      Self.session("s1", 0, ip: address),
      Self.event("p1", 5, .playStart(title: "3", playback: "b1", position: 0, runtime: 3000)),
      Self.event(
        "b1", 6,
        .partnerRecord(partner: "Acme", partnerKind: .dataBroker, attributeKind: .demographic, attributes: [:])),
    ]
    let stored = platform.endOfDay(offered)
    #expect(stored.count == 2)
    #expect(!stored.contains { $0.type == .partnerRecord })
    #expect(!stored.contains { if case .sessionStart(_, _, _, _, let ip, _) = $0.payload { ip == address } else { false } })
  }

  /// Two days of plays by twelve profiles, three weeks apart: titles 1–6 on
  /// day 0 only, titles 11–16 on day 21.
  static func days() -> [[Event]] {
    var early: [Event] = [], late: [Event] = []
    for p in 0..<12 {
      for t in 1...6 {
        early.append(Self.event("e\(p)-\(t)", Int64(p * 60 + t), .playStart(title: "\(t)", playback: "e\(p)\(t)", position: 0, runtime: 3000), profile: "p\(p)"))
        early.append(Self.event("c\(p)-\(t)", Int64(p * 60 + t) + 30, .completion(title: "\(t)", playback: "e\(p)\(t)", runtime: 3000), profile: "p\(p)"))
        late.append(Self.event("l\(p)-\(t)", 21 * Self.day + Int64(p * 60 + t), .playStart(title: "\(t + 10)", playback: "l\(p)\(t)", position: 0, runtime: 3000), profile: "p\(p)"))
        late.append(Self.event("d\(p)-\(t)", 21 * Self.day + Int64(p * 60 + t) + 30, .completion(title: "\(t + 10)", playback: "l\(p)\(t)", runtime: 3000), profile: "p\(p)"))
      }
    }
    return [early, late]
  }

  @Test("retention deletes old raw events from what the model is retrained on")
  func retention() throws {
    var configuration = PlatformConfiguration()
    configuration.factors = 4
    configuration.retrainEveryDays = 1
    configuration.solver = .cholesky  // exact solves: a title nobody played gets exactly zero factors
    func trained(_ collection: CollectionPolicy) -> StreamingPlatform {
      var settings = configuration
      settings.collection = collection
      var platform = StreamingPlatform(catalog: Self.catalog, configuration: settings)
      for day in Self.days() { platform.endOfDay(day) }
      return platform
    }
    let keeping = trained(.standard)
    let forgetting = trained(Self.minimal)
    let early = Set(0..<6), late = Set(10..<16)  // catalog positions of titles 1–6 and 11–16
    for p in 0..<12 {
      let kept = Set(keeping.feedback[p].map(\.item)), left = Set(forgetting.feedback[p].map(\.item))
      #expect(early.isSubset(of: kept) && late.isSubset(of: kept))
      #expect(left.isDisjoint(with: early), "profile p\(p) still learns from events three weeks old")
      #expect(late.isSubset(of: left))
    }
    // The retrained model has no signal on the forgotten titles: their
    // factors shrink to zero, while the keeping platform's do not.
    let forgettingModel = try #require(forgetting.model), keepingModel = try #require(keeping.model)
    for t in early {
      let norm = forgettingModel.itemFactors.row(t).reduce(0) { $0 + abs($1) }
      let kept = keepingModel.itemFactors.row(t).reduce(0) { $0 + abs($1) }
      #expect(norm < 1e-4 && kept > 1e-2)
    }
    #expect(forgetting.retentionCutoff == Self.start + 21 * Self.day + 11 * 60 + 36 - 7 * Self.day)
    #expect(!forgetting.holds(Self.days()[0][0]))
    #expect(forgetting.holds(Self.days()[1][0]))
  }
}
