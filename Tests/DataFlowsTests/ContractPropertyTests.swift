import DataFlows
import Support
import Platform
import Scenarios
import Simulation
import Testing

/// Property tests over random contracts and policies on small random runs:
/// nothing outside a contract ever reaches a recipient, and no aggregate
/// describes fewer profiles than its minimum group size.
@Suite("Data contracts are never exceeded", .serialized)
struct ContractPropertyTests {
  /// A small scenario with a random seed, personas in several time zones
  /// and a shared referral, so every field has something to carry.
  static func scenario(seed: UInt64) -> String {
    """
    name: Random flows \(seed)
    seed: \(seed)
    days: 10
    catalog:
      generate: {size: 120}
    personas:
      - {id: alex, age_band: 25-34, gender: female, time_zone: Europe/London, devices: [phone, computer]}
      - {id: sam, age_band: 35-44, gender: male, time_zone: Europe/Berlin}
    crowd:
      members: 30
      time_zones: {America/New_York: 2, Asia/Tokyo: 1}
    events:
      - {day: 2, time: "21:00", persona: alex, type: referral_shared, title: "7", referral: r-1, app: Chirp}
      - {day: 3, time: "20:00", persona: sam, type: referral_click, title: "7", referral: r-1}
      - {day: 4, time: "21:00", persona: alex, type: rating, title: "7", thumbs: up}
      - {day: 4, time: "21:05", persona: alex, type: search, query: "ghost"}
    """
  }

  /// A random contract that the scenario format accepts.
  static func contract(_ random: inout SeededGenerator) -> (Recipient.Kind, DataContract) {
    let kind = Recipient.Kind.allCases[Int(random.next() % 4)]
    let granularity = DataGranularity.allCases[Int(random.next() % 3)]
    var fields = Set(DataField.allCases.filter { _ in random.next() % 2 == 0 })
    var identifier = RecipientIdentifier.allCases[Int(random.next() % 5)]
    if granularity == .aggregate {
      identifier = .none
      fields.subtract(DataField.allCases.filter(\.isCrossServiceIdentifier))
    } else if let field = identifier.field {
      fields.insert(field)
    }
    let frequency = DeliveryFrequency.allCases[Int(random.next() % 4)]
    let size = 1 + Int(random.next() % 12)
    return (kind, DataContract(fields: fields, granularity: granularity, identifier: identifier, frequency: frequency, minimumGroupSize: size))
  }

  static func policy(_ random: inout SeededGenerator) -> DataPolicy {
    DataPolicy(
      preset: "random", partnerData: random.next() % 2 == 0,
      location: random.next() % 2 == 0 ? .precise : .region,
      crossServiceIdentifiers: random.next() % 2 == 0,
      retentionDays: random.next() % 2 == 0 ? nil : 1 + Int(random.next() % 9), sale: random.next() % 3 != 0)
  }

  @Test("a recipient never receives a field outside its contract", arguments: [3, 17] as [UInt64])
  func fieldsStayInContract(seed: UInt64) throws {
    var run = try FlowRun.text(Self.scenario(seed: seed))
    var random = SeededGenerator(seed: seed &* 7919)
    for round in 0..<6 {
      run = FlowRun(
        scenario: {
          var scenario = run.scenario
          scenario.recipients = (0..<5).map { n in
            let (kind, contract) = Self.contract(&random)
            return Recipient(id: "r\(round)-\(n)", name: "R\(n)", kind: kind, contract: contract)
          }
          return scenario
        }(), catalog: run.catalog, result: run.result)
      let policy = Self.policy(&random)
      let flows = DataFlowAnalysis(result: run.result, scenario: run.scenario, catalog: run.catalog, policy: policy)
      Self.checkContracts(flows, policy: policy)
    }
  }

  /// A random scenario: days, crowd, the personas' devices and time zones,
  /// and the data policy the platform collects under, all drawn from `seed`.
  static func randomScenario(seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed &* 104_729)
    func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    let zones = ["Europe/London", "Europe/Berlin", "Asia/Tokyo", "America/New_York"]
    let devices = ["[phone]", "[tv]", "[phone, computer]", "[tablet, tv]", "[console]"]
    let policy = Self.policy(&random)
    let first = Int(random.next() % 4)
    return """
      name: Random scenario \(seed)
      seed: \(seed)
      days: \(6 + Int(random.next() % 5))
      catalog:
        generate: {size: \(80 + Int(random.next() % 80))}
      personas:
        - {id: alex, age_band: 25-34, gender: female, time_zone: \(pick(zones)), devices: \(pick(devices))}
        - {id: sam, age_band: 55+, gender: male, time_zone: \(pick(zones)), devices: \(pick(devices))}
      crowd:
        members: \(15 + Int(random.next() % 25))
        time_zones: {\(zones[first]): 2, \(zones[(first + 1 + Int(random.next() % 3)) % 4]): 1}
      data_policy:
        partner_data: \(policy.partnerData)
        location: \(policy.location.rawValue)
        cross_service_identifiers: \(policy.crossServiceIdentifiers)
        retention_days: \(policy.retentionDays ?? 0)
        sale: \(policy.sale)
      events:
        - {day: 1, time: "21:00", persona: alex, type: referral_shared, title: "7", referral: r-1, app: Chirp}
        - {day: 2, time: "20:00", persona: sam, type: referral_click, title: "7", referral: r-1}
        - {day: 3, time: "21:05", persona: alex, type: search, query: "ghost"}
      """
  }

  @Test("over random scenarios collected under their own random policy, no field outside a contract", arguments: [4, 9, 31] as [UInt64])
  func randomScenarios(seed: UInt64) throws {
    var run = try FlowRun.text(Self.randomScenario(seed: seed))
    var random = SeededGenerator(seed: seed &+ 17)
    run = FlowRun(
      scenario: {
        var scenario = run.scenario
        scenario.recipients = (0..<6).map { n in
          let (kind, contract) = Self.contract(&random)
          return Recipient(id: "r\(n)", name: "R\(n)", kind: kind, contract: contract)
        }
        return scenario
      }(), catalog: run.catalog, result: run.result)
    // The platform collected under the scenario's policy during the run.
    #expect(run.result.platform.configuration.collection == CollectionPolicy(run.scenario.dataPolicy))
    let flows = DataFlowAnalysis(result: run.result, scenario: run.scenario, catalog: run.catalog)
    Self.checkContracts(flows, policy: run.scenario.dataPolicy)
  }

  /// Every view holds only its contract's fields; aggregates respect the
  /// minimum group size; a blocked recipient holds nothing.
  static func checkContracts(_ flows: DataFlowAnalysis, policy: DataPolicy) {
    for view in flows.views {
      let declared = view.contract.fields
      #expect(view.effectiveContract.fields.isSubset(of: declared))
      #expect(
        view.fieldsReceived.isSubset(of: declared),
        "\(view.recipient) \(view.contract.granularity.rawValue) under \(policy): received \(view.fieldsReceived.subtracting(declared))")
      for subject in view.subjects {
        #expect(subject.fieldsPresent.isSubset(of: view.effectiveContract.fields))
        for item in subject.items { #expect(view.effectiveContract.fields.contains(item.field)) }
      }
      if let aggregates = view.aggregates {
        #expect((aggregates.smallestEmittedGroup ?? Int.max) >= view.contract.minimumGroupSize)
        #expect(view.subjects.isEmpty)
      }
      if view.blocked != nil { #expect(view.fieldsReceived.isEmpty) }
    }
  }

  @Test("aggregates below the minimum group size are never emitted; a minimum of 1 singles people out")
  func minimumGroupSize() throws {
    let run = try FlowRun.text(Self.scenario(seed: 5))
    var previous = Int.max
    for k in [1, 2, 3, 5, 8, 13] {
      let analytics = AudienceAnalytics(
        result: run.result, scenario: run.scenario, catalog: run.catalog, minimumGroupSize: k)
      for cell in analytics.cells {
        #expect(cell.profiles >= k)
        for count in cell.topTitles + cell.topGenres { #expect(count.profiles >= k) }
      }
      #expect(analytics.cells.count <= previous)
      previous = analytics.cells.count
      if k > 1 { #expect(analytics.singledOut.isEmpty) }
      if k == 1 {
        #expect(!analytics.singledOut.isEmpty)
        #expect(analytics.singledOut.allSatisfy { $0.revealedTitles.count <= 5 })
      }
    }
  }
}
