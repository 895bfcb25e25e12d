import DataFlows
import LinearAlgebra
import Scenarios
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
